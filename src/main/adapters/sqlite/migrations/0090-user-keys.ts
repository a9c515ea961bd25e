// Ed25519 keys per user. The private key is stored encrypted (AES-256-GCM under a key derived from
// the user's password with scrypt); public keys are kept forever so old signatures stay verifiable.
import type { Migration } from './migration';

export const migration0090: Migration = {
  version: 90,
  name: 'user-keys',
  up(db) {
    db.exec(`
      CREATE TABLE user_keys (
        key_id                TEXT PRIMARY KEY,      -- SHA-256 of the public key DER (hex, 32 chars)
        user_id               TEXT NOT NULL REFERENCES users (id),
        public_key_pem        TEXT NOT NULL,
        encrypted_private_key BLOB NOT NULL,         -- PKCS#8 DER, AES-256-GCM
        kdf                   TEXT NOT NULL,         -- scrypt parameters, e.g. "scrypt$32768$8$1"
        salt                  BLOB NOT NULL,
        iv                    BLOB NOT NULL,
        tag                   BLOB NOT NULL,
        created_at            TEXT NOT NULL,
        active                INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) WITHOUT ROWID;
      CREATE INDEX user_keys_by_user ON user_keys (user_id, created_at);
      CREATE UNIQUE INDEX user_keys_one_active ON user_keys (user_id) WHERE active = 1;
      CREATE TRIGGER user_keys_no_delete BEFORE DELETE ON user_keys
      BEGIN SELECT RAISE(ABORT, 'user_keys: khóa công khai không được xóa'); END;
      CREATE TRIGGER user_keys_public_fixed BEFORE UPDATE OF key_id, user_id, public_key_pem, created_at ON user_keys
      BEGIN SELECT RAISE(ABORT, 'user_keys: khóa công khai không được sửa'); END;
      CREATE TRIGGER user_keys_no_reactivate BEFORE UPDATE OF active ON user_keys WHEN OLD.active = 0 AND NEW.active = 1
      BEGIN SELECT RAISE(ABORT, 'user_keys: khóa cũ không được dùng lại'); END;
    `);
  }
};
