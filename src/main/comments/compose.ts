// Builds the comment service over the workspace database and has it carry every thread's anchor to
// each new revision of an article. Called by the composition root (app.ts) before the workflow,
// which asks it which threads are open.
import type Database from 'better-sqlite3';
import type { ArticleService } from '../../core/articles/article-service';
import { CommentService } from '../../core/comments/comment-service';
import type { Clock, IdGenerator, TransactionRunner } from '../../core/ports';
import { SqliteCommentRepository } from '../adapters/sqlite/comment-repository';
import { SqliteVersionRepository } from '../adapters/sqlite/version-repository';
import { anchorWords } from '../handlers/compare-handlers';

export interface CommentCompositionDeps {
  /** The open workspace database (SqliteStore.db). */
  db: Database.Database;
  articles: ArticleService;
  tx: TransactionRunner;
  clock: Clock;
  ids: IdGenerator;
}

export function composeComments(d: CommentCompositionDeps): CommentService {
  const versions = new SqliteVersionRepository(d.db);
  const comments = new CommentService({
    comments: new SqliteCommentRepository(d.db),
    articles: d.articles,
    revisionText: (articleId, revisionId) => {
      const snapshot = versions.snapshot(revisionId);
      return snapshot?.id === articleId ? snapshot.bodyText : null;
    },
    words: anchorWords,
    tx: d.tx,
    clock: d.clock,
    ids: d.ids
  });
  d.articles.onRevision(comments.onRevision);
  return comments;
}
