// HistoryRepository: the append-only "Lịch sử" of each article.
import type Database from 'better-sqlite3';
import type { HistoryRepository } from '../../../core/ports';
import type { HistoryEntry } from '../../../shared/article';
import { toUtcIso } from './time';

interface HistoryRow {
  id: string;
  at: string;
  user_id: string;
  user_name: string;
  action: string;
  description: string;
  version: number | null;
}

export class SqliteHistoryRepository implements HistoryRepository {
  private readonly insert: Database.Statement;
  private readonly select: Database.Statement<[string], HistoryRow>;

  constructor(db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO article_history (id, article_id, at, user_id, user_name, action, description, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    );
    this.select = db.prepare('SELECT * FROM article_history WHERE article_id = ? ORDER BY at, id');
  }

  append(articleId: string, e: HistoryEntry): void {
    this.insert.run(e.id, articleId, toUtcIso(e.at), e.user.id, e.user.name, e.action, e.description, e.version);
  }

  list(articleId: string): HistoryEntry[] {
    return this.select.all(articleId).map((r) => ({
      id: r.id,
      at: r.at,
      user: { id: r.user_id, name: r.user_name },
      action: r.action,
      description: r.description,
      version: r.version
    }));
  }
}
