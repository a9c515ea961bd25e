// SettingsRepository: small JSON values by key (editable lists with Vietnamese defaults).
import type Database from 'better-sqlite3';
import type { SettingsRepository } from '../../../core/ports';
import { DEFAULT_ARTICLE_TYPES, DEFAULT_CATEGORIES } from '../../../shared/article';
import type { EditableLists } from '../../../shared/contract';

const LISTS_KEY = 'lists';

export class SqliteSettingsRepository implements SettingsRepository {
  private readonly read: Database.Statement<[string], { value: string }>;
  private readonly write: Database.Statement<[string, string, string]>;

  constructor(db: Database.Database, private readonly now: () => Date = () => new Date()) {
    this.read = db.prepare('SELECT value FROM settings WHERE key = ?');
    this.write = db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`
    );
  }

  getLists(): EditableLists {
    const row = this.read.get(LISTS_KEY);
    const saved = row ? (JSON.parse(row.value) as Partial<EditableLists>) : {};
    return {
      categories: saved.categories ?? [...DEFAULT_CATEGORIES],
      articleTypes: saved.articleTypes ?? [...DEFAULT_ARTICLE_TYPES]
    };
  }

  saveLists(lists: EditableLists): void {
    const value = { categories: lists.categories, articleTypes: lists.articleTypes };
    this.write.run(LISTS_KEY, JSON.stringify(value), this.now().toISOString());
  }
}
