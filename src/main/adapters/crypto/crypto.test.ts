import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { SqliteAccountRepository } from '../sqlite/account-repository';
import { SqliteKeyRepository } from '../sqlite/key-repository';
import { createSqliteStore } from '../sqlite/store';
import { tempDbFile } from '../sqlite/test-fixtures';
import { SqliteKeyVault } from './key-vault';
import { ScryptPasswordHasher } from './password-hasher';
import { STANDARD_SCRYPT } from './scrypt';

const FAST = { N: 1024, r: 8, p: 1 };
const clock = { now: () => new Date('2026-03-02T08:00:00.000Z') };

describe('ScryptPasswordHasher', () => {
  const hasher = new ScryptPasswordHasher(FAST);

  it('accepts the right password (NFC or NFD), refuses others, never stores the password', async () => {
    const stored = await hasher.hash('Mật khẩu dài');
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain('Mật khẩu');
    expect(await hasher.verify('Mật khẩu dài', stored)).toBe(true);
    expect(await hasher.verify('Mật khẩu dài'.normalize('NFD'), stored)).toBe(true);
    expect(await hasher.verify('mật khẩu dài', stored)).toBe(false);
    expect(await hasher.hash('Mật khẩu dài')).not.toBe(stored);
    expect(await hasher.verify('x', 'rác')).toBe(false);
  });

  it('defaults to OWASP’s scrypt parameters; older hashes still verify and ask to be replaced', async () => {
    expect(STANDARD_SCRYPT).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    const old = await new ScryptPasswordHasher({ N: 2048, r: 8, p: 1 }).hash('mat-khau-cu');
    expect(await hasher.verify('mat-khau-cu', old)).toBe(true);
    expect(hasher.needsRehash(old)).toBe(true);
    expect(hasher.needsRehash(await hasher.hash('mat-khau-moi'))).toBe(false);
  });

  it('checks passwords off the event loop: a timer keeps ticking through a burst of checks', async () => {
    const slow = new ScryptPasswordHasher({ N: 2 ** 14, r: 8, p: 1 });
    const stored = await slow.hash('mat-khau-dung');
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    try {
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => slow.verify(i % 2 ? 'mat-khau-dung' : 'sai', stored)));
      expect(results.filter(Boolean)).toHaveLength(6);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThanOrEqual(3);
  });
});

/** Runs `set` and notes whether a callback queued just before it ran before it resolved. */
async function eventLoopFreeDuring(set: () => Promise<unknown>): Promise<string[]> {
  const order: string[] = [];
  setImmediate(() => order.push('other work'));
  await set();
  order.push('password set');
  return order;
}

describe('setting a password', () => {
  // A synchronous scrypt would hold the event loop until it returns: the queued callback would run after.
  it('hashes it off the event loop: other work runs before hash() resolves', async () => {
    const slow = new ScryptPasswordHasher({ N: 2 ** 14, r: 8, p: 1 });
    expect(await eventLoopFreeDuring(() => slow.hash('mat-khau-moi'))).toEqual(['other work', 'password set']);
  });

  it('encrypts the new signing key off the event loop, and writes nothing until the caller commits', async () => {
    const { vault, userId, keys } = vaultWithUser({ N: 2 ** 14, r: 8, p: 1 });
    let save: (() => unknown) | undefined;
    expect(await eventLoopFreeDuring(async () => (save = await vault.createKey(userId, 'mat-khau-moi')))).toEqual(['other work', 'password set']);
    expect(keys.forUser(userId)).toHaveLength(0);
    save!();
    expect((await vault.unlock(userId, 'mat-khau-moi')).keyId).toBe(vault.activeKey(userId)?.keyId);
  });

  it('re-wraps the key on a password change off the event loop', async () => {
    const { vault, userId } = vaultWithUser({ N: 2 ** 14, r: 8, p: 1 });
    vault.createKeySync(userId, 'mat-khau-cu');
    expect(await eventLoopFreeDuring(async () => (await vault.rewrapKey(userId, 'mat-khau-cu', 'mat-khau-moi'))())).toEqual(['other work', 'password set']);
  });
});

