import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/accounts';
import { AppError } from '../../shared/errors';
import type { AccountRepository, AuditAppend, KeyVault, PublicKeyRecord, StoredCredentials } from '../ports';
import { AccountService } from './account-service';
import { adminKnewPassword } from './key-origin';

/** In-memory fakes: the hasher "hashes" by prefixing, the vault only remembers which password opens which key. */
async function setup() {
  const rows = new Map<string, { account: Account; creds: StoredCredentials }>();
  const accounts: AccountRepository = {
    get: (id) => rows.get(id)?.account ?? null,
    byLogin: (login) => [...rows.values()].find((r) => r.account.login === login)?.account ?? null,
    list: () => [...rows.values()].map((r) => r.account),
    count: () => rows.size,
    insert: (account, creds) => void rows.set(account.id, { account, creds }),
    update: (account) => void (rows.get(account.id)!.account = account),
    credentials: (id) => rows.get(id)?.creds ?? null,
    setCredentials: (id, creds) => void (rows.get(id)!.creds = creds)
  };
  const keys: Array<PublicKeyRecord & { password: string; active: boolean }> = [];
  let n = 0;
  const vault: KeyVault = {
    async createKey(userId, password, origin) {
      return () => vault.createKeySync(userId, password, origin);
    },
    createKeySync(userId, password, origin = 'self') {
      for (const k of keys) if (k.userId === userId) k.active = false;
      const k = { keyId: `key-${++n}`, userId, publicKeyPem: `PEM-${n}`, createdAt: 'now', password, active: true, origin, pending: adminKnewPassword(origin) };
      keys.push(k);
      return k;
    },
    async rewrapKey(userId, oldPassword, newPassword) {
      const k = keys.find((x) => x.userId === userId && x.active)!;
      if (k.password !== oldPassword) throw new AppError('FORBIDDEN', 'Mật khẩu không đúng.');
      return () => void (k.password = newPassword);
    },
    async unlock(userId, password) {
      const k = keys.find((x) => x.userId === userId && x.active)!;
      if (k.pending || k.password !== password) throw new AppError('FORBIDDEN', 'Mật khẩu không đúng.');
      return { keyId: k.keyId, sign: () => 'sig' };
    },
    unlockSync: () => ({ keyId: 'unused', sign: () => 'sig' }),
    activeKey: (userId) => keys.find((x) => x.userId === userId && x.active) ?? null,
    publicKey: (keyId) => keys.find((x) => x.keyId === keyId) ?? null,
    sign(userId, password) {
      const k = keys.find((x) => x.userId === userId && x.active)!;
      if (k.password !== password) throw new AppError('FORBIDDEN', 'Mật khẩu không đúng.');
      return { keyId: k.keyId, signature: 'sig' };
    },
    verify: () => true
  };
  const audit: AuditAppend[] = [];
  let now = Date.parse('2026-03-02T08:00:00.000Z');
  let id = 0;
  const service = new AccountService({
    accounts,
    hasher: { hash: async (p) => `h:${p}`, hashSync: (p) => `h:${p}`, verify: async (p, s) => s === `h:${p}` },
    keys: vault,
    audit: { append: (e) => (audit.push(e), { ...e, id: String(audit.length), seq: audit.length, hash: '', prevHash: '' }) },
    tx: { transaction: (fn) => fn() },
    clock: { now: () => new Date(now) },
    ids: { newId: () => `u${++id}` }
  });
  const admin = await service.setup({ login: ' QuanTri ', fullName: 'Nguyễn Văn Quản', position: 'Chánh Văn phòng', password: 'quantri-123' });
  return { service, admin, audit, keys, advance: (ms: number) => (now += ms) };
}

