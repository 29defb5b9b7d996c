import type { EventName, EventPayload } from '../../preload/contract.js';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** Fans main's events out to whoever shows them: the Electron window, SSE clients, tests. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const l of [...this.listeners]) {
      try {
        l(name, payload);
      } catch {
        // One broken subscriber (a closed window, a dropped connection) must not stop the others.
      }
    }
  }
}
