// Minimal users: the composition root creates a local default user; issue #3 adds roles and passwords.
import type { Migration } from './migration';

export const migration0020: Migration = {
  version: 20,
  name: 'users',
  up(db) {
    db.exec(`
      CREATE TABLE users (
        id         TEXT PRIMARY KEY,            -- UUIDv7
        login      TEXT NOT NULL UNIQUE COLLATE NOCASE,
        full_name  TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  }
};
