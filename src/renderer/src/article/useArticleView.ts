// The open article as the page shows it — the article, its workflow view and its history — kept
// current in place: a save hands back all three, actions and attachments refresh what they change,
// and only a reload (another revision's text) restarts the editing state (`generation`).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article, HistoryEntry } from '../../../shared/article';
import type { ArticleSaved } from '../../../shared/contract';
import type { WorkflowView } from '../../../shared/workflow';
import { call } from '../api';

/** "I have seen this revision" (the default start of "So sánh"); never in the way of opening the article. */
export function markSeen(article: Article): void {
  call('article.seen', { id: article.id, revisionId: article.revisionId }).catch((err: unknown) => console.warn('[article.seen]', err));
}

export function useArticleView(initial: Article, initialView: WorkflowView) {
  const id = initial.id;
  const [article, setArticleState] = useState(initial);
  const [view, setView] = useState(initialView);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [generation, setGeneration] = useState(0);
  /** What the page shows, readable at once (events compare against it before React renders). */
  const shown = useRef(initial);

  const setArticle = useCallback((next: Article) => {
    shown.current = next;
    setArticleState(next);
  }, []);

  const refreshHistory = useCallback(() => {
    call('article.history', { id }).then(setHistory, () => undefined);
  }, [id]);
  useEffect(refreshHistory, [refreshHistory]);

  const refreshView = useCallback(() => {
    call('workflow.view', { articleId: id }).then(setView, () => undefined);
  }, [id]);

  /** A save returns everything the page shows: no refetch, no remount. */
  const applySaved = useCallback(
    (saved: ArticleSaved) => {
      setArticle(saved.article);
      setView(saved.view);
      setHistory(saved.history);
    },
    [setArticle]
  );

  /** After a change made here on the server (attachment): the article it returned, and the history. */
  const applyArticle = useCallback(
    (next: Article) => {
      setArticle(next);
      refreshHistory();
    },
    [setArticle, refreshHistory]
  );

  /** The article and history again, same text (a workflow action, a status changed elsewhere). */
  const refreshArticle = useCallback(async (): Promise<Article> => {
    const [next, entries] = await Promise.all([call('article.get', { id }), call('article.history', { id })]);
    setArticle(next);
    setHistory(entries);
    return next;
  }, [id, setArticle]);

  /** After a workflow action: its view, then the article it moved. */
  const applyAction = useCallback(
    async (next: WorkflowView): Promise<Article> => {
      setView(next);
      return refreshArticle();
    },
    [refreshArticle]
  );

  /** Everything from the server again; the editing state restarts on it (the text may be another revision's). */
  const reload = useCallback(async (): Promise<void> => {
    const [next, nextView, entries] = await Promise.all([
      call('article.get', { id }),
      call('workflow.view', { articleId: id }),
      call('article.history', { id })
    ]);
    const otherRevision = next.revisionId !== shown.current.revisionId;
    setArticle(next);
    setView(nextView);
    setHistory(entries);
    setGeneration((g) => g + 1);
    if (otherRevision) markSeen(next);
  }, [id, setArticle]);

  return { article, view, history, generation, shown, applySaved, applyArticle, applyAction, refreshArticle, refreshHistory, refreshView, reload };
}

export type ArticleViewState = ReturnType<typeof useArticleView>;
