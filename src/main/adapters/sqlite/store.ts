// The SQLite workspace store: one open database and every repository over it.
import type Database from 'better-sqlite3';
import type { ArticleRepository, HistoryRepository, ProfileRepository, SettingsRepository, TransactionRunner } from '../../../core/ports';
import { SqliteArticleRepository } from './article-repository';
import { openDatabase, type OpenDatabaseOptions } from './database';
import { SqliteHistoryRepository } from './history-repository';
import { SqliteProfileRepository } from './profile-repository';
import { SqliteSettingsRepository } from './settings-repository';

export interface SqliteStore {
  db: Database.Database;
  articles: ArticleRepository;
  history: HistoryRepository;
  profiles: ProfileRepository;
  settings: SettingsRepository;
  /** Runs several repository calls as one durable transaction (nested calls become savepoints). */
  tx: TransactionRunner;
  /** True when the previous session crashed; the database passed quick_check before this returned. */
  uncleanShutdown: boolean;
  /** Marks a clean shutdown and closes the database. */
  close(): void;
}

/**
 * Opens or creates the workspace database at `file` (e.g. `<workspace>/workspace.sqlite`), applies
 * migrations and returns the repositories. Throws AppError WORKSPACE_TOO_NEW / WORKSPACE_DAMAGED /
 * WORKSPACE_LOCKED with a Vietnamese message when the file cannot be used.
 */
export function createSqliteStore(file: string, opts: OpenDatabaseOptions = {}): SqliteStore {
  const opened = openDatabase(file, opts);
  const { db } = opened;
  return {
    db,
    articles: new SqliteArticleRepository(db),
    history: new SqliteHistoryRepository(db),
    profiles: new SqliteProfileRepository(db),
    settings: new SqliteSettingsRepository(db),
    tx: { transaction: <T>(fn: () => T): T => db.transaction(fn)() },
    uncleanShutdown: opened.uncleanShutdown,
    close: opened.close
  };
}
