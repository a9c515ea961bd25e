// Accounts: users get a position, roles, a disabled flag and a password hash. The foundation's
// password-less local user cannot log in, so it is removed: the first run then creates the administrator.
import type { Migration } from './migration';

export const migration0080: Migration = {
  version: 80,
  name: 'accounts',
  up(db) {
    db.exec(`
      ALTER TABLE users ADD COLUMN position      TEXT NOT NULL DEFAULT '';
      ALTER TABLE users ADD COLUMN roles         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles) AND json_type(roles) = 'array');
      ALTER TABLE users ADD COLUMN disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1));
      ALTER TABLE users ADD COLUMN password_hash TEXT;
      ALTER TABLE users ADD COLUMN updated_at    TEXT;
      DELETE FROM users WHERE password_hash IS NULL;
      UPDATE users SET updated_at = created_at WHERE updated_at IS NULL;
      CREATE TRIGGER users_no_delete BEFORE DELETE ON users
      BEGIN SELECT RAISE(ABORT, 'users: tài khoản không bị xóa, chỉ bị khóa (disabled)'); END;
    `);
  }
};