const errorOf = async (fn: () => unknown) => {
  try {
    await fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
};

describe('AccountService', () => {
  it('first run creates the administrator once, with a folded login and a signing key', async () => {
    const { service, admin, keys } = await setup();
    expect(admin).toMatchObject({ login: 'quantri', name: 'Nguyễn Văn Quản', roles: ['quan_tri'] });
    expect(keys.filter((k) => k.userId === admin.id)).toHaveLength(1);
    expect(service.needsSetup()).toBe(false);
    expect((await errorOf(() => service.setup({ login: 'khac', fullName: 'Khác', position: '', password: '12345678' }))).code).toBe('CONFLICT');
  });

  it('logs in case-insensitively, refuses a wrong password with one message for both causes, and audits both', async () => {
    const { service, audit } = await setup();
    expect((await service.login('QUANTRI', 'quantri-123')).login).toBe('quantri');
    expect((await errorOf(() => service.login('quantri', 'sai'))).message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect((await errorOf(() => service.login('khong-ai', 'sai'))).message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(audit.map((a) => a.action).slice(-3)).toEqual(['auth.login', 'auth.login-failed', 'auth.login-failed']);
  });

  it('after 5 failures makes the user wait, with the wait in the message, growing; a success clears it', async () => {
    const { service, advance } = await setup();
    for (let i = 0; i < 4; i++) expect((await errorOf(() => service.login('quantri', 'sai'))).code).toBe('UNAUTHENTICATED');
    const fifth = (await errorOf(() => service.login('quantri', 'sai')));
    expect(fifth.code).toBe('TOO_MANY_ATTEMPTS');
    expect(fifth.message).toBe('Bạn đã nhập sai mật khẩu nhiều lần. Hãy thử lại sau 30 giây.');
    // Even the right password waits.
    expect((await errorOf(() => service.login('quantri', 'quantri-123'))).code).toBe('TOO_MANY_ATTEMPTS');
    advance(30_000);
    expect((await errorOf(() => service.login('quantri', 'sai'))).message).toContain('sau 1 phút');
    advance(60_000);
    expect((await service.login('quantri', 'quantri-123')).login).toBe('quantri');
    expect((await errorOf(() => service.login('quantri', 'sai'))).code).toBe('UNAUTHENTICATED');
  });

  it('admin creates, updates and disables users; a disabled user cannot log in', async () => {
    const { service, admin, audit } = await setup();
    const lan = await service.create(admin, { login: 'BienTap', fullName: 'Lê Thị Lan', position: 'Chuyên viên', roles: ['bien_tap_vien'], password: 'bientap-123' });
    expect((await service.login('bientap', 'bientap-123')).roles).toEqual(['bien_tap_vien']);
    service.update(admin, { id: lan.id, fullName: 'Lê Thị Lan', position: 'Chuyên viên', roles: ['bien_tap_vien', 'thu_ky'], disabled: false });
    expect((await service.login('bientap', 'bientap-123')).roles).toEqual(['bien_tap_vien', 'thu_ky']);
    service.update(admin, { id: lan.id, fullName: 'Lê Thị Lan', position: 'Chuyên viên', roles: ['bien_tap_vien'], disabled: true });
    const refused = (await errorOf(() => service.login('bientap', 'bientap-123')));
    expect(refused.message).toContain('vô hiệu hóa');
    expect(service.current(lan.id)).toBeNull();
    expect(audit.map((a) => a.action)).toContain('user.disable');
    expect((await errorOf(() => service.create(admin, { login: 'BIENTAP', fullName: 'Trùng', position: '', roles: ['thanh_vien'], password: '12345678' }))).code).toBe('CONFLICT');
  });

  it('only the administrator manages accounts, and the last administrator cannot be removed', async () => {
    const { service, admin } = await setup();
    await service.create(admin, { login: 'bientap', fullName: 'Lê Thị Lan', position: '', roles: ['bien_tap_vien'], password: 'bientap-123' });
    const lan = await service.login('bientap', 'bientap-123');
    const refused = (await errorOf(() => service.create(lan, { login: 'x', fullName: 'X', position: '', roles: ['quan_tri'], password: '12345678' })));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Chỉ quản trị viên mới được tạo tài khoản.');
    expect((await errorOf(() => service.list(lan))).code).toBe('FORBIDDEN');
    expect((await errorOf(() => service.update(admin, { id: admin.id, fullName: 'Nguyễn Văn Quản', position: '', roles: ['quan_tri'], disabled: true }))).code).toBe('CONFLICT');
  });

  it('password change re-wraps the key; an admin reset makes a new key and keeps the old one', async () => {
    const { service, admin, keys } = await setup();
    expect((await errorOf(() => service.changePassword(admin, 'sai-mat-khau', 'moi-12345678'))).message).toBe('Mật khẩu hiện tại không đúng.');
    expect((await errorOf(() => service.changePassword(admin, 'quantri-123', 'ngan'))).message).toBe('Mật khẩu phải có ít nhất 8 ký tự.');
    await service.changePassword(admin, 'quantri-123', 'moi-12345678');
    expect((await errorOf(() => service.login('quantri', 'quantri-123'))).code).toBe('UNAUTHENTICATED');
    expect((await service.login('quantri', 'moi-12345678')).id).toBe(admin.id);
    expect(keys.filter((k) => k.userId === admin.id).map((k) => [k.password, k.active])).toEqual([['moi-12345678', true]]);

    const lan = await service.create(admin, { login: 'bientap', fullName: 'Lê Thị Lan', position: '', roles: ['bien_tap_vien'], password: 'bientap-123' });
    await service.resetPassword(admin, lan.id, 'dat-lai-123');
    expect((await service.login('bientap', 'dat-lai-123')).id).toBe(lan.id);
    expect(keys.filter((k) => k.userId === lan.id).map((k) => k.active)).toEqual([false, true]);
  });

  it('unlock needs the session user’s own password', async () => {
    const { service, admin, audit } = await setup();
    expect((await errorOf(() => service.unlock(admin, 'sai'))).message).toBe('Mật khẩu không đúng.');
    expect((await service.unlock(admin, 'quantri-123')).id).toBe(admin.id);
    expect(audit.map((a) => a.action).slice(-2)).toEqual(['auth.unlock-failed', 'auth.unlock']);
  });

  it('throttles the old-password check of Đổi mật khẩu like a login and audits each failure', async () => {
    const { service, admin, audit, advance } = await setup();
    const tries = await Promise.all(Array.from({ length: 50 }, () => errorOf(() => service.changePassword(admin, 'doan-mo', 'moi-12345678'))));
    expect(tries.slice(0, 4).map((e) => e.code)).toEqual(Array(4).fill('FORBIDDEN'));
    expect(tries.slice(4).every((e) => e.code === 'TOO_MANY_ATTEMPTS')).toBe(true);
    expect(tries[49]!.message).toMatch(/^Bạn đã nhập sai mật khẩu nhiều lần\. Hãy thử lại sau \d+ giây\.$/);
    // Checks for one user run one at a time, so a burst cannot slip past the count.
    expect(audit.filter((a) => a.action === 'password.change-failed')).toHaveLength(5);
    expect((await errorOf(() => service.changePassword(admin, 'quantri-123', 'moi-12345678'))).code).toBe('TOO_MANY_ATTEMPTS');
    // The same budget as the login.
    expect((await errorOf(() => service.login('quantri', 'quantri-123'))).code).toBe('TOO_MANY_ATTEMPTS');
    advance(30_000);
    await service.changePassword(admin, 'quantri-123', 'moi-12345678');
    expect((await service.login('quantri', 'moi-12345678')).id).toBe(admin.id);
  });

  it('an admin reset leaves a pending key; the user’s own password change makes a fresh key of their own', async () => {
    const { service, admin, keys } = await setup();
    const tb = await service.create(admin, { login: 'truongban', fullName: 'Trần Quốc Bảo', position: '', roles: ['truong_ban'], password: 'truongban-1' });
    await service.resetPassword(admin, tb.id, 'dat-lai-123');
    const reset = keys.find((k) => k.userId === tb.id && k.active)!;
    expect(reset).toMatchObject({ origin: 'reset', pending: true });
    await service.changePassword(await service.login('truongban', 'dat-lai-123'), 'dat-lai-123', 'cua-rieng-toi');
    const own = keys.find((k) => k.userId === tb.id && k.active)!;
    expect(own).toMatchObject({ origin: 'self', pending: false, password: 'cua-rieng-toi' });
    expect(own.keyId).not.toBe(reset.keyId);
  });

  it('audits the Quản trị + Trưởng ban combination when it is granted', async () => {
    const { service, admin, audit } = await setup();
    const both = await service.create(admin, { login: 'kiemnhiem', fullName: 'Võ Văn Kiêm', position: '', roles: ['quan_tri', 'truong_ban'], password: 'kiemnhiem-1' });
    expect(audit.filter((a) => a.action === 'user.admin-signer').map((a) => a.details)).toEqual([{ userId: both.id, roles: ['quan_tri', 'truong_ban'] }]);
    service.update(admin, { id: both.id, fullName: 'Võ Văn Kiêm', position: 'Mới', roles: ['quan_tri', 'truong_ban'], disabled: false });
    expect(audit.filter((a) => a.action === 'user.admin-signer')).toHaveLength(1);
    service.update(admin, { id: admin.id, fullName: 'Nguyễn Văn Quản', position: '', roles: ['quan_tri', 'truong_ban'], disabled: false });
    expect(audit.filter((a) => a.action === 'user.admin-signer')).toHaveLength(2);
    expect(audit.at(-1)!.description).toBe('Tài khoản “Nguyễn Văn Quản” (quantri) giữ cả vai trò Quản trị và Trưởng ban');
  });
});
