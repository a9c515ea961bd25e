// Setting a password (first-run setup, Đổi mật khẩu, an administrator creating an account or resetting
// a password) runs scrypt twice, for the hash and the signing key's encryption key: ~1.2 s at the
// standard cost. It must never hold the event loop, or every window freezes meanwhile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { openApp, type App } from './app';
import { ScryptPasswordHasher } from './adapters/crypto/password-hasher';
import { SAMPLE_SCRYPT } from './adapters/crypto/scrypt';
import { SqliteKeyVault } from './adapters/crypto/key-vault';

const apps: Array<{ app: App; dir: string }> = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const { app, dir } of apps.splice(0)) {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** True when a callback queued just before `set` ran before `set` resolved: the event loop stayed free. */
async function otherWorkRanDuring(set: () => Promise<unknown>): Promise<boolean> {
  let ran = false;
  setImmediate(() => (ran = true));
  await set();
  return ran;
}

/**
 * Wraps each derivation so it notes whether a callback queued when it started ran before it finished:
 * scrypt run synchronously (even inside an async function) finishes first.
 */
function watchDerivations(): { calls: string[]; blocked: string[] } {
  const seen = { calls: [] as string[], blocked: [] as string[] };
  const watch = <T extends object>(proto: T, name: keyof T & string): void => {
    const original = proto[name] as (...args: unknown[]) => Promise<unknown>;
    vi.spyOn(proto, name as never).mockImplementation(async function (this: unknown, ...args: unknown[]) {
      let ran = false;
      setImmediate(() => (ran = true));
      const out = await original.apply(this, args);
      seen.calls.push(name);
      if (!ran) seen.blocked.push(name);
      return out;
    } as never);
  };
  watch(ScryptPasswordHasher.prototype, 'hash');
  watch(SqliteKeyVault.prototype, 'createKey');
  watch(SqliteKeyVault.prototype, 'rewrapKey');
  // The synchronous variants are for the sample seed only.
  vi.spyOn(ScryptPasswordHasher.prototype, 'hashSync').mockImplementation(() => (seen.blocked.push('hashSync'), ''));
  vi.spyOn(SqliteKeyVault.prototype, 'createKeySync').mockImplementation(() => {
    throw new Error('createKeySync while setting a password');
  });
  return seen;
}

it('every way of setting a password lets other work run while scrypt derives', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bbt-set-password-'));
  // Real scrypt, at the sample cost so that the test stays quick; the code path is the standard one.
  const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => {}, overrides: { passwords: new ScryptPasswordHasher(SAMPLE_SCRYPT), keyScrypt: SAMPLE_SCRYPT } });
  apps.push({ app, dir });
  const accounts = app.services.accounts;
  const derivations = watchDerivations();

  let admin!: Awaited<ReturnType<typeof accounts.setup>>;
  expect(await otherWorkRanDuring(async () => (admin = await accounts.setup({ login: 'quantri', fullName: 'Quản Trị', position: '', password: 'quantri-123' })))).toBe(true);
  let lan!: Awaited<ReturnType<typeof accounts.create>>;
  const newLan = { login: 'bientap', fullName: 'Lê Thị Lan', position: '', roles: ['bien_tap_vien' as const], password: 'bientap-123' };
  expect(await otherWorkRanDuring(async () => (lan = await accounts.create(admin, newLan)))).toBe(true);
  expect(await otherWorkRanDuring(() => accounts.resetPassword(admin, lan.id, 'dat-lai-123'))).toBe(true);
  const asLan = await accounts.login('bientap', 'dat-lai-123');
  expect(await otherWorkRanDuring(() => accounts.changePassword(asLan, 'dat-lai-123', 'cua-rieng-toi'))).toBe(true);
  expect(await otherWorkRanDuring(() => accounts.changePassword(admin, 'quantri-123', 'quantri-moi-1'))).toBe(true);

  expect(derivations.blocked).toEqual([]);
  // setup, create and reset: a hash and a new key each; Lan's change replaces the reset key, the administrator's re-wraps.
  expect(derivations.calls.sort()).toEqual([...Array(5).fill('hash'), ...Array(4).fill('createKey'), 'rewrapKey'].sort());

  // And each of them did set the password.
  expect((await accounts.login('bientap', 'cua-rieng-toi')).id).toBe(lan.id);
  expect((await accounts.login('quantri', 'quantri-moi-1')).id).toBe(admin.id);
});
