// The SQLite workspace store: one open database and every repository over it, each built once here.
import type Database from 'better-sqlite3';
import type { Clock, TransactionRunner } from '../../../core/ports';
import { nodeHasher, systemClock, uuidV7Ids } from '../system';
import { SqliteAccountRepository } from './account-repository';
import { SqliteArticleRepository } from './article-repository';
import { SqliteArticleViewRepository } from './article-view-repository';
import { SqliteAuditLog } from './audit-log';
import { SqliteBulletinIssueRepository, SqliteBulletinProfileRepository } from './bulletin-repository';
import { SqliteCommentRepository } from './comment-repository';
import { openDatabase, type IntegrityCheck, type OpenDatabaseOptions } from './database';
import { SqliteHistoryRepository } from './history-repository';
import { SqliteKeyRepository } from './key-repository';
import { SqliteLockRepository } from './lock-repository';
import { SqliteOutboxRepository } from './outbox-repository';
import { SqliteProfileRepository } from './profile-repository';
import {
  SqlitePublicationDates,
  SqliteRoyaltyDecisionRepository,
  SqliteRoyaltyPeriodRepository,
  SqliteRoyaltySettingsRepository
} from './royalty-repository';
import { SqliteSecuritySettingsRepository } from './security-settings-repository';
import { SqliteSettingsRepository } from './settings-repository';
import { SqliteSignOffRepository } from './signoff-repository';
import { SqliteTargetRepository } from './target-repository';
import { SqliteVersionRepository } from './version-repository';
import { SqliteWorkflowRepository } from './workflow-repository';

export interface SqliteStoreOptions extends OpenDatabaseOptions {
  /** Time for rows that record when they changed (tests pass their own). */
  clock?: Clock;
}

export interface SqliteStore {
  db: Database.Database;
  articles: SqliteArticleRepository;
  history: SqliteHistoryRepository;
  profiles: SqliteProfileRepository;
  settings: SqliteSettingsRepository;
  accounts: SqliteAccountRepository;
  keys: SqliteKeyRepository;
  /** The hash-chained audit log (append and read). */
  audit: SqliteAuditLog;
  securitySettings: SqliteSecuritySettingsRepository;
  workflow: SqliteWorkflowRepository;
  signOffs: SqliteSignOffRepository;
  locks: SqliteLockRepository;
  versions: SqliteVersionRepository;
  comments: SqliteCommentRepository;
  /** "The last version I saw" per user and article. */
  views: SqliteArticleViewRepository;
  /** Publishing targets and their sealed secrets. */
  targets: SqliteTargetRepository;
  /** The outbox, receipts and media already on each target. */
  outbox: SqliteOutboxRepository;
  /** The printed bulletin's profile versions and its issues. */
  bulletinProfiles: SqliteBulletinProfileRepository;
  bulletinIssues: SqliteBulletinIssueRepository;
  /** Royalties: coefficient tables, decisions, closed periods, first publication dates. */
  royaltySettings: SqliteRoyaltySettingsRepository;
  royaltyDecisions: SqliteRoyaltyDecisionRepository;
  royaltyPeriods: SqliteRoyaltyPeriodRepository;
  publicationDates: SqlitePublicationDates;
  /** Runs several repository calls as one durable transaction (nested calls become savepoints). */
  tx: TransactionRunner;
  /** True when the previous session crashed (or its database failed the last check). */
  uncleanShutdown: boolean;
  /** What quick_check found at open (after an unclean shutdown or when asked); null when it did not run. */
  integrity: IntegrityCheck | null;
  /** Marks a clean shutdown and closes the database. */
  close(): void;
}

/**
 * Opens or creates the workspace database at `file` (e.g. `<workspace>/workspace.sqlite`), applies
 * migrations and returns the repositories. Throws AppError WORKSPACE_TOO_NEW / WORKSPACE_DAMAGED /
 * WORKSPACE_LOCKED with a Vietnamese message when the file cannot be used.
 */
export function createSqliteStore(file: string, opts: SqliteStoreOptions = {}): SqliteStore {
  const opened = openDatabase(file, opts);
  const { db } = opened;
  const clock = opts.clock ?? systemClock;
  const now = () => clock.now();
  return {
    db,
    articles: new SqliteArticleRepository(db),
    history: new SqliteHistoryRepository(db),
    profiles: new SqliteProfileRepository(db),
    settings: new SqliteSettingsRepository(db, now),
    accounts: new SqliteAccountRepository(db, now),
    keys: new SqliteKeyRepository(db),
    audit: new SqliteAuditLog(db, nodeHasher, uuidV7Ids),
    securitySettings: new SqliteSecuritySettingsRepository(db, now),
    workflow: new SqliteWorkflowRepository(db),
    signOffs: new SqliteSignOffRepository(db),
    locks: new SqliteLockRepository(db),
    versions: new SqliteVersionRepository(db),
    comments: new SqliteCommentRepository(db),
    views: new SqliteArticleViewRepository(db, clock),
    targets: new SqliteTargetRepository(db),
    outbox: new SqliteOutboxRepository(db),
    bulletinProfiles: new SqliteBulletinProfileRepository(db),
    bulletinIssues: new SqliteBulletinIssueRepository(db),
    royaltySettings: new SqliteRoyaltySettingsRepository(db),
    royaltyDecisions: new SqliteRoyaltyDecisionRepository(db),
    royaltyPeriods: new SqliteRoyaltyPeriodRepository(db),
    publicationDates: new SqlitePublicationDates(db),
    tx: { transaction: <T>(fn: () => T): T => db.transaction(fn)() },
    uncleanShutdown: opened.uncleanShutdown,
    integrity: opened.integrity,
    close: opened.close
  };
}
