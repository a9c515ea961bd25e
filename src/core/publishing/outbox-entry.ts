// An outbox record as "Hàng đợi xuất bản" shows it.
import type { OutboxEntry, PublicationReceipt } from '../../shared/publishing';
import type { OutboxRow } from './store';

/** `receipt`: the article's latest receipt on the target (whichever entry wrote it). */
export function entryOf(row: OutboxRow, articleTitle: string, targetName: string, receipt: PublicationReceipt | null): OutboxEntry {
  const { item, latest } = row;
  return {
    id: item.id,
    articleId: item.articleId,
    articleTitle,
    targetId: item.targetId,
    targetName,
    kind: item.kind,
    state: latest.state,
    detail: latest.detail,
    attempts: latest.attempt,
    createdAt: item.createdAt,
    createdBy: item.createdBy.name,
    nextAttemptAt: latest.state === 'waiting' || latest.state === 'scheduled' ? latest.nextAttemptAt : null,
    remoteUrl: latest.remoteUrl,
    portalScheduled: latest.state === 'done' && receipt?.outboxId === item.id && isPortalScheduled(receipt.remoteStatus)
  };
}

/** The portal's own status for an item it holds until its date (WordPress `future`, SharePoint Scheduled). */
export function isPortalScheduled(remoteStatus: string): boolean {
  return remoteStatus === 'future' || remoteStatus === 'scheduled';
}
