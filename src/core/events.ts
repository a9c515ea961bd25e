// The domain announces what changed; the main process forwards it to every window or tab.
import type { AppEventMap, AppEventName } from '../shared/events';

export interface EventSink {
  /** Delivered after the surrounding transaction commits (dropped if it rolls back). */
  emit<K extends AppEventName>(type: K, payload: AppEventMap[K]): void;
}

/** For tests and tools that listen to nothing. */
export const noEvents: EventSink = { emit: () => undefined };
