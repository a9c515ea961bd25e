// Local workspace state (clean-shutdown marker) and settings stored as JSON.
import type { Migration } from './migration';

export const migration0010: Migration = {
  version: 10,
  name: 'workspace-meta',
  up(db) {
    db.exec(`
      -- State of this PC's copy of the workspace; never replicated.
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO meta (key, value) VALUES ('clean_shutdown', '1');

      CREATE TABLE settings (
        key        TEXT PRIMARY KEY,
        value      TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  }
};
