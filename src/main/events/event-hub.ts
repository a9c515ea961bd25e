// The main process's event channel: services emit (core EventSink), transports subscribe (Electron
// windows over IPC, browser-mode tabs over SSE). Events raised inside a database transaction wait for
// its commit, so no window hears of a change that was rolled back.
import type { EventSink } from '../../core/events';
import type { TransactionRunner } from '../../core/ports';
import type { AppEvent, AppEventMap, AppEventName } from '../../shared/events';

export type EventListener = (event: AppEvent) => void;

export class EventHub implements EventSink {
  private readonly listeners = new Set<EventListener>();
  private pending: AppEvent[] = [];
  private depth = 0;

  constructor(private readonly log: (line: string) => void = () => undefined) {}

  emit<K extends AppEventName>(type: K, payload: AppEventMap[K]): void {
    const event = { type, payload } as AppEvent;
    if (this.depth > 0) this.pending.push(event);
    else this.deliver(event);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Wraps a transaction runner so that events emitted inside wait for the outermost commit. */
  transactional(inner: TransactionRunner): TransactionRunner {
    return {
      transaction: <T>(fn: () => T): T => {
        this.depth += 1;
        let result: T;
        try {
          result = inner.transaction(fn);
        } catch (err) {
          this.depth -= 1;
          if (this.depth === 0) this.pending = [];
          throw err;
        }
        this.depth -= 1;
        if (this.depth === 0) {
          const committed = this.pending;
          this.pending = [];
          for (const event of committed) this.deliver(event);
        }
        return result;
      }
    };
  }

  private deliver(event: AppEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (err) {
        // One broken window must not stop the others (or the save that raised the event).
        this.log(`[events] listener failed on ${event.type}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
}
