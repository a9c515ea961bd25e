// Review comments: threads on words of an article, replies, resolve/reopen, and anchors carried to every
// new revision. Comments live beside the article: they never change its content, create a revision,
// pass the edit guard or void a sign-off, so anyone logged in may comment (reviewers often cannot edit).
import { userRefOf, type Article, type UserRef } from '../../shared/article';
import { MAX_COMMENT, type CommentAnchor, type CommentList, type CommentThread } from '../../shared/comments';
import { AppError, ErrorCode } from '../../shared/errors';
import { nfc } from '../../shared/text';
import type { ArticleService, RevisionListener } from '../articles/article-service';
import type { Clock, IdGenerator, TransactionRunner } from '../ports';
import { rebaseAnchor, type WordDiff } from './anchor';
import type { CommentRepository, StoredThread, ThreadAction } from './ports';

export interface CommentServiceDeps {
  comments: CommentRepository;
  articles: Pick<ArticleService, 'get'>;
  /** The plain text of an older revision of the article, or null when it is not one of its revisions. */
  revisionText: (articleId: string, revisionId: string) => string | null;
  words: WordDiff;
  tx: TransactionRunner;
  clock: Clock;
  ids: IdGenerator;
}

/** A selection in the plain text of `revisionId` (the revision the commenter sees). */
export interface NewComment {
  articleId: string;
  revisionId: string;
  start: number;
  end: number;
  quote: string;
  body: string;
}

const EMPTY_BODY = 'Hãy nhập nội dung bình luận.';
const TOO_LONG = `Bình luận dài quá ${MAX_COMMENT.toLocaleString('vi-VN')} ký tự; hãy rút gọn hoặc tách thành nhiều lần trả lời.`;
const EMPTY_QUOTE = 'Hãy chọn ít nhất một chữ trong bài để bình luận.';
const QUOTE_MISMATCH = 'Đoạn chữ đã chọn không còn khớp với nội dung bài (bài có thể vừa được sửa). Hãy chọn lại đoạn chữ rồi bình luận.';
const QUOTE_GONE = 'Đoạn chữ đã chọn vừa bị xóa trong bản mới nhất của bài. Hãy tải lại bài và chọn đoạn chữ khác để bình luận.';
const UNKNOWN_REVISION = 'Không tìm thấy phiên bản bài viết bạn đang xem. Hãy tải lại bài viết rồi chọn lại đoạn chữ để bình luận.';
const THREAD_NOT_FOUND = 'Không tìm thấy bình luận này trong bài; hãy tải lại danh sách bình luận.';

export class CommentService {
  constructor(private readonly d: CommentServiceDeps) {}

  list(articleId: string): CommentList {
    const article = this.d.articles.get(articleId);
    return { revisionId: article.revisionId, bodyText: article.bodyText, threads: this.threadsOf(article) };
  }

  create(input: NewComment, user: UserRef): CommentThread {
    const body = validBody(input.body);
    const quote = nfc(input.quote);
    if (quote.trim() === '') throw new AppError(ErrorCode.INVALID_INPUT, EMPTY_QUOTE);
    return this.d.tx.transaction(() => {
      const article = this.d.articles.get(input.articleId);
      const seen = input.revisionId === article.revisionId ? article.bodyText : this.d.revisionText(article.id, input.revisionId);
      if (seen === null) throw new AppError(ErrorCode.NOT_FOUND, UNKNOWN_REVISION);
      if (input.end <= input.start || seen.slice(input.start, input.end) !== quote) throw new AppError(ErrorCode.CONFLICT, QUOTE_MISMATCH);
      const selected: CommentAnchor = { start: input.start, end: input.end, quote, detached: false };
      const anchor = rebaseAnchor(selected, seen, article.bodyText, this.d.words);
      if (anchor.detached) throw new AppError(ErrorCode.CONFLICT, QUOTE_GONE);
      const at = this.now();
      const id = this.d.ids.newId();
      const by = userRefOf(user);
      this.d.comments.insertThread({ id, articleId: article.id, createdAt: at, createdBy: by, quote, revisionId: input.revisionId, start: input.start, end: input.end });
      this.d.comments.insertMessage({ id: this.d.ids.newId(), threadId: id, articleId: article.id, author: by, body, createdAt: at });
      this.d.comments.insertAnchor({ threadId: id, revisionId: article.revisionId, start: anchor.start, end: anchor.end, detached: false, at });
      return this.threadView(article, id);
    });
  }

  reply(articleId: string, threadId: string, text: string, user: UserRef): CommentThread {
    const body = validBody(text);
    return this.d.tx.transaction(() => {
      const article = this.d.articles.get(articleId);
      this.threadOf(articleId, threadId);
      this.d.comments.insertMessage({ id: this.d.ids.newId(), threadId, articleId, author: userRefOf(user), body, createdAt: this.now() });
      return this.threadView(article, threadId);
    });
  }

  /** Idempotent: resolving a resolved thread (e.g. two people at once) records nothing and returns it. */
  resolve(articleId: string, threadId: string, user: UserRef): CommentThread {
    return this.setResolved(articleId, threadId, 'resolve', user);
  }

