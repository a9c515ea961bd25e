import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article, Body, HistoryEntry } from '../../../shared/article';
import { APPROVAL_STATUS_LABELS, IMAGE_MIME } from '../../../shared/article';
import { call, errorMessage, fileToBase64 } from '../api';
import { useApp } from '../app-context';
import { hrefOf } from '../router';
import { pickMeta, useAutosave } from '../hooks/useAutosave';
import { formatDateTime, numberVi, statusLabel } from '../format';
import { ArticleEditor } from '../editor/ArticleEditor';
import { SaveStatus } from './SaveStatus';
import { WorkflowBar, WorkflowNotices } from './WorkflowBar';
import { SaveVersionDialog, VersionsPanel } from './VersionsPanel';
import { useEditLock } from '../hooks/useEditLock';
import type { WorkflowView } from '../../../shared/workflow';
import { Attachments } from './Attachments';
import { HistoryList } from './HistoryList';
import { CountField } from './CountField';
import { VnDateInput } from './VnDateInput';
import { CommentsPanel } from '../comments/CommentsPanel';
import { useComments } from '../comments/useComments';
import type { TextSelection } from '../comments/CommentHighlightPlugin';
import { MAX_COMMENT, type CommentThread } from '../../../shared/comments';

type Meta = ReturnType<typeof pickMeta>;
interface Stats {
  words: number;
  photos: number;
  pages: number;
}

