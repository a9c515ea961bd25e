// One JSON value per key in the `settings` table; each settings repository reads and writes through it.
import type Database from 'better-sqlite3';

export class JsonSettings {
  private readonly read: Database.Statement<[string], { value: string }>;
  private readonly write: Database.Statement<[string, string, string]>;

  constructor(db: Database.Database, private readonly now: () => Date = () => new Date()) {
    this.read = db.prepare('SELECT value FROM settings WHERE key = ?');
    this.write = db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`
    );
  }

  /** The saved value, or an empty object when nothing was saved (callers fill in defaults). */
  get<T extends object>(key: string): Partial<T> {
    const row = this.read.get(key);
    return row ? (JSON.parse(row.value) as Partial<T>) : {};
  }

  set(key: string, value: object): void {
    this.write.run(key, JSON.stringify(value), this.now().toISOString());
  }
}
