// The bar above the article: back to the list, state, save status, and the page's actions.
import type { ArticleStatus } from '../../../shared/article';
import type { CommentThread } from '../../../shared/comments';
import type { WorkflowAction, WorkflowView } from '../../../shared/workflow';
import type { SaveState } from '../hooks/useAutosave';
import { hrefOf } from '../router';
import { statusLabel } from '../format';
import { SaveStatus } from '../components/SaveStatus';
import { WorkflowBar, type ActExtra } from '../components/WorkflowBar';

const SAVED_ELSEWHERE: SaveState = { kind: 'error', message: 'Chưa lưu (xem cảnh báo bên dưới)', fields: {}, conflict: false };

export function ArticleHeader({
  title,
  status,
  view,
  canEdit,
  saveState,
  changedElsewhere,
  versionsOpen,
  openThreads,
  onToggleVersions,
  onNameVersion,
  onSave,
  onAct,
  onReload,
  printAction,
  publishActions
}: {
  /** The saved title: the screen's heading for screen readers (the form shows the title being edited). */
  title: string;
  status: ArticleStatus;
  view: WorkflowView;
  canEdit: boolean;
  saveState: SaveState;
  /** The banner below explains the conflict and offers “Tải lại bài”: the status stays short. */
  changedElsewhere: boolean;
  versionsOpen: boolean;
  openThreads: CommentThread[];
  onToggleVersions: () => void;
  onNameVersion: () => void;
  onSave: () => void;
  onAct: (action: WorkflowAction, extra: ActExtra) => Promise<void>;
  onReload: () => void;
  /** "In bài viết" (and "In phiếu duyệt" when signed). */
  printAction?: React.ReactNode;
  /** "Xuất bản" / "Gỡ bài" when the article is approved or on a portal. */
  publishActions?: React.ReactNode;
}) {
  return (
    <div className="article-header">
      <h1 className="visually-hidden">{title.trim() || 'Bài viết chưa có tiêu đề'}</h1>
      <a href={hrefOf({ page: 'list', q: '' })} className="back">
        ← Danh sách
      </a>
      <span className={`badge status-${status}`}>{statusLabel(status)}</span>
      {canEdit && <SaveStatus state={changedElsewhere && saveState.kind === 'error' && saveState.conflict ? SAVED_ELSEWHERE : saveState} onReload={onReload} />}
      {!view.edit.allowed && <span className="muted">{view.edit.reason}</span>}
      <div className="header-actions">
        <button type="button" onClick={onToggleVersions} aria-expanded={versionsOpen}>
          Phiên bản
        </button>
        {printAction}
        {canEdit && (
          <button type="button" onClick={onNameVersion}>
            Lưu phiên bản
          </button>
        )}
        <WorkflowBar view={view} onAct={onAct} openThreads={openThreads} />
        {publishActions}
        {canEdit && (
          <button type="button" className="primary" onClick={onSave}>
            Lưu
          </button>
        )}
      </div>
    </div>
  );
}
