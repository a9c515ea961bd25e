// The state of a queue entry as "Hàng đợi xuất bản" names it: red for Lỗi, green once published, a
// spinner while sending.
import { OUTBOX_STATE_LABELS, type OutboxEntry } from '../../../shared/publishing';

export function OutboxStateBadge({ entry }: { entry: Pick<OutboxEntry, 'state' | 'kind'> }) {
  const label = entry.state === 'done' && entry.kind === 'take-down' ? 'Đã gỡ' : OUTBOX_STATE_LABELS[entry.state];
  return (
    <span className={`badge outbox-${entry.state}${entry.state === 'done' && entry.kind === 'take-down' ? ' outbox-taken-down' : ''}`}>
      {entry.state === 'sending' && <span className="spinner" aria-hidden="true" />}
      {label}
    </span>
  );
}
