// Rows of `user_keys` (migrations 0090, 0240): public keys forever, private keys only encrypted.
import type Database from 'better-sqlite3';
import type { KeyOrigin, PublicKeyRecord } from '../../../core/ports';

export interface StoredKey extends PublicKeyRecord {
  encryptedPrivateKey: Buffer;
  kdf: string;
  salt: Buffer;
  iv: Buffer;
  tag: Buffer;
  active: boolean;
  origin: KeyOrigin;
  pending: boolean;
}

interface KeyRow {
  key_id: string;
  user_id: string;
  public_key_pem: string;
  encrypted_private_key: Buffer;
  kdf: string;
  salt: Buffer;
  iv: Buffer;
  tag: Buffer;
  created_at: string;
  active: number;
  origin: KeyOrigin;
  state: 'active' | 'pending';
}

export class SqliteKeyRepository {
  private readonly insertStmt: Database.Statement<[string, string, string, Buffer, string, Buffer, Buffer, Buffer, string, KeyOrigin, string]>;
  private readonly deactivateStmt: Database.Statement<[string]>;
  private readonly rewrapStmt: Database.Statement<[Buffer, string, Buffer, Buffer, Buffer, string]>;
  private readonly activeStmt: Database.Statement<[string], KeyRow>;
  private readonly byIdStmt: Database.Statement<[string], KeyRow>;
  private readonly byUserStmt: Database.Statement<[string], KeyRow>;

  constructor(private readonly db: Database.Database) {
    this.insertStmt = db.prepare(
      `INSERT INTO user_keys (key_id, user_id, public_key_pem, encrypted_private_key, kdf, salt, iv, tag, created_at, active, origin, state)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`
    );
    this.deactivateStmt = db.prepare('UPDATE user_keys SET active = 0 WHERE user_id = ? AND active = 1');
    this.rewrapStmt = db.prepare('UPDATE user_keys SET encrypted_private_key = ?, kdf = ?, salt = ?, iv = ?, tag = ? WHERE key_id = ?');
    this.activeStmt = db.prepare('SELECT * FROM user_keys WHERE user_id = ? AND active = 1');
    this.byIdStmt = db.prepare('SELECT * FROM user_keys WHERE key_id = ?');
    this.byUserStmt = db.prepare('SELECT * FROM user_keys WHERE user_id = ? ORDER BY created_at, key_id');
  }

  /** Makes `key` the user's only active key; earlier keys stay, inactive, for verification. */
  addActive(key: Omit<StoredKey, 'active'>): void {
    this.db.transaction(() => {
      this.deactivateStmt.run(key.userId);
      this.insertStmt.run(key.keyId, key.userId, key.publicKeyPem, key.encryptedPrivateKey, key.kdf, key.salt, key.iv, key.tag, key.createdAt, key.origin, key.pending ? 'pending' : 'active');
    })();
  }

  /** Replaces the encryption of a private key (same key pair, new password). */
  rewrap(keyId: string, wrapped: Pick<StoredKey, 'encryptedPrivateKey' | 'kdf' | 'salt' | 'iv' | 'tag'>): void {
    this.rewrapStmt.run(wrapped.encryptedPrivateKey, wrapped.kdf, wrapped.salt, wrapped.iv, wrapped.tag, keyId);
  }

  active(userId: string): StoredKey | null {
    const r = this.activeStmt.get(userId);
    return r ? toKey(r) : null;
  }

  get(keyId: string): StoredKey | null {
    const r = this.byIdStmt.get(keyId);
    return r ? toKey(r) : null;
  }

  forUser(userId: string): StoredKey[] {
    return this.byUserStmt.all(userId).map(toKey);
  }
}

function toKey(r: KeyRow): StoredKey {
  return {
    keyId: r.key_id,
    userId: r.user_id,
    publicKeyPem: r.public_key_pem,
    encryptedPrivateKey: r.encrypted_private_key,
    kdf: r.kdf,
    salt: r.salt,
    iv: r.iv,
    tag: r.tag,
    createdAt: r.created_at,
    active: r.active === 1,
    origin: r.origin,
    pending: r.state === 'pending'
  };
}