export function ArticleForm({ initial, initialView, onReload }: { initial: Article; initialView: WorkflowView; onReload: () => void }) {
  const { lists, notify, session } = useApp();
  const [view, setView] = useState(initialView);
  const editLock = useEditLock(initial.id, initialView.edit.allowed);
  const canEdit = view.edit.allowed && (editLock.lock?.mine ?? false);
  const canTakeOver = session.user.roles.some((r) => ['thanh_vien', 'thu_ky', 'pho_truong_ban', 'truong_ban'].includes(r));

  const refreshView = useCallback(() => {
    call('workflow.view', { articleId: initial.id }).then(setView, () => undefined);
  }, [initial.id]);
  useEffect(() => {
    if (editLock.error) refreshView();
  }, [editLock.error, refreshView]);
  const [article, setArticle] = useState(initial);
  const [meta, setMetaState] = useState<Meta>(() => pickMeta(initial));
  const [stats, setStats] = useState<Stats>({ words: initial.wordCount, photos: initial.photoCount.value, pages: initial.pageCount.value });
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [panel, setPanel] = useState(false);
  const [naming, setNaming] = useState(false);
  const revision = useRef(initial.revisionId);
  const notifyError = useCallback((m: string) => notify(m, 'error'), [notify]);
  const comments = useComments(initial.id, article.revisionId, notifyError);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [draft, setDraft] = useState<TextSelection | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const reveal = useRef<((threadId: string) => void) | null>(null);
  const threads = useMemo(() => comments.list?.threads ?? [], [comments.list]);

  const refreshHistory = useCallback(() => {
    call('article.history', { id: initial.id }).then(setHistory, () => undefined);
  }, [initial.id]);
  useEffect(refreshHistory, [refreshHistory]);

  const onSaved = useCallback(
    (saved: Article) => {
      revision.current = saved.revisionId;
      setArticle(saved);
      refreshHistory();
      // Saving an approved article voids its sign-off: show the new state and actions.
      if (saved.status !== initial.status) onReload();
    },
    [refreshHistory, initial.status, onReload]
  );
  const autosave = useAutosave(initial, onSaved);
  const fieldErrors = autosave.state.kind === 'error' ? autosave.state.fields : {};

  function update<K extends keyof Meta>(key: K, value: Meta[K]) {
    const next = { ...meta, [key]: value };
    setMetaState(next);
    autosave.setMeta(next);
  }

  const onBodyChange = useCallback(
    (getBody: () => Body, s: Stats) => {
      setStats(s);
      autosave.setBodyGetter(getBody);
    },
    [autosave]
  );

  const uploadImage = useCallback(async (file: File) => {
    const info = await uploadImageFile(file);
    return { src: `media:${info.hash}` };
  }, []);

  async function onMainImage(file: File | undefined) {
    if (!file) return;
    try {
      const info = await uploadImageFile(file);
      update('imageHash', info.hash);
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  }

  async function afterServerChange(next: Article) {
    revision.current = next.revisionId;
    autosave.rebase(next);
    setArticle(next);
    refreshHistory();
  }

  const activate = useCallback((threadId: string) => {
    setActiveId(threadId);
    reveal.current?.(threadId);
  }, []);

  const startComment = useCallback(() => {
    if (!selection) return;
    if (selection.quote.length > MAX_COMMENT) {
      notify(`Đoạn chọn dài quá ${numberVi.format(MAX_COMMENT)} ký tự. Hãy chọn ngắn hơn (một câu hoặc một đoạn) để bình luận.`, 'error');
      return;
    }
    setDraft(selection);
  }, [selection, notify]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey && e.altKey && e.key.toLowerCase() === 'm' && selection) {
        e.preventDefault();
        startComment();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selection, startComment]);

  async function createComment(body: string) {
    if (!draft) return;
    try {
      // Offsets are in the editor's text: save it first so they match the revision sent.
      if (canEdit) await autosave.flush();
      const thread = await call('comment.create', { articleId: initial.id, revisionId: revision.current, ...draft, body });
      setDraft(null);
      setActiveId(thread.id);
      comments.refresh();
      notify('Đã gửi bình luận.');
    } catch (err) {
      notify(errorMessage(err), 'error');
      throw err;
    }
  }

  async function commentAction(run: () => Promise<CommentThread>, done: string) {
    try {
      comments.put(await run());
      // Anchors in the reply are for the server's newest text: the list brings them together.
      comments.refresh();
      notify(done);
    } catch (err) {
      notify(errorMessage(err), 'error');
      throw err;
    }
  }

  const categories = withCurrent(lists.categories, meta.category);
  const types = withCurrent(lists.articleTypes, meta.articleType);

  return (
    <article className="article-page">
      <div className="article-header">
        <a href={hrefOf({ page: 'list', q: '' })} className="back">
          ← Danh sách
        </a>
        <span className={`badge status-${article.status}`}>{statusLabel(article.status)}</span>
        {canEdit && <SaveStatus state={autosave.state} onReload={onReload} />}
        {!view.edit.allowed && <span className="muted">{view.edit.reason}</span>}
        <div className="header-actions">
          <button type="button" onClick={() => setPanel(!panel)} aria-expanded={panel}>
            Phiên bản
          </button>
          {canEdit && (
            <button type="button" onClick={() => setNaming(true)}>
              Lưu phiên bản
            </button>
          )}
          <WorkflowBar
            articleId={initial.id}
            view={view}
            beforeAction={autosave.flush}
            onChanged={onReload}
            openThreads={threads.filter((t) => !t.resolved)}
          />
          {canEdit && (
            <button type="button" className="primary" onClick={() => void autosave.saveNow()}>
              Lưu
            </button>
          )}
        </div>
      </div>
      <WorkflowNotices
        view={view}
        canTakeOver={canTakeOver}
        onTakeOver={() => void editLock.takeOver().then(onReload, (e) => notify(errorMessage(e), 'error'))}
        threads={threads}
        onShowComment={activate}
      />

      <div className="article-grid">
        <fieldset className="form-fields article-main" disabled={!canEdit}>
          <Field label="Tiêu đề" error={fieldErrors.title}>
            {(id) => (
              <input
                id={id}
                className="title-input"
                value={meta.title}
                maxLength={500}
                placeholder="Nhập tiêu đề bài viết"
                onChange={(e) => update('title', e.target.value)}
              />
            )}
          </Field>
          <Field label="Tóm tắt" error={fieldErrors.summary}>
            {(id) => <textarea id={id} rows={3} value={meta.summary} onChange={(e) => update('summary', e.target.value)} />}
          </Field>
          <div className="field">
            <span className="field-label" id="body-label">
              Nội dung
            </span>
            {/* Rebuilt when edit rights change, from the last saved body (not the one the page opened with). */}
            <ArticleEditor
              key={String(canEdit)}
              initialBody={article.body}
              readOnly={!canEdit}
              onChange={onBodyChange}
              uploadImage={uploadImage}
              onError={(m) => notify(m, 'error')}
              commentLayer={{
                threads,
                baseText: comments.list?.bodyText ?? article.bodyText,
                activeId,
                onSelection: setSelection,
                onActivate: (ids) => setActiveId(ids[0] ?? null),
                revealRef: reveal
              }}
            />
            {fieldErrors.body && <p className="field-error">{fieldErrors.body}</p>}
          </div>
        </fieldset>

        <div className="article-side">
          <CommentsPanel
            threads={threads}
            meId={session.user.id}
            selection={selection}
            draft={draft}
            activeId={activeId}
            onStart={startComment}
            onCancel={() => setDraft(null)}
            onCreate={createComment}
            onReply={(threadId, body) => commentAction(() => call('comment.reply', { articleId: initial.id, threadId, body }), 'Đã gửi trả lời.')}
            onResolve={async (threadId, resolve) => {
              await commentAction(
                () => call(resolve ? 'comment.resolve' : 'comment.reopen', { articleId: initial.id, threadId }),
                resolve ? 'Đã giải quyết bình luận; xem lại ở bộ lọc “Đã giải quyết”.' : 'Đã mở lại bình luận.'
              );
              // A resolved thread leaves the open list: its words are no longer marked.
              if (resolve) setActiveId((current) => (current === threadId ? null : current));
            }}
            onActivate={activate}
          />
          <fieldset className="form-fields" disabled={!canEdit}>
            <aside className="article-side" aria-label="Thông tin bài viết">
              <section className="panel">
                <h2>Xuất bản</h2>
                <Field label="Ngày xuất bản" error={fieldErrors.publishAt}>
                  {(id) => <VnDateInput id={id} withTime value={meta.publishAt} onChange={(iso) => update('publishAt', iso)} />}
                </Field>
                <label className="check">
                  <input type="checkbox" checked={meta.featured} onChange={(e) => update('featured', e.target.checked)} />
                  Tin nổi bật
                </label>
                <Field label="Tác giả" error={fieldErrors.author}>
                  {(id) => <input id={id} value={meta.author} placeholder="Ví dụ: Ban biên tập" onChange={(e) => update('author', e.target.value)} />}
                </Field>
                <Field label="Phân loại" error={fieldErrors.category}>
                  {(id) => (
                    <select id={id} value={meta.category} onChange={(e) => update('category', e.target.value)}>
                      <option value="">— Chọn phân loại —</option>
                      {categories.map((c) => (
                        <option key={c}>{c}</option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label="Loại bài viết" error={fieldErrors.articleType}>
                  {(id) => (
                    <select id={id} value={meta.articleType} onChange={(e) => update('articleType', e.target.value)}>
                      <option value="">— Chọn loại bài viết —</option>
                      {types.map((c) => (
                        <option key={c}>{c}</option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label="Link thay thế nội dung" error={fieldErrors.alternateLink}>
                  {(id) => (
                    <input
                      id={id}
                      type="url"
                      value={meta.alternateLink}
                      placeholder="https://…"
                      onChange={(e) => update('alternateLink', e.target.value)}
                    />
                  )}
                </Field>
              </section>

              <section className="panel">
                <h2>Ảnh đại diện</h2>
                {meta.imageHash && <img className="main-image" src={window.bridge.mediaUrl(meta.imageHash)} alt={meta.imageCaption || 'Hình ảnh bài viết'} />}
                <div className="field">
                  <span className="field-label">Hình ảnh</span>
                  <label className="file-button">
                    {meta.imageHash ? 'Đổi ảnh…' : 'Chọn ảnh…'}
                    <input
                      type="file"
                      aria-label="Hình ảnh"
                      className="visually-hidden"
                      accept={IMAGE_MIME.join(',')}
                      onChange={(e) => {
                        void onMainImage(e.target.files?.[0]);
                        e.target.value = '';
                      }}
                    />
                  </label>
                  {fieldErrors.imageHash && <p className="field-error">{fieldErrors.imageHash}</p>}
                </div>
                {meta.imageHash && (
                  <button type="button" className="link-button" onClick={() => update('imageHash', null)}>
                    Bỏ ảnh đại diện
                  </button>
                )}
                <Field label="Hình ảnh mô tả" error={fieldErrors.imageCaption}>
                  {(id) => <input id={id} value={meta.imageCaption} onChange={(e) => update('imageCaption', e.target.value)} />}
                </Field>
              </section>

              <section className="panel">
                <h2>Thống kê</h2>
                <CountField label="Số Trang" count={meta.pageCount} computed={stats.pages} onChange={(c) => update('pageCount', c)} />
                <CountField label="Số Ảnh" count={meta.photoCount} computed={stats.photos} onChange={(c) => update('photoCount', c)} />
              </section>

              <Attachments
                article={article}
                beforeChange={autosave.flush}
                onChanged={(a) => void afterServerChange(a)}
              />

              <section className="panel">
                <h2>Thông tin</h2>
                <dl className="facts">
                  <dt>Trạng thái</dt>
                  <dd>{statusLabel(article.status)}</dd>
                  <dt>Approval Status</dt>
                  <dd>{APPROVAL_STATUS_LABELS[article.approvalStatus]}</dd>
                  <dt>Số lượt người đọc</dt>
                  <dd>{numberVi.format(article.viewCount)}</dd>
                  <dt>Phiên bản</dt>
                  <dd>{article.version}</dd>
                  <dt>Tạo lúc</dt>
                  <dd>
                    {formatDateTime(article.createdAt)} — {article.createdBy.name}
                  </dd>
                  <dt>Sửa lúc</dt>
                  <dd>
                    {formatDateTime(article.modifiedAt)} — {article.modifiedBy.name}
                  </dd>
                </dl>
              </section>
            </aside>
          </fieldset>
        </div>
      </div>

      <HistoryList entries={history} />
      {panel && (
        <VersionsPanel
          articleId={initial.id}
          canRestore={canEdit}
          beforeRestore={autosave.flush}
          onRestored={onReload}
          onClose={() => setPanel(false)}
        />
      )}
      {naming && (
        <SaveVersionDialog
          onClose={() => setNaming(false)}
          onSave={async (note) => {
            try {
              await autosave.flush();
              const v = await call('version.saveNamed', { articleId: initial.id, note });
              notify(`Đã lưu phiên bản ${v.number}.`);
              setNaming(false);
              refreshHistory();
            } catch (err) {
              notify(errorMessage(err), 'error');
            }
          }}
        />
      )}
    </article>
  );
}

function Field({ label, error, children }: { label: string; error?: string; children: (id: string) => React.ReactNode }) {
  const id = 'f-' + label.replace(/\s+/g, '-');
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children(id)}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function withCurrent(list: string[], current: string): string[] {
  return current && !list.includes(current) ? [...list, current] : list;
}

async function uploadImageFile(file: File) {
  return call('media.upload', { fileName: file.name, mime: file.type, dataBase64: await fileToBase64(file) });
}

