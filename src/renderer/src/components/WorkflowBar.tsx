import { useState } from 'react';
import type { WorkflowAction, WorkflowView } from '../../../shared/workflow';
import type { CommentThread } from '../../../shared/comments';
import { ACTION_LABELS } from '../../../shared/workflow';
import { ApiError, errorMessage } from '../api';
import { useApp } from '../app-context';
import { dateTimeWithWeekday } from '../format';
import { Modal } from './Modal';
import { DialogActions, FormError } from './FormParts';

/** What an action may carry: the reason and threads of "Trả lại", the password of "Ký duyệt". */
export interface ActExtra {
  reason?: string;
  password?: string;
  commentIds?: string[];
}

/** Workflow actions for the article, each enabled or disabled with the reason on hover. */
export function WorkflowBar({
  view,
  onAct,
  openThreads
}: {
  view: WorkflowView;
  /** Runs the action (saving pending edits first) and shows its result; rejects with the reason. */
  onAct: (action: WorkflowAction, extra: ActExtra) => Promise<void>;
  /** "Trả lại" can point the author at these. */
  openThreads: CommentThread[];
}) {
  const { notify } = useApp();
  const [asking, setAsking] = useState<WorkflowAction | null>(null);

  async function act(action: WorkflowAction, extra: ActExtra = {}) {
    try {
      await onAct(action, extra);
      notify(`Đã thực hiện “${ACTION_LABELS[action]}”.`);
      setAsking(null);
    } catch (err) {
      // Refused because the article changed since it was read: the comparison that opens says so.
      if (!(err instanceof ApiError && err.shape.refusal === 'CHANGED_SINCE_SEEN')) notify(errorMessage(err), 'error');
      throw err;
    }
  }

  return (
    <div className="workflow-bar" role="toolbar" aria-label="Quy trình duyệt">
      {/* "Sửa bài đã đăng" only where it can apply (a published or scheduled article). */}
      {view.actions.filter((a) => a.action !== 'sua-bai-da-dang' || a.refusal !== 'STATE').map((a) => (
        <button
          key={a.action}
          type="button"
          className={a.action === 'ky-duyet' ? 'primary' : undefined}
          disabled={!a.allowed}
          title={a.allowed ? ACTION_LABELS[a.action] : a.reason}
          aria-description={a.allowed ? undefined : a.reason}
          onClick={() => (a.action === 'tra-lai' || a.action === 'ky-duyet' ? setAsking(a.action) : void act(a.action).catch(() => undefined))}
        >
          {ACTION_LABELS[a.action]}
        </button>
      ))}
      {asking === 'tra-lai' && (
        <ReturnDialog threads={openThreads} onClose={() => setAsking(null)} onSubmit={(reason, commentIds) => act('tra-lai', { reason, commentIds })} />
      )}
      {asking === 'ky-duyet' && <SignDialog onClose={() => setAsking(null)} onSubmit={(password) => act('ky-duyet', { password })} />}
    </div>
  );
}

function ReturnDialog({
  threads,
  onClose,
  onSubmit
}: {
  threads: CommentThread[];
  onClose: () => void;
  onSubmit: (reason: string, commentIds: string[]) => Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [picked, setPicked] = useState<string[]>(() => threads.map((t) => t.id));
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal title="Trả lại bài viết" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // A thread resolved meanwhile by someone else has left the list: it is not sent.
          const still = picked.filter((id) => threads.some((t) => t.id === id));
          if (!reason.trim() && still.length === 0) return setError('Hãy ghi lý do trả lại hoặc chọn bình luận cần sửa để người viết biết cần sửa gì.');
          onSubmit(reason, still).catch((err) => setError(errorMessage(err)));
        }}
      >
        <label className="field">
          <span className="field-label">Lý do trả lại</span>
          <textarea rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        {threads.length > 0 && (
          <fieldset className="return-comments">
            <legend className="field-label">Kèm các bình luận cần sửa</legend>
            {threads.map((t) => (
              <label key={t.id} className="check">
                <input
                  type="checkbox"
                  checked={picked.includes(t.id)}
                  onChange={(e) => setPicked(e.target.checked ? [...picked, t.id] : picked.filter((x) => x !== t.id))}
                />
                <span>
                  “{t.anchor.quote}” — {t.messages[0]?.body}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <FormError message={error} />
        <DialogActions submitLabel="Xác nhận" onCancel={onClose} />
      </form>
    </Modal>
  );
}

function SignDialog({ onClose, onSubmit }: { onClose: () => void; onSubmit: (password: string) => Promise<void> }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal title="Ký duyệt bài viết" onClose={onClose}>
      <p className="muted">
        Chữ ký gắn với đúng nội dung hiện tại của bài. Nếu sau này nội dung hoặc thông tin bài thay đổi, chữ ký tự động hết hiệu lực.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(password).catch((err) => {
            setError(errorMessage(err));
            setPassword('');
          });
        }}
      >
        <label className="field">
          <span className="field-label">Mật khẩu</span>
          <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <FormError message={error} />
        <DialogActions submitLabel="Xác nhận" onCancel={onClose} disabled={!password} />
      </form>
    </Modal>
  );
}

/** Banners above the form: returned with a reason, verified sign-off, someone else editing. */
export function WorkflowNotices({
  view,
  onTakeOver,
  threads,
  onShowComment
}: {
  view: WorkflowView;
  onTakeOver: () => void;
  threads: CommentThread[];
  onShowComment: (threadId: string) => void;
}) {
  const pointed = view.returned ? threads.filter((t) => view.returned!.commentIds.includes(t.id)) : [];
  return (
    <>
      {view.returned && (
        <div className="banner banner-returned" role="note" aria-label="Lý do trả lại">
          <strong>Bài bị trả lại</strong> bởi {view.returned.by.name} lúc {dateTimeWithWeekday(view.returned.at)}:
          <blockquote>{view.returned.reason}</blockquote>
          {pointed.length > 0 && (
            <div className="returned-comments">
              Cần sửa theo:{' '}
              {pointed.map((t) => (
                <button key={t.id} type="button" className="link-button" onClick={() => onShowComment(t.id)}>
                  “{t.anchor.quote}”{t.resolved ? ' (đã giải quyết)' : ''}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
      {view.signOff && (
        <div
          className={`banner ${view.signOff.signatureValid && view.signOff.current ? 'banner-signed' : 'banner-void'}`}
          role="note"
          aria-label="Chữ ký duyệt"
        >
          {view.signOff.signatureValid && view.signOff.current ? '✔ Đã ký duyệt — chữ ký hợp lệ' : '✖ Chữ ký không còn hiệu lực'}
          <span>
            {' '}
            · {view.signOff.signer.name} — {view.signOff.signer.position} · {dateTimeWithWeekday(view.signOff.signedAt)}
          </span>
          {view.signOff.voidedReason && <div className="muted">{view.signOff.voidedReason}</div>}
        </div>
      )}
      {view.lock && !view.lock.mine && (
        <div className="banner banner-locked" role="note" aria-label="Đang được sửa">
          Đang được sửa bởi <strong>{view.lock.holder.name}</strong> từ {dateTimeWithWeekday(view.lock.since)}. Bạn đang xem ở chế độ chỉ đọc.
          {view.edit.canTakeOver && (
            <button type="button" onClick={onTakeOver}>
              Tiếp quản
            </button>
          )}
        </div>
      )}
    </>
  );
}
