// "Xuất bản" beside the article: per portal, where the article stands (Đang chờ, Đang gửi, Lỗi with the
// reason, Đã xuất bản with the link), updated as the publishing job reports.
import type { OutboxEntry, PublicationReceipt } from '../../../shared/publishing';
import { OUTBOX_KIND_LABELS } from '../../../shared/publishing';
import { formatDateTime } from '../format';
import { hrefOf } from '../router';
import { OutboxStateBadge } from './OutboxStateBadge';
import { RemoteLink } from './RemoteLink';
import type { Publication } from './usePublication';

interface TargetLine {
  targetId: string;
  targetName: string;
  latest: OutboxEntry | null;
  receipt: PublicationReceipt | null;
}

function linesOf(p: Publication): TargetLine[] {
  const lines = new Map<string, TargetLine>();
  // Entries come newest first: the first one per target is its latest.
  for (const e of p.entries) {
    if (!lines.has(e.targetId)) lines.set(e.targetId, { targetId: e.targetId, targetName: e.targetName, latest: e, receipt: null });
  }
  for (const r of p.receipts) {
    const line = lines.get(r.targetId) ?? { targetId: r.targetId, targetName: '', latest: null, receipt: null };
    if (!line.receipt || r.at > line.receipt.at) line.receipt = r;
    lines.set(r.targetId, line);
  }
  return [...lines.values()];
}

export function PublicationPanel({ publication }: { publication: Publication }) {
  const lines = linesOf(publication);
  return (
    <section className="panel publication-panel" aria-label="Xuất bản">
      <div className="panel-head">
        <h2>Xuất bản lên cổng</h2>
        <a href={hrefOf({ page: 'queue' })} className="hint">
          Hàng đợi
        </a>
      </div>
      {!publication.loaded && <p className="muted">Đang tải…</p>}
      {publication.loaded && lines.length === 0 && <p className="muted">Chưa đưa lên cổng nào.</p>}
      <ul className="publication-lines">
        {lines.map((line) => {
          const { latest, receipt } = line;
          const up = receipt && receipt.kind !== 'take-down' ? receipt : null;
          // Until the receipts are read again, the confirmed entry carries the address.
          const url = up?.remoteUrl ?? (latest?.state === 'done' && latest.kind !== 'take-down' ? latest.remoteUrl : null);
          const showDetail = latest && latest.state !== 'done';
          return (
            <li key={line.targetId} className="publication-line">
              <div className="publication-head">
                <strong>{line.targetName || latest?.targetName || 'Cổng đã xóa'}</strong>
                {latest ? <OutboxStateBadge entry={latest} /> : up ? <span className="badge outbox-done">Đã xuất bản</span> : null}
              </div>
              {latest && latest.state !== 'done' && latest.kind !== 'publish' && <p className="hint">{OUTBOX_KIND_LABELS[latest.kind]}</p>}
              {showDetail && <p className={`publication-detail${latest.state === 'failed' ? ' is-failed' : ''}`}>{latest.detail}</p>}
              {up && (
                <p className="hint">
                  {OUTBOX_KIND_LABELS[up.kind]} lúc {formatDateTime(up.at)}
                </p>
              )}
              <RemoteLink url={url} articleId={publication.articleId} targetId={line.targetId} articleTitle={latest?.articleTitle ?? ''} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
