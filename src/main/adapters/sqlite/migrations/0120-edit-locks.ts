// Edit locks: one lease per article (holder, since, expiry). Mutable on purpose: a lease is
// refreshed by heartbeats and disappears on release; take-overs are recorded in the audit log.
import type { Migration } from './migration';

export const migration0120: Migration = {
  version: 120,
  name: 'edit-locks',
  up(db) {
    db.exec(`
      CREATE TABLE edit_locks (
        article_id  TEXT PRIMARY KEY REFERENCES articles (id),
        holder_id   TEXT NOT NULL,
        holder_name TEXT NOT NULL,
        since       TEXT NOT NULL,
        expires_at  TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  }
};
