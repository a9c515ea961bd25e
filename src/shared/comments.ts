// Review comments anchored to words of an article's body. They live beside the article, never inside
// its content: nothing here is ever published, printed or exported.
import type { UserRef } from './article';

export const MAX_COMMENT = 4000;

/**
 * Where a thread points: a span of the article's plain text (`Article.bodyText`, the text every
 * save derives from the body), kept in place across edits. `quote` is the text as it was when the
 * comment was made; `detached` means the words were deleted and the thread no longer points anywhere.
 */
export interface CommentAnchor {
  start: number;
  end: number;
  quote: string;
  detached: boolean;
}

export interface CommentMessage {
  id: string;
  author: UserRef;
  body: string;
  createdAt: string;
}

export interface CommentThread {
  id: string;
  articleId: string;
  anchor: CommentAnchor;
  resolved: boolean;
  /** Who resolved it and when, while resolved. */
  resolvedBy: UserRef | null;
  resolvedAt: string | null;
  /** The opening comment first, then replies in order. */
  messages: CommentMessage[];
  createdAt: string;
  createdBy: UserRef;
}

/** The threads of an article with the text their anchors refer to (the current revision's). */
export interface CommentList {
  revisionId: string;
  bodyText: string;
  threads: CommentThread[];
}
