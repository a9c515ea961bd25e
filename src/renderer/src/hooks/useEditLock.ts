// Holds the article's edit lock while the page is open (heartbeat), and releases it on leave.
import { useCallback, useEffect, useState } from 'react';
import type { EditLockInfo } from '../../../shared/workflow';
import { call } from '../api';

const HEARTBEAT_MS = 30_000;
const pendingReleases = new Set<Promise<unknown>>();

/** Logging out waits for lock releases sent by pages that just closed (they need the session). */
export async function settleLockReleases(): Promise<void> {
  await Promise.allSettled([...pendingReleases]);
}

export function useEditLock(articleId: string, wanted: boolean) {
  const [lock, setLock] = useState<EditLockInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  const acquire = useCallback(async () => {
    try {
      setLock(await call('lock.acquire', { articleId }));
      setError(null);
    } catch (err) {
      setLock(null);
      setError(err instanceof Error ? err.message : String(err));
    }
  }, [articleId]);

  useEffect(() => {
    if (!wanted) return;
    void acquire();
    const timer = setInterval(() => void acquire(), HEARTBEAT_MS);
    return () => {
      clearInterval(timer);
      const release = call('lock.release', { articleId }).catch(() => undefined);
      pendingReleases.add(release);
      void release.finally(() => pendingReleases.delete(release));
    };
  }, [wanted, acquire, articleId]);

  const takeOver = useCallback(async () => {
    setLock(await call('lock.takeOver', { articleId }));
    setError(null);
  }, [articleId]);

  return { lock, error, takeOver };
}
