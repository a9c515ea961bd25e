// The state of a queue entry as "Hàng đợi xuất bản" names it: red for Lỗi, green once published, a
// spinner while sending; a future article says whether the portal or the outbox holds it until its date.
import { outboxStateLabel, type OutboxEntry } from '../../../shared/publishing';

export function OutboxStateBadge({ entry }: { entry: Pick<OutboxEntry, 'state' | 'kind' | 'portalScheduled'> }) {
  const label = outboxStateLabel(entry);
  return (
    <span className={`badge outbox-${entry.state}${entry.state === 'done' && entry.kind === 'take-down' ? ' outbox-taken-down' : ''}${entry.portalScheduled ? ' outbox-portal-scheduled' : ''}`}>
      {entry.state === 'sending' && <span className="spinner" aria-hidden="true" />}
      {label}
    </span>
  );
}