  /** Idempotent like `resolve`. */
  reopen(articleId: string, threadId: string, user: UserRef): CommentThread {
    return this.setResolved(articleId, threadId, 'reopen', user);
  }

  /** Ids of the article's threads not resolved (what "Trả lại" may point at). */
  openThreadIds(articleId: string): string[] {
    const resolved = this.resolvedIds(articleId);
    return this.d.comments.threads(articleId).filter((t) => !resolved.has(t.id)).map((t) => t.id);
  }

  /**
   * Carries every thread of the article from `before`'s text to `saved`'s (resolved ones too, so a
   * reopened thread still points at its words). Registered with ArticleService.onRevision: runs inside
   * the save's transaction. Only anchors that moved get a row: a thread's latest row is where it
   * points in the current revision, so storage grows with edits before a comment, not with every save.
   */
  readonly onRevision: RevisionListener = (before, saved) => {
    if (before.bodyText === saved.bodyText) return;
    const at = saved.modifiedAt;
    const quotes = new Map(this.d.comments.threads(saved.id).map((t) => [t.id, t.quote]));
    const words = lastCallMemo(this.d.words);
    for (const row of this.d.comments.anchors(saved.id, before.revisionId)) {
      const anchor: CommentAnchor = { start: row.start, end: row.end, quote: quotes.get(row.threadId) ?? '', detached: row.detached };
      const moved = rebaseAnchor(anchor, before.bodyText, saved.bodyText, words);
      if (moved.start === row.start && moved.end === row.end && moved.detached === row.detached) continue;
      this.d.comments.insertAnchor({ threadId: row.threadId, revisionId: saved.revisionId, start: moved.start, end: moved.end, detached: moved.detached, at });
    }
  };

  private setResolved(articleId: string, threadId: string, action: ThreadAction, user: UserRef): CommentThread {
    return this.d.tx.transaction(() => {
      const article = this.d.articles.get(articleId);
      this.threadOf(articleId, threadId);
      const resolved = this.resolvedIds(articleId).has(threadId);
      if (resolved !== (action === 'resolve')) {
        this.d.comments.insertEvent({ id: this.d.ids.newId(), threadId, action, user: userRefOf(user), at: this.now() });
      }
      return this.threadView(article, threadId);
    });
  }

  private threadOf(articleId: string, threadId: string): StoredThread {
    const thread = this.d.comments.thread(threadId);
    if (!thread || thread.articleId !== articleId) throw new AppError(ErrorCode.NOT_FOUND, THREAD_NOT_FOUND);
    return thread;
  }

  private resolvedIds(articleId: string): Set<string> {
    return new Set(this.d.comments.latestEvents(articleId).filter((e) => e.action === 'resolve').map((e) => e.threadId));
  }

  private threadView(article: Article, threadId: string): CommentThread {
    return this.threadsOf(article).find((t) => t.id === threadId)!;
  }

  /** The article's threads in text order, detached ones last. */
  private threadsOf(article: Article): CommentThread[] {
    const anchors = new Map(this.d.comments.anchors(article.id, article.revisionId).map((a) => [a.threadId, a]));
    const events = new Map(this.d.comments.latestEvents(article.id).map((e) => [e.threadId, e]));
    const messages = new Map<string, CommentThread['messages']>();
    for (const m of this.d.comments.messages(article.id)) {
      const list = messages.get(m.threadId) ?? [];
      list.push({ id: m.id, author: m.author, body: m.body, createdAt: m.createdAt });
      messages.set(m.threadId, list);
    }
    const threads = this.d.comments.threads(article.id).map((t): CommentThread => {
      const row = anchors.get(t.id);
      const event = events.get(t.id);
      const resolved = event?.action === 'resolve';
      return {
        id: t.id,
        articleId: t.articleId,
        anchor: row ? { start: row.start, end: row.end, quote: t.quote, detached: row.detached } : { start: t.start, end: t.end, quote: t.quote, detached: true },
        resolved,
        resolvedBy: resolved ? event.user : null,
        resolvedAt: resolved ? event.at : null,
        messages: messages.get(t.id) ?? [],
        createdAt: t.createdAt,
        createdBy: t.createdBy
      };
    });
    return threads.sort(byPosition);
  }

  private now(): string {
    return this.d.clock.now().toISOString();
  }
}

function validBody(text: string): string {
  const body = nfc(text).trim();
  if (body === '') throw new AppError(ErrorCode.INVALID_INPUT, EMPTY_BODY);
  if (body.length > MAX_COMMENT) throw new AppError(ErrorCode.INVALID_INPUT, TOO_LONG);
  return body;
}

function byPosition(a: CommentThread, b: CommentThread): number {
  if (a.anchor.detached !== b.anchor.detached) return a.anchor.detached ? 1 : -1;
  return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** Every anchor of one save diffs the same changed stretch: compute that word diff once. */
function lastCallMemo(words: WordDiff): WordDiff {
  let last: { before: string; after: string; chunks: ReturnType<WordDiff> } | null = null;
  return (before, after) => {
    if (last?.before !== before || last.after !== after) last = { before, after, chunks: words(before, after) };
    return last.chunks;
  };
}
