// "Last version I saw" over SQLite: one row per user and article (see migration 0180).
import type Database from 'better-sqlite3';
import type { Clock } from '../../../core/ports';
import type { ArticleViewRepository, SeenRevisions } from '../../../core/versions/ports';

/** Reopening the same revision keeps what was seen before it; a new revision pushes the last seen one back. */
const RECORD = `
  INSERT INTO article_views (user_id, article_id, last_seen_revision_id, previous_seen_revision_id, seen_at)
  VALUES (@userId, @articleId, @revisionId, NULL, @at)
  ON CONFLICT (user_id, article_id) DO UPDATE SET
    previous_seen_revision_id = CASE WHEN last_seen_revision_id = excluded.last_seen_revision_id
                                     THEN previous_seen_revision_id ELSE last_seen_revision_id END,
    last_seen_revision_id = excluded.last_seen_revision_id,
    seen_at = excluded.seen_at`;

export class SqliteArticleViewRepository implements ArticleViewRepository {
  private readonly upsert: Database.Statement<{ userId: string; articleId: string; revisionId: string; at: string }>;
  private readonly read: Database.Statement<[string, string], SeenRevisions>;

  constructor(
    db: Database.Database,
    private readonly clock: Clock
  ) {
    this.upsert = db.prepare(RECORD);
    this.read = db.prepare(
      `SELECT last_seen_revision_id AS lastSeenRevisionId, previous_seen_revision_id AS previousSeenRevisionId, seen_at AS seenAt
       FROM article_views WHERE user_id = ? AND article_id = ?`
    );
  }

  record(userId: string, articleId: string, revisionId: string): void {
    this.upsert.run({ userId, articleId, revisionId, at: this.clock.now().toISOString() });
  }

  seen(userId: string, articleId: string): SeenRevisions | null {
    return this.read.get(userId, articleId) ?? null;
  }
}
