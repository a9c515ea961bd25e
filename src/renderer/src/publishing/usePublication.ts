// One article's publication: its outbox entries and receipts, live (an entry's state changes as the
// publishing job sends it; the receipts are read again once the portal confirmed).
import { useCallback, useMemo } from 'react';
import type { OutboxEntry, PublicationReceipt } from '../../../shared/publishing';
import { call } from '../api';
import { liveReceipts } from './labels';
import { useLiveOutbox } from './useLiveOutbox';

export function usePublication(articleId: string) {
  const load = useCallback(async () => {
    const { entries, receipts } = await call('publish.article', { articleId });
    return { entries, extra: receipts };
  }, [articleId]);
  const accept = useCallback((e: OutboxEntry) => e.articleId === articleId, [articleId]);
  const outbox = useLiveOutbox<PublicationReceipt[]>({
    load,
    accept,
    onEvent: (e) => {
      if (e.state === 'done') outbox.reload();
    }
  });
  const receipts = useMemo(() => outbox.extra ?? [], [outbox.extra]);
  const live = useMemo(() => liveReceipts(receipts), [receipts]);
  return { articleId, entries: outbox.entries ?? [], loaded: outbox.entries !== null, receipts, live, act: outbox.act, reload: outbox.reload };
}

export type Publication = ReturnType<typeof usePublication>;
