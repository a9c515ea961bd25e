import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/accounts';
import { AppError } from '../../shared/errors';
import type { AccountRepository, AuditAppend, KeyVault, PublicKeyRecord, StoredCredentials } from '../ports';
import { AccountService } from './account-service';

/** In-memory fakes: the hasher "hashes" by prefixing, the vault only remembers which password opens which key. */
function setup() {
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
    createKey(userId, password) {
      for (const k of keys) if (k.userId === userId) k.active = false;
      const k = { keyId: `key-${++n}`, userId, publicKeyPem: `PEM-${n}`, createdAt: 'now', password, active: true };
      keys.push(k);
      return k;
    },
    rewrapKey(userId, oldPassword, newPassword) {
      const k = keys.find((x) => x.userId === userId && x.active)!;
      if (k.password !== oldPassword) throw new AppError('FORBIDDEN', 'Mật khẩu không đúng.');
      k.password = newPassword;
    },
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
    hasher: { hash: (p) => `h:${p}`, verify: (p, s) => s === `h:${p}` },
    keys: vault,
    audit: { append: (e) => (audit.push(e), { ...e, id: String(audit.length), seq: audit.length, hash: '', prevHash: '' }) },
    tx: { transaction: (fn) => fn() },
    clock: { now: () => new Date(now) },
    ids: { newId: () => `u${++id}` }
  });
  const admin = service.setup({ login: ' QuanTri ', fullName: 'Nguyễn Văn Quản', position: 'Chánh Văn phòng', password: 'quantri-123' });
  return { service, admin, audit, keys, advance: (ms: number) => (now += ms) };
}

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
};

describe('AccountService', () => {
  it('first run creates the administrator once, with a folded login and a signing key', () => {
    const { service, admin, keys } = setup();
    expect(admin).toMatchObject({ login: 'quantri', name: 'Nguyễn Văn Quản', roles: ['quan_tri'] });
    expect(keys.filter((k) => k.userId === admin.id)).toHaveLength(1);
    expect(service.needsSetup()).toBe(false);
    expect(errorOf(() => service.setup({ login: 'khac', fullName: 'Khác', position: '', password: '12345678' })).code).toBe('CONFLICT');
  });

  it('logs in case-insensitively, refuses a wrong password with one message for both causes, and audits both', () => {
    const { service, audit } = setup();
    expect(service.login('QUANTRI', 'quantri-123').login).toBe('quantri');
    expect(errorOf(() => service.login('quantri', 'sai')).message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(errorOf(() => service.login('khong-ai', 'sai')).message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(audit.map((a) => a.action).slice(-3)).toEqual(['auth.login', 'auth.login-failed', 'auth.login-failed']);
  });

  it('after 5 failures makes the user wait, with the wait in the message, growing; a success clears it', () => {
    const { service, advance } = setup();
    for (let i = 0; i < 4; i++) expect(errorOf(() => service.login('quantri', 'sai')).code).toBe('UNAUTHENTICATED');
    const fifth = errorOf(() => service.login('quantri', 'sai'));
    expect(fifth.code).toBe('TOO_MANY_ATTEMPTS');
    expect(fifth.message).toBe('Bạn đã nhập sai mật khẩu nhiều lần. Hãy thử lại sau 30 giây.');
    // Even the right password waits.
    expect(errorOf(() => service.login('quantri', 'quantri-123')).code).toBe('TOO_MANY_ATTEMPTS');
    advance(30_000);
    expect(errorOf(() => service.login('quantri', 'sai')).message).toContain('sau 1 phút');
    advance(60_000);
    expect(service.login('quantri', 'quantri-123').login).toBe('quantri');
    expect(errorOf(() => service.login('quantri', 'sai')).code).toBe('UNAUTHENTICATED');
  });

  it('admin creates, updates and disables users; a disabled user cannot log in', () => {
    const { service, admin, audit } = setup();
    const lan = service.create(admin, { login: 'BienTap', fullName: 'Lê Thị Lan', position: 'Chuyên viên', roles: ['bien_tap_vien'], password: 'bientap-123' });
    expect(service.login('bientap', 'bientap-123').roles).toEqual(['bien_tap_vien']);
    service.update(admin, { id: lan.id, fullName: 'Lê Thị Lan', position: 'Chuyên viên', roles: ['bien_tap_vien', 'thu_ky'], disabled: false });
    expect(service.login('bientap', 'bientap-123').roles).toEqual(['bien_tap_vien', 'thu_ky']);
    service.update(admin, { id: lan.id, fullName: 'Lê Thị Lan', position: 'Chuyên viên', roles: ['bien_tap_vien'], disabled: true });
    const refused = errorOf(() => service.login('bientap', 'bientap-123'));
    expect(refused.message).toContain('vô hiệu hóa');
    expect(service.current(lan.id)).toBeNull();
    expect(audit.map((a) => a.action)).toContain('user.disable');
    expect(errorOf(() => service.create(admin, { login: 'BIENTAP', fullName: 'Trùng', position: '', roles: ['thanh_vien'], password: '12345678' })).code).toBe('CONFLICT');
  });

  it('only the administrator manages accounts, and the last administrator cannot be removed', () => {
    const { service, admin } = setup();
    service.create(admin, { login: 'bientap', fullName: 'Lê Thị Lan', position: '', roles: ['bien_tap_vien'], password: 'bientap-123' });
    const lan = service.login('bientap', 'bientap-123');
    const refused = errorOf(() => service.create(lan, { login: 'x', fullName: 'X', position: '', roles: ['quan_tri'], password: '12345678' }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Chỉ quản trị viên mới được tạo tài khoản.');
    expect(errorOf(() => service.list(lan)).code).toBe('FORBIDDEN');
    expect(errorOf(() => service.update(admin, { id: admin.id, fullName: 'Nguyễn Văn Quản', position: '', roles: ['quan_tri'], disabled: true })).code).toBe('CONFLICT');
  });

  it('password change re-wraps the key; an admin reset makes a new key and keeps the old one', () => {
    const { service, admin, keys } = setup();
    expect(errorOf(() => service.changePassword(admin, 'sai-mat-khau', 'moi-12345678')).message).toBe('Mật khẩu hiện tại không đúng.');
    expect(errorOf(() => service.changePassword(admin, 'quantri-123', 'ngan')).message).toBe('Mật khẩu phải có ít nhất 8 ký tự.');
    service.changePassword(admin, 'quantri-123', 'moi-12345678');
    expect(errorOf(() => service.login('quantri', 'quantri-123')).code).toBe('UNAUTHENTICATED');
    expect(service.login('quantri', 'moi-12345678').id).toBe(admin.id);
    expect(keys.filter((k) => k.userId === admin.id).map((k) => [k.password, k.active])).toEqual([['moi-12345678', true]]);

    const lan = service.create(admin, { login: 'bientap', fullName: 'Lê Thị Lan', position: '', roles: ['bien_tap_vien'], password: 'bientap-123' });
    service.resetPassword(admin, lan.id, 'dat-lai-123');
    expect(service.login('bientap', 'dat-lai-123').id).toBe(lan.id);
    expect(keys.filter((k) => k.userId === lan.id).map((k) => k.active)).toEqual([false, true]);
  });

  it('unlock needs the session user’s own password', () => {
    const { service, admin, audit } = setup();
    expect(errorOf(() => service.unlock(admin, 'sai')).message).toBe('Mật khẩu không đúng.');
    expect(service.unlock(admin, 'quantri-123').id).toBe(admin.id);
    expect(audit.map((a) => a.action).slice(-2)).toEqual(['auth.unlock-failed', 'auth.unlock']);
  });
});
