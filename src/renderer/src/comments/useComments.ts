import { useCallback, useEffect, useState } from 'react';
import type { CommentList, CommentThread } from '../../../shared/comments';
import { call, errorMessage } from '../api';

/** Other people's comments show up without reloading the page. */
const POLL_MS = 20_000;

/** The article's comment threads, fetched again after every save (anchors move with the text). */
export function useComments(articleId: string, revisionId: string, onError: (message: string) => void) {
  const [list, setList] = useState<CommentList | null>(null);

  const refresh = useCallback(() => {
    call('comment.list', { articleId }).then(setList, (e) => onError(errorMessage(e)));
  }, [articleId, onError]);

  useEffect(refresh, [refresh, revisionId]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  /** Puts a thread the server just returned into the list without waiting for a refresh. */
  const put = useCallback((thread: CommentThread) => {
    setList((l) => {
      if (!l) return l;
      const others = l.threads.filter((t) => t.id !== thread.id);
      return { ...l, threads: others.length === l.threads.length ? [...l.threads, thread] : l.threads.map((t) => (t.id === thread.id ? thread : t)) };
    });
  }, []);

  return { list, refresh, put };
}
