// Security settings as one JSON value in the `settings` table; missing keys fall back to the defaults.
import type Database from 'better-sqlite3';
import type { SecuritySettingsRepository } from '../../../core/ports';
import { DEFAULT_SECURITY, type SecuritySettings } from '../../../shared/accounts';

const SECURITY_KEY = 'security';

export class SqliteSecuritySettingsRepository implements SecuritySettingsRepository {
  private readonly read: Database.Statement<[string], { value: string }>;
  private readonly write: Database.Statement<[string, string, string]>;

  constructor(db: Database.Database, private readonly now: () => Date = () => new Date()) {
    this.read = db.prepare('SELECT value FROM settings WHERE key = ?');
    this.write = db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`
    );
  }

  getSecurity(): SecuritySettings {
    const row = this.read.get(SECURITY_KEY);
    return { ...DEFAULT_SECURITY, ...(row ? (JSON.parse(row.value) as Partial<SecuritySettings>) : {}) };
  }

  saveSecurity(settings: SecuritySettings): void {
    this.write.run(SECURITY_KEY, JSON.stringify(settings), this.now().toISOString());
  }
}
