// "Lịch sử" of the whole workspace: an append-only, hash-chained audit log. Each row's hash covers
// its canonical form and the previous row's hash (see src/core/audit/chain.ts).
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0100: Migration = {
  version: 100,
  name: 'audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        seq         INTEGER PRIMARY KEY,           -- 1, 2, 3… in append order (part of the hash)
        id          TEXT NOT NULL UNIQUE,          -- UUIDv7
        at          TEXT NOT NULL,                 -- UTC ISO
        user_id     TEXT,
        user_name   TEXT,
        action      TEXT NOT NULL,
        article_id  TEXT,
        description TEXT NOT NULL,
        details     TEXT NOT NULL CHECK (json_valid(details)),
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL
      );
      CREATE INDEX audit_log_by_article ON audit_log (article_id, seq);
      CREATE INDEX audit_log_by_user ON audit_log (user_id, seq);
      CREATE INDEX audit_log_by_action ON audit_log (action, seq);
      CREATE INDEX audit_log_by_at ON audit_log (at);
      ${appendOnlyTriggers('audit_log', 'nhật ký chỉ được ghi thêm, không được sửa hay xóa')}
    `);
  }
};
