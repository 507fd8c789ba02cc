// AppApi over HTTP for browser mode. The token travels in the host's HttpOnly cookie, never in script.
import type { AppApi, EventName, EventPayloads, MethodChannel, MethodInput } from '../../shared/api/app-api.ts';
import { invokeOverHttp } from './wire-http.ts';

export function createHttpAppApi(apiBase: URL = new URL('api/', document.baseURI)): AppApi {
  let source: EventSource | null = null;

  return {
    invoke: <C extends MethodChannel>(channel: C, input: MethodInput<C>) => invokeOverHttp<C>(new URL(`invoke/${channel}`, apiBase), input, { credentials: 'same-origin' }),
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
      source ??= new EventSource(new URL('events', apiBase));
      const handler = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as EventPayloads[E]);
      source.addEventListener(event, handler);
      return () => source?.removeEventListener(event, handler);
    },
  } satisfies AppApi;
}
