// Outbox entries kept current by `outbox.changed`. Every state change is announced, but a reply (a
// list, or the entry an action returns) may arrive after a newer event about the same entry (the
// events come on their own connection): what a reply says is kept only for entries no event has
// spoken about since the call started.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutboxEntry } from '../../../shared/publishing';
import { useAppEvent } from '../hooks/useAppEvent';
import { upsertEntry } from './labels';

export interface LiveOutbox<T> {
  entries: OutboxEntry[] | null;
  /** What the loader returned besides the entries (the article's receipts), from the latest load. */
  extra: T | null;
  error: unknown;
  reload: () => void;
  /** Runs an action returning one entry (retry, cancel, enqueue) and applies its reply unless an event was newer. */
  act: (run: () => Promise<OutboxEntry>) => Promise<OutboxEntry>;
}

export function useLiveOutbox<T = null>({
  load,
  accept = () => true,
  onEvent
}: {
  load: () => Promise<{ entries: OutboxEntry[]; extra: T }>;
  /** Which announced entries belong here (e.g. one article's). */
  accept?: (entry: OutboxEntry) => boolean;
  /** After an accepted event (e.g. reload the receipts once it is done). */
  onEvent?: (entry: OutboxEntry) => void;
}): LiveOutbox<T> {
  const [entries, setEntries] = useState<OutboxEntry[] | null>(null);
  const [extra, setExtra] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const tick = useRef(0);
  const lastEvent = useRef(new Map<string, number>());
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });

  const newerEvent = (id: string, since: number) => (lastEvent.current.get(id) ?? -1) >= since;

  const reload = useCallback(() => {
    const since = ++tick.current;
    latestLoad.current().then(
      (result) => {
        setError(null);
        setExtra(result.extra);
        setEntries((prev) => {
          const current = new Map((prev ?? []).map((e) => [e.id, e]));
          const merged = result.entries.map((e) => (newerEvent(e.id, since) ? (current.get(e.id) ?? e) : e));
          const known = new Set(merged.map((e) => e.id));
          const announced = (prev ?? []).filter((e) => !known.has(e.id) && newerEvent(e.id, since));
          return announced.reduce(upsertEntry, merged);
        });
      },
      (err: unknown) => setError(err)
    );
  }, []);
  useEffect(reload, [reload]);

  useAppEvent('outbox.changed', (entry) => {
    if (!accept(entry)) return;
    lastEvent.current.set(entry.id, ++tick.current);
    setEntries((prev) => upsertEntry(prev ?? [], entry));
    onEvent?.(entry);
  });

  const act = useCallback(async (run: () => Promise<OutboxEntry>) => {
    const since = ++tick.current;
    const entry = await run();
    if (!newerEvent(entry.id, since)) setEntries((prev) => upsertEntry(prev ?? [], entry));
    return entry;
  }, []);

  return { entries, extra, error, reload, act };
}
