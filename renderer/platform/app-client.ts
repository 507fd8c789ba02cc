// The renderer's one way to the Node side: the preload's bridge in Electron, HTTP in browser mode, or a
// test double. Results are unwrapped here, so callers get a value or a thrown AppError.
import { createContext, useContext } from 'react';
import type { AppApi, EventName, EventPayloads, MethodChannel, MethodInput, MethodOutputs } from '../../shared/api/app-api.ts';
import { AppError, errorDetail } from '../../shared/api/app-error.ts';
import { unwrapResult } from '../../shared/api/transport.ts';
import { createHttpAppApi } from './http-app-api.ts';

declare global {
  interface Window {
    /** set by the Electron preload; absent in browser mode */
    sohoa?: AppApi;
  }
}

export interface AppClient {
  call<C extends MethodChannel>(channel: C, input: MethodInput<C>): Promise<MethodOutputs[C]>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

export function createAppClient(bridge: AppApi): AppClient {
  return {
    async call(channel, input) {
      let result: unknown;
      try {
        result = await bridge.invoke(channel, input);
      } catch (error) {
        throw AppError.of('network', { detail: errorDetail(error) });
      }
      return unwrapResult(result);
    },
    on: (event, listener) => bridge.on(event, listener),
  };
}

export function defaultBridge(): AppApi {
  return window.sohoa ?? createHttpAppApi();
}

export const AppClientContext = createContext<AppClient | null>(null);

export function useAppClient(): AppClient {
  const client = useContext(AppClientContext);
  if (!client) throw new Error('AppClientContext is not provided');
  return client;
}
