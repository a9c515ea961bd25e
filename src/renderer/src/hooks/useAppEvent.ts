// Events pushed by the main side (src/shared/events.ts), typed per name. One subscription to
// window.bridge serves every hook: it stays open for the whole page, so moving between pages never
// drops the connection (browser mode's EventSource) and never misses an event in between.
import { useEffect, useRef } from 'react';
import { isAppEvent, type AppEventMap, type AppEventName } from '../../../shared/events';
import { inBackground } from '../api';

type Listener<K extends AppEventName> = (payload: AppEventMap[K]) => void;

const listeners = new Map<AppEventName, Set<Listener<AppEventName>>>();
let connected = false;

function connect(): void {
  if (connected) return;
  connected = true;
  window.bridge.onEvent((event) => {
    if (!isAppEvent(event)) return;
    for (const listener of [...(listeners.get(event.type) ?? [])]) {
      try {
        // Calls made in reaction to an event are not the user's: they do not keep the session awake.
        inBackground(() => listener(event.payload));
      } catch (err) {
        console.error('[events]', err);
      }
    }
  });
}

/** Calls `listener` for every event named `type`; returns the unsubscribe function. */
export function subscribe<K extends AppEventName>(type: K, listener: Listener<K>): () => void {
  connect();
  const set = listeners.get(type) ?? new Set();
  listeners.set(type, set);
  set.add(listener as Listener<AppEventName>);
  return () => void set.delete(listener as Listener<AppEventName>);
}

/** Subscribes for the component's lifetime; the latest `handler` is called (no resubscribe on each render). */
export function useAppEvent<K extends AppEventName>(type: K, handler: Listener<K>): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => subscribe(type, (payload) => latest.current(payload)), [type]);
}

/** `refresh` once things calm down after one or more `article.changed` events (a burst of saves refreshes once). */
export function useRefreshOnArticleChange(refresh: () => void, delayMs = 300): void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    []
  );
  useAppEvent('article.changed', () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      inBackground(() => latest.current());
    }, delayMs);
  });
}
