// AppApi over HTTP for browser mode. The token goes as a Bearer header on every call, never in a cookie
// (session-token.ts); the event stream, which cannot send a header, opens with a ticket good once.
import type { AppApi, EventName, EventPayloads, MethodChannel, MethodInput } from '../../shared/api/app-api.ts';
import { sessionToken } from './session-token.ts';
import { invokeOverHttp } from './wire-http.ts';

/** How long to wait before opening the event stream again once it was closed (the host restarted). */
const reopenMs = 2000;

type Listener = { event: string; handler: (message: MessageEvent<string>) => void };

export function createHttpAppApi(apiBase: URL = new URL('api/', document.baseURI), token: string | null = sessionToken()): AppApi {
  const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
  const listeners = new Set<Listener>();
  let source: EventSource | null = null;
  // opened with the first listener; from then on it keeps itself open (or keeps trying)
  let started = false;

  async function openEvents(): Promise<void> {
    try {
      const response = await fetch(new URL('events/ticket', apiBase), { method: 'POST', headers, credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const { ticket } = (await response.json()) as { ticket: string };
      const opened = new EventSource(new URL(`events?ticket=${encodeURIComponent(ticket)}`, apiBase));
      for (const { event, handler } of listeners) opened.addEventListener(event, handler);
      // A ticket is good once: when the stream closes (the host restarted), a new one opens it again.
      opened.onerror = () => {
        if (opened.readyState !== EventSource.CLOSED) return;
        source = null;
        setTimeout(() => void openEvents(), reopenMs);
      };
      source = opened;
    } catch {
      setTimeout(() => void openEvents(), reopenMs);
    }
  }

  return {
    invoke: <C extends MethodChannel>(channel: C, input: MethodInput<C>) => invokeOverHttp<C>(new URL(`invoke/${channel}`, apiBase), input, { headers, credentials: 'omit' }),
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
      const entry: Listener = { event, handler: (message) => listener(JSON.parse(message.data) as EventPayloads[E]) };
      listeners.add(entry);
      source?.addEventListener(event, entry.handler);
      if (!started) {
        started = true;
        void openEvents();
      }
      return () => {
        listeners.delete(entry);
        source?.removeEventListener(event, entry.handler);
      };
    },
  } satisfies AppApi;
}