function vaultWithUser(params = FAST) {
  const store = createSqliteStore(tempDbFile());
  const userId = uuidv7();
  new SqliteAccountRepository(store.db).insert(
    { id: userId, login: 'truongban', fullName: 'Trần Văn Minh', position: 'Phó Chủ tịch', roles: ['truong_ban'], disabled: false, createdAt: clock.now().toISOString() },
    { passwordHash: 'x' }
  );
  const keys = new SqliteKeyRepository(store.db);
  return { store, keys, userId, vault: new SqliteKeyVault(keys, clock, params) };
}

describe('SqliteKeyVault', () => {
  it('signs with the password-unlocked key; the signature verifies with the public key only', () => {
    const { vault, userId, store } = vaultWithUser();
    const key = vault.createKeySync(userId, 'mat-khau-1');
    expect(key.keyId).toMatch(/^[0-9a-f]{32}$/);
    const { keyId, signature } = vault.sign(userId, 'mat-khau-1', 'Bài viết đã duyệt');
    expect(keyId).toBe(key.keyId);
    expect(vault.verify(key.publicKeyPem, 'Bài viết đã duyệt', signature)).toBe(true);
    expect(vault.verify(key.publicKeyPem, 'Bài viết đã sửa', signature)).toBe(false);
    expect(() => vault.sign(userId, 'sai-mat-khau', 'x')).toThrow('Mật khẩu không đúng.');
    const raw = store.db.prepare('SELECT encrypted_private_key FROM user_keys').get() as { encrypted_private_key: Buffer };
    expect(raw.encrypted_private_key.toString('latin1')).not.toContain('PRIVATE');
  });

  it('re-wraps on password change: the new password signs with the same key, the old one is refused', async () => {
    const { vault, userId } = vaultWithUser();
    const key = vault.createKeySync(userId, 'cu-12345');
    await expect(vault.rewrapKey(userId, 'nham-12345', 'moi-12345')).rejects.toThrow('Mật khẩu không đúng.');
    (await vault.rewrapKey(userId, 'cu-12345', 'moi-12345'))();
    expect(() => vault.sign(userId, 'cu-12345', 'x')).toThrow('Mật khẩu không đúng.');
    expect(vault.sign(userId, 'moi-12345', 'x').keyId).toBe(key.keyId);
  });

  it('a new key (reset) becomes active while old signatures stay verifiable', () => {
    const { vault, userId, keys } = vaultWithUser();
    const old = vault.createKeySync(userId, 'cu-12345');
    const oldSig = vault.sign(userId, 'cu-12345', 'bản đã ký');
    const fresh = vault.createKeySync(userId, 'moi-12345');
    expect(fresh.keyId).not.toBe(old.keyId);
    expect(vault.activeKey(userId)?.keyId).toBe(fresh.keyId);
    expect(vault.sign(userId, 'moi-12345', 'y').keyId).toBe(fresh.keyId);
    expect(() => vault.sign(userId, 'cu-12345', 'y')).toThrow('Mật khẩu không đúng.');
    const kept = vault.publicKey(old.keyId)!;
    expect(vault.verify(kept.publicKeyPem, 'bản đã ký', oldSig.signature)).toBe(true);
    expect(keys.forUser(userId).filter((k) => k.active).map((k) => k.keyId)).toEqual([fresh.keyId]);
    expect(keys.forUser(userId)).toHaveLength(2);
  });

  it('a key made by an admin reset is pending: it never unlocks, even with its password', async () => {
    const { vault, userId, keys } = vaultWithUser();
    vault.createKeySync(userId, 'tu-dat-1', 'setup');
    const reset = vault.createKeySync(userId, 'admin-biet-1', 'reset');
    expect(vault.activeKey(userId)).toMatchObject({ keyId: reset.keyId, origin: 'reset', pending: true });
    await expect(vault.unlock(userId, 'admin-biet-1')).rejects.toThrow(/đặt lại/);
    expect(() => vault.sign(userId, 'admin-biet-1', 'x')).toThrow(/đặt lại/);
    const own = vault.createKeySync(userId, 'cua-toi-1', 'self');
    const signer = await vault.unlock(userId, 'cua-toi-1');
    expect(vault.verify(own.publicKeyPem, 'y', signer.sign('y'))).toBe(true);
    expect(keys.forUser(userId).map((k) => [k.origin, k.pending, k.active]).sort()).toEqual([
      ['reset', true, false],
      ['self', false, true],
      ['setup', false, false]
    ]);
  });
});
