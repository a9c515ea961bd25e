// Applies pending migrations, all in one transaction, and records the version in PRAGMA user_version.
import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index';
import type { Migration } from './migrations/migration';

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Returns the versions before and after. A failure leaves the database exactly as it was. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const from = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > from);
  const last = pending[pending.length - 1];
  if (!last) return { from, to: from };
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${last.version}`);
  })();
  return { from, to: last.version };
}
