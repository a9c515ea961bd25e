import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { SqliteAccountRepository } from '../sqlite/account-repository';
import { SqliteKeyRepository } from '../sqlite/key-repository';
import { createSqliteStore } from '../sqlite/store';
import { tempDbFile } from '../sqlite/test-fixtures';
import { SqliteKeyVault } from './key-vault';
import { ScryptPasswordHasher } from './password-hasher';

const FAST = { N: 1024, r: 8, p: 1 };
const clock = { now: () => new Date('2026-03-02T08:00:00.000Z') };

describe('ScryptPasswordHasher', () => {
  const hasher = new ScryptPasswordHasher(FAST);

  it('accepts the right password (NFC or NFD), refuses others, never stores the password', () => {
    const stored = hasher.hash('Mật khẩu dài');
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain('Mật khẩu');
    expect(hasher.verify('Mật khẩu dài', stored)).toBe(true);
    expect(hasher.verify('Mật khẩu dài'.normalize('NFD'), stored)).toBe(true);
    expect(hasher.verify('mật khẩu dài', stored)).toBe(false);
    expect(hasher.hash('Mật khẩu dài')).not.toBe(stored);
    expect(hasher.verify('x', 'rác')).toBe(false);
  });
});

function vaultWithUser() {
  const store = createSqliteStore(tempDbFile());
  const userId = uuidv7();
  new SqliteAccountRepository(store.db).insert(
    { id: userId, login: 'truongban', fullName: 'Trần Văn Minh', position: 'Phó Chủ tịch', roles: ['truong_ban'], disabled: false, createdAt: clock.now().toISOString() },
    { passwordHash: 'x' }
  );
  const keys = new SqliteKeyRepository(store.db);
  return { store, keys, userId, vault: new SqliteKeyVault(keys, clock, FAST) };
}

describe('SqliteKeyVault', () => {
  it('signs with the password-unlocked key; the signature verifies with the public key only', () => {
    const { vault, userId, store } = vaultWithUser();
    const key = vault.createKey(userId, 'mat-khau-1');
    expect(key.keyId).toMatch(/^[0-9a-f]{32}$/);
    const { keyId, signature } = vault.sign(userId, 'mat-khau-1', 'Bài viết đã duyệt');
    expect(keyId).toBe(key.keyId);
    expect(vault.verify(key.publicKeyPem, 'Bài viết đã duyệt', signature)).toBe(true);
    expect(vault.verify(key.publicKeyPem, 'Bài viết đã sửa', signature)).toBe(false);
    expect(() => vault.sign(userId, 'sai-mat-khau', 'x')).toThrow('Mật khẩu không đúng.');
    const raw = store.db.prepare('SELECT encrypted_private_key FROM user_keys').get() as { encrypted_private_key: Buffer };
    expect(raw.encrypted_private_key.toString('latin1')).not.toContain('PRIVATE');
  });

  it('re-wraps on password change: the new password signs with the same key, the old one is refused', () => {
    const { vault, userId } = vaultWithUser();
    const key = vault.createKey(userId, 'cu-12345');
    expect(() => vault.rewrapKey(userId, 'nham-12345', 'moi-12345')).toThrow('Mật khẩu không đúng.');
    vault.rewrapKey(userId, 'cu-12345', 'moi-12345');
    expect(() => vault.sign(userId, 'cu-12345', 'x')).toThrow('Mật khẩu không đúng.');
    expect(vault.sign(userId, 'moi-12345', 'x').keyId).toBe(key.keyId);
  });

  it('a new key (reset) becomes active while old signatures stay verifiable', () => {
    const { vault, userId, keys } = vaultWithUser();
    const old = vault.createKey(userId, 'cu-12345');
    const oldSig = vault.sign(userId, 'cu-12345', 'bản đã ký');
    const fresh = vault.createKey(userId, 'moi-12345');
    expect(fresh.keyId).not.toBe(old.keyId);
    expect(vault.activeKey(userId)?.keyId).toBe(fresh.keyId);
    expect(vault.sign(userId, 'moi-12345', 'y').keyId).toBe(fresh.keyId);
    expect(() => vault.sign(userId, 'cu-12345', 'y')).toThrow('Mật khẩu không đúng.');
    const kept = vault.publicKey(old.keyId)!;
    expect(vault.verify(kept.publicKeyPem, 'bản đã ký', oldSig.signature)).toBe(true);
    expect(keys.forUser(userId).filter((k) => k.active).map((k) => k.keyId)).toEqual([fresh.keyId]);
    expect(keys.forUser(userId)).toHaveLength(2);
  });
});
