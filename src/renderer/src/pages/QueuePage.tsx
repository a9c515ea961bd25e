// "Hàng đợi xuất bản": every entry of the outbox, newest first, kept current by `outbox.changed`.
import { useState } from 'react';
import { OUTBOX_KIND_LABELS, type OutboxEntry } from '../../../shared/publishing';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { Modal } from '../components/Modal';
import { formatDateTime } from '../format';
import { hrefOf } from '../router';
import { OutboxStateBadge } from '../publishing/OutboxStateBadge';
import { RemoteLink } from '../publishing/RemoteLink';
import { useLiveOutbox } from '../publishing/useLiveOutbox';

const loadQueue = async () => ({ entries: await call('publish.queue', {}), extra: null });

export function QueuePage() {
  const { notify } = useApp();
  const outbox = useLiveOutbox({ load: loadQueue });
  const { entries, act, reload } = outbox;
  const error = outbox.error ? errorMessage(outbox.error) : null;
  const [cancelling, setCancelling] = useState<OutboxEntry | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function retry(entry: OutboxEntry) {
    setBusy(entry.id);
    try {
      await act(() => call('publish.retry', { id: entry.id }));
      notify(`Đã đưa “${entry.articleTitle}” vào hàng đợi gửi lại.`);
    } catch (err) {
      notify(errorMessage(err), 'error');
      reload();
    } finally {
      setBusy(null);
    }
  }

  async function cancel(entry: OutboxEntry) {
    setCancelling(null);
    try {
      await act(() => call('publish.cancel', { id: entry.id }));
      notify(`Đã hủy việc “${OUTBOX_KIND_LABELS[entry.kind]}” của bài “${entry.articleTitle}”.`);
    } catch (err) {
      notify(errorMessage(err), 'error');
      reload();
    }
  }

  return (
    <section className="queue-page">
      <div className="page-head">
        <h1>Hàng đợi xuất bản</h1>
        <button type="button" onClick={reload}>
          Làm mới
        </button>
      </div>
      <p className="muted">
        Ứng dụng tự gửi các bài trong hàng đợi lên cổng trong lúc đang mở; khi cổng chưa kết nối được, ứng dụng tự thử lại sau ít phút.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {entries === null && !error && <p className="muted">Đang tải hàng đợi…</p>}
      {entries && entries.length === 0 && <p className="empty">Hàng đợi trống: chưa có bài nào được đưa lên cổng.</p>}
      {entries && entries.length > 0 && (
        <table className="data-table queue-table" aria-label="Hàng đợi xuất bản">
          <thead>
            <tr>
              <th>Bài</th>
              <th>Cổng</th>
              <th>Việc</th>
              <th>Trạng thái</th>
              <th>Chi tiết</th>
              <th>Lần thử</th>
              <th>Thời điểm</th>
              <th>
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className={`queue-row queue-${e.state}`}>
                <td className="queue-title">
                  <a href={hrefOf({ page: 'article', id: e.articleId })}>{e.articleTitle}</a>
                </td>
                <td>{e.targetName}</td>
                <td>{OUTBOX_KIND_LABELS[e.kind]}</td>
                <td>
                  <OutboxStateBadge entry={e} />
                </td>
                <td className="queue-detail">
                  {e.detail}
                  {e.state === 'done' && e.kind !== 'take-down' && (
                    <>
                      {' '}
                      <RemoteLink url={e.remoteUrl} articleId={e.articleId} targetId={e.targetId} articleTitle={e.articleTitle} />
                    </>
                  )}
                </td>
                <td className="num">{e.attempts}</td>
                <td className="queue-time">
                  <span title={`Người đưa vào hàng đợi: ${e.createdBy}`}>{formatDateTime(e.createdAt)}</span>
                  {e.nextAttemptAt && e.state !== 'sending' && <span className="hint">Gửi lúc {formatDateTime(e.nextAttemptAt)}</span>}
                  <span className="hint">{e.createdBy}</span>
                </td>
                <td className="row-actions">
                  {(e.state === 'failed' || (e.state === 'waiting' && e.attempts > 0)) && (
                    <button type="button" disabled={busy === e.id} onClick={() => void retry(e)} aria-label={`Thử lại: ${e.articleTitle}`}>
                      Thử lại
                    </button>
                  )}
                  {(e.state === 'waiting' || e.state === 'scheduled' || e.state === 'failed') && (
                    <button type="button" className="link-button" onClick={() => setCancelling(e)} aria-label={`Hủy: ${e.articleTitle}`}>
                      Hủy
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cancelling && (
        <Modal title="Hủy việc trong hàng đợi" onClose={() => setCancelling(null)}>
          <p>
            Hủy việc “{OUTBOX_KIND_LABELS[cancelling.kind]}” của bài <strong>{cancelling.articleTitle}</strong> lên “{cancelling.targetName}”? Bài sẽ
            không được gửi lên cổng.
          </p>
          <div className="modal-actions">
            <button type="button" onClick={() => setCancelling(null)}>
              Không hủy
            </button>
            <button type="button" className="danger" onClick={() => void cancel(cancelling)}>
              Hủy việc này
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
