// How each signing key was created (origin) and whether it may sign (state). A key made by an
// administrator's password reset is 'pending': the administrator knows its password, so it never
// signs; the user's own password change makes a fresh key. Keys reset before this migration are found
// through their audit entry ('user.password-reset' names the key) so that verify can flag their sign-offs.
import type { Migration } from './migration';

export const migration0240: Migration = {
  version: 240,
  name: 'key-origin',
  up(db) {
    db.exec(`
      ALTER TABLE user_keys ADD COLUMN origin TEXT NOT NULL DEFAULT 'legacy'
        CHECK (origin IN ('legacy', 'setup', 'created', 'self', 'reset'));
      ALTER TABLE user_keys ADD COLUMN state TEXT NOT NULL DEFAULT 'active'
        CHECK (state IN ('active', 'pending'));
      UPDATE user_keys SET origin = 'reset' WHERE key_id IN (
        SELECT json_extract(details, '$.keyId') FROM audit_log WHERE action = 'user.password-reset'
      );
      CREATE TRIGGER user_keys_origin_fixed BEFORE UPDATE OF origin ON user_keys
      BEGIN SELECT RAISE(ABORT, 'user_keys: nguồn gốc khóa không được sửa'); END;
      CREATE TRIGGER user_keys_pending_stays BEFORE UPDATE OF state ON user_keys WHEN OLD.state = 'pending'
      BEGIN SELECT RAISE(ABORT, 'user_keys: khóa chờ không được kích hoạt'); END;
    `);
  }
};
