// AppApi over HTTP for browser mode. The token travels in the host's HttpOnly cookie, never in script.
import type { AppApi, EventName, EventPayloads, MethodChannel, MethodInput, MethodOutputs, Result } from '../../shared/api/app-api.ts';
import { appErrorPayload } from '../../shared/api/app-error.ts';
import { errorResult } from '../../shared/api/transport.ts';
import { decodeWire, encodeWire } from '../../shared/api/wire-codec.ts';

export function createHttpAppApi(apiBase: URL = new URL('api/', document.baseURI)): AppApi {
  let source: EventSource | null = null;

  return {
    async invoke<C extends MethodChannel>(channel: C, input: MethodInput<C>): Promise<Result<MethodOutputs[C]>> {
      const response = await fetch(new URL(`invoke/${channel}`, apiBase), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: input === undefined ? '' : encodeWire(input),
        credentials: 'same-origin',
      });
      const text = await response.text();
      try {
        return decodeWire(text) as Result<MethodOutputs[C]>;
      } catch {
        return errorResult(appErrorPayload('network', { detail: `HTTP ${response.status}` }));
      }
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
      source ??= new EventSource(new URL('events', apiBase));
      const handler = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as EventPayloads[E]);
      source.addEventListener(event, handler);
      return () => source?.removeEventListener(event, handler);
    },
  } satisfies AppApi;
}
