// Edit-lock leases over SQLite: one row per locked article.
import type Database from 'better-sqlite3';
import type { EditLockRecord, LockRepository } from '../../../core/workflow/ports';

interface LockRow {
  article_id: string;
  holder_id: string;
  holder_name: string;
  since: string;
  expires_at: string;
}

export class SqliteLockRepository implements LockRepository {
  constructor(private readonly db: Database.Database) {}

  get(articleId: string): EditLockRecord | null {
    const r = this.db.prepare('SELECT * FROM edit_locks WHERE article_id = ?').get(articleId) as LockRow | undefined;
    return r ? { articleId: r.article_id, holder: { id: r.holder_id, name: r.holder_name }, since: r.since, expiresAt: r.expires_at } : null;
  }

  put(l: EditLockRecord): void {
    this.db
      .prepare(
        `INSERT INTO edit_locks (article_id, holder_id, holder_name, since, expires_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET holder_id = excluded.holder_id, holder_name = excluded.holder_name,
           since = excluded.since, expires_at = excluded.expires_at`
      )
      .run(l.articleId, l.holder.id, l.holder.name, l.since, l.expiresAt);
  }

  remove(articleId: string): void {
    this.db.prepare('DELETE FROM edit_locks WHERE article_id = ?').run(articleId);
  }
}
