// The article page's side of review comments: the threads, the selected words, the comment being
// written, the thread in focus, and the calls that create, answer, resolve and reopen threads.
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type { Article } from '../../../shared/article';
import { MAX_COMMENT, type CommentThread } from '../../../shared/comments';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { numberVi } from '../format';
import { useComments } from '../comments/useComments';
import type { TextSelection } from '../comments/CommentHighlightPlugin';
import { useShortcut } from '../hooks/useShortcuts';

export function useArticleComments({
  shown,
  revisionId,
  beforeCreate
}: {
  /** The article as shown: comments are anchored in its current revision. */
  shown: RefObject<Article>;
  revisionId: string;
  /** Saves pending edits so that the offsets sent match the revision they are counted in. */
  beforeCreate: () => Promise<void>;
}) {
  const { notify } = useApp();
  const articleId = shown.current.id;
  const notifyError = useCallback((m: string) => notify(m, 'error'), [notify]);
  const comments = useComments(articleId, revisionId, notifyError);
  const threads = useMemo(() => comments.list?.threads ?? [], [comments.list]);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [draft, setDraft] = useState<TextSelection | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const reveal = useRef<((threadId: string) => void) | null>(null);

  const activate = useCallback((threadId: string) => {
    setActiveId(threadId);
    reveal.current?.(threadId);
  }, []);

  const start = useCallback(() => {
    if (!selection) return;
    if (selection.quote.length > MAX_COMMENT) {
      notify(`Đoạn chọn dài quá ${numberVi.format(MAX_COMMENT)} ký tự. Hãy chọn ngắn hơn (một câu hoặc một đoạn) để bình luận.`, 'error');
      return;
    }
    setDraft(selection);
  }, [selection, notify]);

  useShortcut({ ctrl: true, alt: true, key: 'm' }, selection ? start : null);

  async function create(body: string) {
    if (!draft) return;
    try {
      await beforeCreate();
      const thread = await call('comment.create', { articleId, revisionId: shown.current.revisionId, ...draft, body });
      setDraft(null);
      setActiveId(thread.id);
      comments.refresh();
      notify('Đã gửi bình luận.');
    } catch (err) {
      notify(errorMessage(err), 'error');
      throw err;
    }
  }

  async function update(run: () => Promise<CommentThread>, done: string) {
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

  const reply = (threadId: string, body: string) => update(() => call('comment.reply', { articleId, threadId, body }), 'Đã gửi trả lời.');

  async function resolve(threadId: string, resolved: boolean) {
    await update(
      () => call(resolved ? 'comment.resolve' : 'comment.reopen', { articleId, threadId }),
      resolved ? 'Đã giải quyết bình luận; xem lại ở bộ lọc “Đã giải quyết”.' : 'Đã mở lại bình luận.'
    );
    // A resolved thread leaves the open list: its words are no longer marked.
    if (resolved) setActiveId((current) => (current === threadId ? null : current));
  }

  return {
    threads,
    openThreads: threads.filter((t) => !t.resolved),
    bodyText: comments.list?.bodyText ?? null,
    selection,
    setSelection,
    draft,
    cancel: () => setDraft(null),
    activeId,
    setActiveId,
    reveal,
    activate,
    start,
    create,
    reply,
    resolve
  };
}
