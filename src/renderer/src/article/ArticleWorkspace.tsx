// The article being edited: its fields, text, comments and actions on one revision's state. Remounted
// (by ArticleForm's `generation`) only when the page takes another revision's text from the server.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article, Body } from '../../../shared/article';
import type { WorkflowAction } from '../../../shared/workflow';
import { ApiError, call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { useAutosave } from '../hooks/useAutosave';
import type { useEditLock } from '../hooks/useEditLock';
import { ArticleEditor } from '../editor/ArticleEditor';
import { WorkflowNotices, type ActExtra } from '../components/WorkflowBar';
import { SaveVersionDialog, VersionsPanel } from '../components/VersionsPanel';
import { HistoryList } from '../components/HistoryList';
import { CommentsPanel } from '../comments/CommentsPanel';
import { ArticleHeader } from './ArticleHeader';
import { ArticleSidePanels, type Stats } from './ArticleSidePanels';
import { ChangedElsewhereBanner } from './ChangedElsewhereBanner';
import { Field } from './Field';
import { editorImageUploader, editorRemoteImageFetcher } from './media';
import { useArticleComments } from './useArticleComments';
import { useArticleMeta } from './useArticleMeta';
import type { ArticleViewState } from './useArticleView';
import { useChangedElsewhere } from './useChangedElsewhere';
import { PrintButton } from './PrintButton';
import { PublishActions } from '../publishing/PublishActions';
import { PublicationPanel } from '../publishing/PublicationPanel';
import { usePublication } from '../publishing/usePublication';
import { RoyaltyDecisionPanel } from '../royalties/RoyaltyDecisionPanel';

/** "Ký duyệt" was refused: the article changed after the revision the approver had on screen. */
export interface ChangedSinceSeen {
  seenRevisionId: string;
  message: string;
}

const PUBLISHING_STATES = new Set(['da_duyet', 'hen_gio', 'da_xuat_ban', 'da_go']);
/** Royalties are due once an article went out (taken down later or not). */
const PUBLISHED_STATES = new Set(['da_xuat_ban', 'da_go']);

export function ArticleWorkspace({
  state,
  lock,
  versionsOpen,
  onVersionsOpen,
  onChangedSinceSeen
}: {
  state: ArticleViewState;
  lock: ReturnType<typeof useEditLock>;
  versionsOpen: boolean;
  onVersionsOpen: (open: boolean) => void;
  onChangedSinceSeen: (change: ChangedSinceSeen) => void;
}) {
  const { notify, session } = useApp();
  const { article, view, shown } = state;
  const canEdit = view.edit.allowed && (lock.lock?.mine ?? false);
  const [naming, setNaming] = useState(false);
  const [stats, setStats] = useState<Stats>({ words: article.wordCount, photos: article.photoCount.value, pages: article.pageCount.value });
  const notifyError = useCallback((m: string) => notify(m, 'error'), [notify]);
  const uploadEditorImage = useMemo(() => editorImageUploader(article.id), [article.id]);
  const fetchRemoteImage = useMemo(() => editorRemoteImageFetcher(article.id), [article.id]);

  const autosave = useAutosave(article, state.applySaved);
  const { flush, rebase, setBodyGetter, setMeta } = autosave;
  const fieldErrors = autosave.state.kind === 'error' ? autosave.state.fields : {};
  const { meta, update } = useArticleMeta(article, setMeta);
  const comments = useArticleComments({ shown, revisionId: article.revisionId, beforeCreate: canEdit ? flush : async () => undefined });

  const reload = useCallback(() => {
    state.reload().catch((err: unknown) => notify(errorMessage(err), 'error'));
  }, [state, notify]);

  const saveState = useRef(autosave.state);
  useEffect(() => {
    saveState.current = autosave.state;
  });
  const changedElsewhere = useChangedElsewhere({
    shown,
    hasUnsaved: () => saveState.current.kind !== 'saved',
    reload,
    refreshInPlace: () => {
      state.refreshArticle().then(rebase, () => undefined);
      state.refreshView();
    }
  });

  const onBodyChange = useCallback(
    (getBody: () => Body, s: Stats) => {
      setStats(s);
      setBodyGetter(getBody);
    },
    [setBodyGetter]
  );

  const publication = usePublication(article.id);

  async function act(action: WorkflowAction, extra: ActExtra) {
    await flush();
    // "Ký duyệt" signs what is on this screen: refused if the article changed since (someone's save).
    const seen = state.shown.current;
    const onScreen = action === 'ky-duyet' ? { revisionId: seen.revisionId, contentHash: seen.contentHash } : {};
    try {
      const next = await call('workflow.act', { articleId: article.id, action, ...extra, ...onScreen });
      rebase(await state.applyAction(next));
    } catch (err) {
      if (err instanceof ApiError && err.shape.refusal === 'CHANGED_SINCE_SEEN') onChangedSinceSeen({ seenRevisionId: seen.revisionId, message: err.message });
      throw err;
    }
  }

  function afterAttachment(next: Article) {
    rebase(next);
    state.applyArticle(next);
  }

  async function nameVersion(note: string) {
    try {
      await flush();
      const v = await call('version.saveNamed', { articleId: article.id, note });
      notify(`Đã lưu phiên bản ${v.number}.`);
      setNaming(false);
      state.refreshHistory();
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  }

  return (
    <div className={`article-layout${versionsOpen ? ' with-versions' : ''}`}>
      <article className="article-page">
        <ArticleHeader
          title={article.title}
          status={article.status}
          view={view}
          canEdit={canEdit}
          saveState={autosave.state}
          changedElsewhere={changedElsewhere !== null}
          versionsOpen={versionsOpen}
          openThreads={comments.openThreads}
          onToggleVersions={() => onVersionsOpen(!versionsOpen)}
          onNameVersion={() => setNaming(true)}
          onSave={() => void autosave.saveNow()}
          onAct={act}
          onReload={reload}
          printAction={
            <>
              <PrintButton articleId={article.id} beforePrint={canEdit ? flush : async () => undefined} />
              {/* The slip is of the signed version: an unsaved edit would only void the sign-off, so nothing to save first. */}
              {view.signOff && <PrintButton articleId={article.id} beforePrint={async () => undefined} method="print.slip" label="In phiếu duyệt" />}
            </>
          }
          publishActions={<PublishActions article={article} publication={publication} />}
        />
        {changedElsewhere && <ChangedElsewhereBanner change={changedElsewhere} onReload={reload} />}
        <WorkflowNotices
          view={view}
          onTakeOver={() => void lock.takeOver().then(reload, (e: unknown) => notify(errorMessage(e), 'error'))}
          threads={comments.threads}
          onShowComment={comments.activate}
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
                uploadImage={uploadEditorImage}
                fetchRemoteImage={fetchRemoteImage}
                onError={notifyError}
                onNotice={notify}
                commentLayer={{
                  threads: comments.threads,
                  baseText: comments.bodyText ?? article.bodyText,
                  activeId: comments.activeId,
                  onSelection: comments.setSelection,
                  onActivate: (ids) => comments.setActiveId(ids[0] ?? null),
                  revealRef: comments.reveal
                }}
              />
              {fieldErrors.body && <p className="field-error">{fieldErrors.body}</p>}
            </div>
          </fieldset>

          <div className="article-side">
            {(PUBLISHING_STATES.has(article.status) || publication.entries.length > 0) && <PublicationPanel publication={publication} />}
            {PUBLISHED_STATES.has(article.status) && <RoyaltyDecisionPanel articleId={article.id} onSaved={state.refreshHistory} />}
            <CommentsPanel
              threads={comments.threads}
              meId={session.user.id}
              selection={comments.selection}
              draft={comments.draft}
              activeId={comments.activeId}
              onStart={comments.start}
              onCancel={comments.cancel}
              onCreate={comments.create}
              onReply={comments.reply}
              onResolve={comments.resolve}
              onActivate={comments.activate}
            />
            <ArticleSidePanels
              article={article}
              meta={meta}
              update={update}
              errors={fieldErrors}
              stats={stats}
              canEdit={canEdit}
              beforeAttachmentChange={flush}
              onAttachmentChanged={afterAttachment}
            />
          </div>
        </div>

        <HistoryList entries={state.history} />
        {naming && <SaveVersionDialog onClose={() => setNaming(false)} onSave={nameVersion} />}
      </article>
      {versionsOpen && (
        <VersionsPanel articleId={article.id} canRestore={canEdit} beforeRestore={flush} onRestored={reload} onClose={() => onVersionsOpen(false)} />
      )}
    </div>
  );
}
