import type { EventName, EventPayloads } from '../../shared/api/app-api.ts';

export type EventListener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

/** Services emit here; each host (Electron window, browser-mode SSE clients) subscribes. */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
