// What `verify` reads besides the audit log: every stored public key and every row users see as
// history (workflow events, article history, revision times), to be matched against the chain.
import type Database from 'better-sqlite3';
import type { HistoryRow, RevisionRow, WorkflowEventRow } from '../../../core/audit/cross-check';
import type { PublicKeyRecord } from '../../../core/ports';

export class SqliteVerifyReader {
  constructor(private readonly db: Database.Database) {}

  keys(): PublicKeyRecord[] {
    return this.db.prepare('SELECT key_id AS keyId, user_id AS userId, public_key_pem AS publicKeyPem, created_at AS createdAt FROM user_keys ORDER BY created_at, key_id').all() as PublicKeyRecord[];
  }

  events(): WorkflowEventRow[] {
    return this.db
      .prepare(
        `SELECT id, article_id AS articleId, at, user_id AS userId, user_name AS userName, action, from_status AS "from", to_status AS "to", reason
         FROM workflow_events ORDER BY id`
      )
      .all() as WorkflowEventRow[];
  }

  history(): HistoryRow[] {
    return this.db
      .prepare('SELECT id, article_id AS articleId, at, user_id AS userId, user_name AS userName, action, description FROM article_history ORDER BY at, id')
      .all() as HistoryRow[];
  }

  revisions(): RevisionRow[] {
    return this.db
      .prepare('SELECT id, article_id AS articleId, version, created_at AS createdAt, created_by AS createdBy FROM article_revisions ORDER BY created_at, id')
      .all() as RevisionRow[];
  }
}
