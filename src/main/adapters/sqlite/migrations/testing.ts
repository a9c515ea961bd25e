// For migration tests: a fresh database file migrated up to (and including) one version.
import Database from 'better-sqlite3';
import { migrate } from '../migrate';
import { tempDbFile } from '../test-fixtures';
import { MIGRATIONS } from './index';

export function databaseAt(version: number): Database.Database {
  const db = new Database(tempDbFile());
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.filter((m) => m.version <= version));
  return db;
}

export function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}
