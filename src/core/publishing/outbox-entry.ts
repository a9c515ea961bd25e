// An outbox record as "Hàng đợi xuất bản" shows it.
import type { OutboxEntry } from '../../shared/publishing';
import type { OutboxRow } from './store';

export function entryOf(row: OutboxRow, articleTitle: string, targetName: string): OutboxEntry {
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
    remoteUrl: latest.remoteUrl
  };
}
