// Storage of review comments (implemented over SQLite in src/main/adapters/sqlite/comment-repository.ts).
// Every record is immutable; state (resolved, where a thread points now) is derived from them.
import type { UserRef } from '../../shared/article';

/** A thread as it was opened: the words chosen in the revision the commenter saw. */
export interface StoredThread {
  id: string;
  articleId: string;
  createdAt: string;
  createdBy: UserRef;
  quote: string;
  revisionId: string;
  start: number;
  end: number;
}

export interface StoredMessage {
  id: string;
  threadId: string;
  articleId: string;
  author: UserRef;
  body: string;
  createdAt: string;
}

export type ThreadAction = 'resolve' | 'reopen';

export interface ThreadEvent {
  id: string;
  threadId: string;
  action: ThreadAction;
  user: UserRef;
  at: string;
}

/** Where a thread points in the plain text of one revision. */
export interface AnchorRow {
  threadId: string;
  revisionId: string;
  start: number;
  end: number;
  detached: boolean;
  at: string;
}

export interface CommentRepository {
  insertThread(t: StoredThread): void;
  insertMessage(m: StoredMessage): void;
  insertEvent(e: ThreadEvent): void;
  insertAnchor(a: AnchorRow): void;
  thread(threadId: string): StoredThread | null;
  /** The article's threads, oldest first. */
  threads(articleId: string): StoredThread[];
  /** Every message of the article's threads, in the order they were written. */
  messages(articleId: string): StoredMessage[];
  /** The latest event of each of the article's threads that has any. */
  latestEvents(articleId: string): ThreadEvent[];
  /**
   * Per thread of the article: its row for `revisionId`, or else its latest row, which is where it
   * points in the current revision (rows are written only when an anchor moves).
   */
  anchors(articleId: string, revisionId: string): AnchorRow[];
}
