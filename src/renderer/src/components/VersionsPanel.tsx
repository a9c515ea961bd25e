import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../../shared/article';
import type { VersionInfo, VersionKind } from '../../../shared/versions';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { dateTimeWithWeekday, statusLabel } from '../format';
import { ArticleEditor } from '../editor/ArticleEditor';
import { CompareDialog } from '../compare/CompareDialog';
import { Modal } from './Modal';
import { useEscape } from '../hooks/useShortcuts';
import { useAppEvent } from '../hooks/useAppEvent';

const KIND_LABELS: Record<VersionKind, string> = {
  autosave: 'Tự lưu',
  named: 'Phiên bản đặt tên',
  workflow: 'Chuyển trạng thái',
  restore: 'Khôi phục'
};

/** "Phiên bản": beside the article (never over it), the article's timeline; open any version read-only, compare two, restore one as a new version. */
export function VersionsPanel({
  articleId,
  canRestore,
  beforeRestore,
  onRestored,
  onClose
}: {
  articleId: string;
  canRestore: boolean;
  beforeRestore: () => Promise<void>;
  onRestored: () => void;
  onClose: () => void;
}) {
  const { notify } = useApp();
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [viewing, setViewing] = useState<{ info: VersionInfo; article: Article } | null>(null);
  const [comparing, setComparing] = useState<{ from?: string; to?: string } | null>(null);

  const load = useCallback(() => {
    call('version.list', { articleId }).then(setVersions, (e) => notify(errorMessage(e), 'error'));
  }, [articleId, notify]);
  useEffect(load, [load]);
  // Every save, here or elsewhere, is a new version in the list.
  useAppEvent('article.changed', (e) => e.articleId === articleId && load());
  // Escape closes the panel (a dialog open over it takes Escape for itself).
  useEscape(onClose);

  async function open(info: VersionInfo) {
    try {
      setViewing({ info, article: await call('version.get', { articleId, versionId: info.id }) });
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  }

  async function restore(info: VersionInfo) {
    try {
      await beforeRestore();
      await call('version.restore', { articleId, versionId: info.id });
      notify(`Đã khôi phục phiên bản ${info.number} thành phiên bản mới.`);
      onRestored();
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  }

  function toggle(id: string) {
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-2)));
  }

  function compare() {
    if (!versions) return;
    // Older first, whatever order they were ticked in.
    const ordered = [...picked].sort((a, b) => numberOf(versions, a) - numberOf(versions, b));
    setComparing(ordered.length === 2 ? { from: ordered[0], to: ordered[1] } : ordered.length === 1 ? { from: ordered[0] } : {});
  }

  return (
    <aside className="versions-panel" role="complementary" aria-label="Phiên bản">
      <div className="versions-head">
        <h2>Phiên bản</h2>
        <button type="button" onClick={compare}>
          So sánh
        </button>
        <button type="button" className="link-button" onClick={onClose} aria-label="Đóng danh sách phiên bản">
          ✕
        </button>
      </div>
      <p className="hint">Chọn hai phiên bản để so sánh, hoặc một phiên bản để so với bản hiện tại. Không chọn: so bản bạn ký duyệt hoặc đã xem gần nhất (nếu chưa có thì phiên bản đặt tên trước đó) với bản hiện tại.</p>
      {!versions ? (
        <p className="muted">Đang tải…</p>
      ) : (
        <ol className="versions-list">
          {versions.map((v) => (
            <li key={v.id} className={`version kind-${v.kind}`}>
              <label className="version-pick">
                <input type="checkbox" checked={picked.includes(v.id)} onChange={() => toggle(v.id)} aria-label={`Chọn phiên bản ${v.number}`} />
                <span className="version-no">#{v.number}</span>
                <span className="version-kind">{KIND_LABELS[v.kind]}</span>
                <span className={`badge status-${v.status}`}>{statusLabel(v.status)}</span>
              </label>
              {v.note && <p className="version-note">{v.note}</p>}
              <p className="version-meta">
                {v.createdBy.name} · {dateTimeWithWeekday(v.createdAt)} · {v.wordCount}&nbsp;từ
              </p>
              <div className="version-actions">
                <button type="button" className="link-button" onClick={() => void open(v)} aria-label={`Xem phiên bản ${v.number}`}>
                  Xem
                </button>
                {canRestore && (
                  <button type="button" className="link-button" onClick={() => void restore(v)} aria-label={`Khôi phục phiên bản ${v.number}`}>
                    Khôi phục
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {viewing && (
        <Modal title={`Phiên bản ${viewing.info.number} (chỉ đọc)`} onClose={() => setViewing(null)}>
          <div className="version-view">
            <h3>{viewing.article.title || '(Chưa có tiêu đề)'}</h3>
            {viewing.article.summary && <p className="version-summary">{viewing.article.summary}</p>}
            <ArticleEditor initialBody={viewing.article.body} readOnly onChange={() => undefined} uploadImage={noUpload} />
          </div>
          <div className="modal-actions">
            <button type="button" onClick={() => setViewing(null)}>
              Đóng
            </button>
          </div>
        </Modal>
      )}
      {comparing && <CompareDialog articleId={articleId} fromVersionId={comparing.from} toVersionId={comparing.to} onClose={() => setComparing(null)} />}
    </aside>
  );
}

function numberOf(versions: VersionInfo[], id: string): number {
  return versions.find((v) => v.id === id)?.number ?? 0;
}

async function noUpload(): Promise<{ src: string }> {
  throw new Error('Phiên bản cũ chỉ để xem.');
}

/** "Lưu phiên bản": a named version with an optional note, kept forever. */
export function SaveVersionDialog({ onSave, onClose }: { onSave: (note: string) => Promise<void>; onClose: () => void }) {
  const [note, setNote] = useState('');
  return (
    <Modal title="Lưu phiên bản" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onSave(note);
        }}
      >
        <label className="field">
          <span className="field-label">Ghi chú phiên bản</span>
          <input value={note} maxLength={1000} placeholder="Ví dụ: Bản gửi Trưởng ban" onChange={(e) => setNote(e.target.value)} />
        </label>
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Hủy
          </button>
          <button type="submit" className="primary">
            Lưu phiên bản
          </button>
        </div>
      </form>
    </Modal>
  );
}
