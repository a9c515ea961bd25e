// "Xuất bản" (an approved article, through the checklist into the queue) and "Gỡ bài" (an article up on
// a portal), with their dialogs. The publishing job sends; the "Xuất bản" panel shows how it went.
import { useEffect, useId, useState } from 'react';
import type { Article } from '../../../shared/article';
import type { PublishCheck, PublishTarget } from '../../../shared/publishing';
import { ApiError, call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { Modal } from '../components/Modal';
import { formatDateTime } from '../format';
import { canPublish, canTakeDown } from './labels';
import { locatePlace } from './locatePlace';
import type { Publication } from './usePublication';

export function PublishActions({ article, publication }: { article: Pick<Article, 'id' | 'title' | 'status'>; publication: Publication }) {
  const { session } = useApp();
  const [open, setOpen] = useState<'publish' | 'take-down' | null>(null);
  const roles = session.user.roles;
  // A published (or scheduled) version may still go to another portal; the checklist refuses the one that has it.
  const showPublish = article.status === 'da_duyet' || article.status === 'da_xuat_ban' || article.status === 'hen_gio';
  const showTakeDown = article.status === 'da_xuat_ban' || article.status === 'hen_gio';
  if (!showPublish && !showTakeDown) return null;
  const publishReason = canPublish(roles) ? null : 'Tài khoản của bạn không có quyền xuất bản bài lên cổng.';
  const takeDownReason = !canTakeDown(roles)
    ? 'Chỉ Thư ký, Phó trưởng ban hoặc Trưởng ban được gỡ bài khỏi cổng.'
    : publication.live.size === 0
      ? 'Bài chưa được ứng dụng đưa lên cổng nào (hoặc đã gỡ), nên không có gì để gỡ.'
      : null;
  return (
    <>
      {showPublish && (
        <button type="button" className="primary" disabled={publishReason !== null} title={publishReason ?? 'Xuất bản bài lên cổng thông tin'} onClick={() => setOpen('publish')}>
          Xuất bản
        </button>
      )}
      {showTakeDown && (
        <button
          type="button"
          className="danger-outline"
          disabled={takeDownReason !== null}
          title={takeDownReason ?? 'Gỡ bài khỏi cổng thông tin'}
          aria-description={takeDownReason ?? undefined}
          onClick={() => setOpen('take-down')}
        >
          Gỡ bài
        </button>
      )}
      {open === 'publish' && <PublishDialog article={article} publication={publication} onClose={() => setOpen(null)} />}
      {open === 'take-down' && <TakeDownDialog article={article} publication={publication} onClose={() => setOpen(null)} />}
    </>
  );
}

function PublishDialog({ article, publication, onClose }: { article: Pick<Article, 'id' | 'title'>; publication: Publication; onClose: () => void }) {
  const { notify } = useApp();
  const ids = useId();
  const [targets, setTargets] = useState<PublishTarget[] | null>(null);
  const [targetId, setTargetId] = useState('');
  const [correction, setCorrection] = useState(false);
  const [note, setNote] = useState('');
  const [check, setCheck] = useState<PublishCheck | null>(null);
  const [checkRound, setCheckRound] = useState(0);
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    call('target.list', {}).then(
      (list) => {
        const active = list.filter((t) => !t.disabled);
        setTargets(active);
        setTargetId((current) => current || active[0]?.id || '');
      },
      (err) => setError(errorMessage(err))
    );
  }, []);

  const receipt = targetId ? (publication.live.get(targetId) ?? null) : null;
  const correcting = correction && receipt !== null;

  // The checklist for the chosen target (and mode); not on every keystroke of the note.
  useEffect(() => {
    if (!targetId) return;
    let live = true;
    setCheck(null);
    setConfirmed(false);
    call('publish.check', { articleId: article.id, targetId, ...(correcting ? { correctionNote: '' } : {}) }).then(
      (result) => live && setCheck(result),
      (err) => live && setError(errorMessage(err))
    );
    return () => {
      live = false;
    };
  }, [article.id, targetId, correcting, checkRound]);

  const target = targets?.find((t) => t.id === targetId) ?? null;
  const needsConfirm = (check?.warnings.length ?? 0) > 0;
  const ready = check !== null && check.ok && (!needsConfirm || confirmed) && (!correcting || note.trim() !== '') && !sending;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!ready || !target) return;
    setSending(true);
    setError(null);
    try {
      await publication.act(() =>
        call('publish.enqueue', { articleId: article.id, targetId, confirm: needsConfirm && confirmed, ...(correcting ? { correctionNote: note } : {}) })
      );
      notify(`Đã đưa bài vào hàng đợi ${correcting ? 'cải chính' : 'xuất bản'} lên “${target.name}”.`);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      // Something changed since the checklist (a new warning, the sign-off voided): show it again.
      if (err instanceof ApiError && err.shape.code === 'CONFLICT') setCheckRound((r) => r + 1);
    } finally {
      setSending(false);
    }
  }

  return (
    <Modal title="Xuất bản lên cổng" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} className="publish-dialog">
        <p className="publish-article">
          Bài: <strong>{article.title}</strong>
        </p>
        {targets === null && !error && <p className="muted">Đang tải danh sách cổng…</p>}
        {targets && targets.length === 0 && (
          <p className="form-error" role="alert">
            Chưa có cổng xuất bản nào đang dùng. Quản trị viên thêm (hoặc bật lại) cổng trong trang “Cổng thông tin”.
          </p>
        )}
        {targets && targets.length > 0 && (
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-target`}>
              Cổng
            </label>
            <select id={`${ids}-target`} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {receipt && (
          <div className="publish-existing">
            <p className="hint">
              Bài đã có trên cổng này (lần gần nhất lúc {formatDateTime(receipt.at)}): “Xuất bản” sẽ cập nhật bài trên cổng.
            </p>
            <label className="check">
              <input type="checkbox" checked={correction} onChange={(e) => setCorrection(e.target.checked)} />
              Cải chính (đăng kèm thông báo cải chính)
            </label>
            {correcting && (
              <div className="field">
                <label className="field-label" htmlFor={`${ids}-note`}>
                  Nội dung cải chính
                </label>
                <textarea id={`${ids}-note`} rows={3} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
              </div>
            )}
          </div>
        )}
        {targetId && (
          <section className="publish-checklist" aria-label="Kiểm tra trước khi xuất bản">
            <h3>Kiểm tra trước khi xuất bản</h3>
            {check === null && <p className="muted">Đang kiểm tra bài…</p>}
            {check && check.errors.length > 0 && (
              <ul className="check-list check-errors" aria-label="Lỗi cần sửa trước khi xuất bản">
                {check.errors.map((m) => (
                  <li key={m}>
                    <span aria-hidden="true">✖ </span>
                    {m}
                    <GoToPlace check={check} line={m} onFound={onClose} onMissing={setError} />
                  </li>
                ))}
              </ul>
            )}
            {check && check.warnings.length > 0 && (
              <ul className="check-list check-warnings" aria-label="Cảnh báo">
                {check.warnings.map((m) => (
                  <li key={m}>
                    <span aria-hidden="true">⚠ </span>
                    {m}
                    <GoToPlace check={check} line={m} onFound={onClose} onMissing={setError} />
                  </li>
                ))}
              </ul>
            )}
            {check && check.ok && check.warnings.length === 0 && <p className="check-ok">✔ Bài đủ điều kiện xuất bản lên “{target?.name}”.</p>}
            {check && !check.ok && <p className="hint">Sửa các lỗi trên rồi mở lại hộp này.</p>}
            {check && check.ok && needsConfirm && (
              <label className="check confirm-warnings">
                <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
                Tôi đã xem các cảnh báo và vẫn xuất bản
              </label>
            )}
          </section>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Hủy
          </button>
          <button type="submit" className="primary" disabled={!ready}>
            {sending ? 'Đang đưa vào hàng đợi…' : 'Xuất bản'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** "Đến chỗ này" for a checklist line that points at a place in the body; the dialog closes on the place. */
function GoToPlace({ check, line, onFound, onMissing }: { check: PublishCheck; line: string; onFound: () => void; onMissing: (message: string) => void }) {
  const place = check.places?.find((p) => p.line === line)?.place;
  if (!place) return null;
  return (
    <button
      type="button"
      className="link-button check-goto"
      onClick={() => (locatePlace(place) ? onFound() : onMissing('Không tìm thấy chỗ này trong nội dung bài đang mở; hãy tìm theo đoạn trích dẫn.'))}
    >
      Đến chỗ này
    </button>
  );
}

function TakeDownDialog({ article, publication, onClose }: { article: Pick<Article, 'id' | 'title'>; publication: Publication; onClose: () => void }) {
  const { notify } = useApp();
  const live = [...publication.live.values()];
  const names = new Map(publication.entries.map((e) => [e.targetId, e.targetName]));
  const [targetId, setTargetId] = useState(live[0]?.targetId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const ids = useId();
  const name = names.get(targetId) ?? 'cổng';

  async function submit() {
    setSending(true);
    try {
      await publication.act(() => call('publish.takeDown', { articleId: article.id, targetId }));
      notify(`Đã đưa vào hàng đợi gỡ bài khỏi “${name}”.`);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSending(false);
    }
  }

  return (
    <Modal title="Gỡ bài khỏi cổng" onClose={onClose}>
      {live.length > 1 && (
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-target`}>
            Cổng
          </label>
          <select id={`${ids}-target`} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
            {live.map((r) => (
              <option key={r.targetId} value={r.targetId}>
                {names.get(r.targetId) ?? r.targetId}
              </option>
            ))}
          </select>
        </div>
      )}
      <p>
        Gỡ bài <strong>{article.title}</strong> khỏi “{name}”? Bạn đọc sẽ không xem được bài trên cổng nữa; ứng dụng vẫn giữ bài và biên nhận xuất bản.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Không gỡ
        </button>
        <button type="button" className="danger" disabled={sending || !targetId} onClick={() => void submit()}>
          Gỡ bài
        </button>
      </div>
    </Modal>
  );
}
