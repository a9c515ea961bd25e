// Shape of one schema migration. Each file adds exactly one version (steps of 10).
import type Database from 'better-sqlite3';

export interface Migration {
  /** The `PRAGMA user_version` the database has after this migration. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** SQL for triggers that make a table append-only: rows can be inserted, never changed or removed. */
export function appendOnlyTriggers(table: string, message: string): string {
  return `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${table}: ${message}'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${table}: ${message}'); END;
  `;
}
