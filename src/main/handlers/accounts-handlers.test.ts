// auth.*, users.*, security.* through dispatch with a real workspace: sessions per connection.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account, SessionInfo } from '../../shared/accounts';
import { PUBLIC_METHODS } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { ScryptPasswordHasher } from '../adapters/crypto/password-hasher';
import { openApp, type App } from '../app';
import { PUBLIC_METHOD_NAMES } from './types';
import { ok } from './testing';

const FAST = { N: 1024, r: 8, p: 1 };
let dir: string;
let app: App;
const ADMIN = { connectionId: 'test:admin' };
const LAN = { connectionId: 'test:lan' };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-auth-'));
  // Cheap scrypt: the real parameters (N = 2^17) are tested in crypto.test.ts.
  app = openApp({ workspaceDir: dir, mode: 'browser', log: () => {}, overrides: { passwords: new ScryptPasswordHasher(FAST), keyScrypt: FAST } });
});
afterEach(() => {
  vi.useRealTimers();
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = (conn: { connectionId: string }, method: string, input: unknown = {}) => app.dispatch(method, input, conn);

async function fail(p: Promise<Result<unknown>>) {
  const r = await p;
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}

async function withAdminAndEditor(): Promise<Account> {
  await ok(call(ADMIN, 'auth.setup', { login: 'QuanTri', fullName: 'Nguyễn Văn Hùng', position: 'Chánh Văn phòng', password: 'quantri-123' }));
  return ok<Account>(call(ADMIN, 'users.create', { login: 'bientap', fullName: 'Lê Thị Thu Hà', position: 'Chuyên viên', roles: ['bien_tap_vien'], password: 'bientap-123' }));
}

describe('sessions through dispatch', () => {
  it('lists exactly the contract’s public methods as public handlers', () => {
    expect([...PUBLIC_METHODS].sort()).toEqual([...PUBLIC_METHOD_NAMES].sort());
  });

  it('first run: needs setup, refuses everything else until someone logs in', async () => {
    expect(await ok(call(LAN, 'auth.status'))).toEqual({ needsSetup: true, session: null, agencyName: null });
    expect(await fail(call(LAN, 'article.list', {}))).toEqual({ code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập.' });
    const session = await ok<SessionInfo>(call(ADMIN, 'auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: '', password: 'quantri-123' }));
    expect(session).toMatchObject({ locked: false, lockAfterMinutes: 10, user: { login: 'quantri', roles: ['quan_tri'] } });
    expect(await ok(call(LAN, 'auth.status'))).toEqual({ needsSetup: false, session: null, agencyName: null });
    expect((await fail(call(LAN, 'auth.setup', { login: 'khac', fullName: 'Khác', position: '', password: '12345678' }))).code).toBe('CONFLICT');
  });

  it('logs in and out per connection; a wrong password is refused in Vietnamese', async () => {
    await withAdminAndEditor();
    expect(await fail(call(LAN, 'auth.login', { login: 'bientap', password: 'sai-mat-khau' }))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.'
    });
    const s = await ok<SessionInfo>(call(LAN, 'auth.login', { login: ' BienTap ', password: 'bientap-123' }));
    expect(s.user).toMatchObject({ name: 'Lê Thị Thu Hà', login: 'bientap', position: 'Chuyên viên', roles: ['bien_tap_vien'] });
    expect(await ok(call(LAN, 'article.list', {}))).toMatchObject({ total: 0 });
    expect(await ok(call({ connectionId: 'test:other' }, 'app.info'))).toMatchObject({ user: null });
    await ok(call(LAN, 'auth.logout'));
    expect((await fail(call(LAN, 'article.list', {}))).code).toBe('UNAUTHENTICATED');
    const history = await ok<{ items: { action: string }[] }>(call(ADMIN, 'audit.list', { limit: 500 }));
    expect(history.items.map((e) => e.action)).toEqual(expect.arrayContaining(['auth.login-failed', 'auth.login', 'auth.logout', 'user.create']));
  });

  it('throttles after 5 failures, even for the right password', async () => {
    await withAdminAndEditor();
    for (let i = 0; i < 4; i++) expect((await fail(call(LAN, 'auth.login', { login: 'bientap', password: 'sai-mat-khau' }))).code).toBe('UNAUTHENTICATED');
    expect(await fail(call(LAN, 'auth.login', { login: 'bientap', password: 'sai-mat-khau' }))).toEqual({
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Bạn đã nhập sai mật khẩu nhiều lần. Hãy thử lại sau 30 giây.'
    });
    expect((await fail(call(LAN, 'auth.login', { login: 'bientap', password: 'bientap-123' }))).code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('a disabled user is logged out at once and cannot log in again', async () => {
    const lan = await withAdminAndEditor();
    await ok(call(LAN, 'auth.login', { login: 'bientap', password: 'bientap-123' }));
    await ok(call(ADMIN, 'users.update', { id: lan.id, fullName: lan.fullName, position: lan.position, roles: lan.roles, disabled: true }));
    expect((await fail(call(LAN, 'article.list', {}))).code).toBe('UNAUTHENTICATED');
    const refused = await fail(call(LAN, 'auth.login', { login: 'bientap', password: 'bientap-123' }));
    expect(refused).toEqual({ code: 'FORBIDDEN', message: 'Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.' });
  });

  it('a locked screen allows only unlock and logout; unlock needs the user’s password', async () => {
    await withAdminAndEditor();
    await ok(call(LAN, 'auth.login', { login: 'bientap', password: 'bientap-123' }));
    await ok(call(LAN, 'auth.lock'));
    expect(await fail(call(LAN, 'article.list', {}))).toEqual({ code: 'LOCKED', message: 'Màn hình đang khóa. Hãy nhập mật khẩu để mở khóa.' });
    expect(await ok(call(LAN, 'auth.status'))).toMatchObject({ session: { locked: true, user: { login: 'bientap' } } });
    expect(await fail(call(LAN, 'auth.unlock', { password: 'quantri-123' }))).toEqual({ code: 'FORBIDDEN', message: 'Mật khẩu không đúng.' });
    expect(await ok(call(LAN, 'auth.unlock', { password: 'bientap-123' }))).toMatchObject({ locked: false });
    expect(await ok(call(LAN, 'article.list', {}))).toMatchObject({ total: 0 });
  });

  it('locks by itself after the idle time the administrator set, measured from the last call', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T08:00:00.000Z'));
    await withAdminAndEditor();
    await ok(call(ADMIN, 'security.save', { lockAfterMinutes: 5, separationOfDuties: true }));
    await ok(call(LAN, 'auth.login', { login: 'bientap', password: 'bientap-123' }));
    vi.setSystemTime(new Date('2026-03-02T08:04:00.000Z'));
    await ok(call(LAN, 'article.list', {}));
    vi.setSystemTime(new Date('2026-03-02T08:08:59.000Z'));
    await ok(call(LAN, 'article.list', {}));
    vi.setSystemTime(new Date('2026-03-02T08:14:00.000Z'));
    expect((await fail(call(LAN, 'article.list', {}))).code).toBe('LOCKED');
    expect((await fail(call(ADMIN, 'users.list'))).code).toBe('LOCKED');
    const fresh = { connectionId: 'test:admin-again' };
    await ok(call(fresh, 'auth.login', { login: 'quantri', password: 'quantri-123' }));
    const history = await ok<{ items: { action: string; user: { name: string }; details: Record<string, unknown> }[] }>(call(fresh, 'audit.list', { action: 'auth.lock' }));
    expect(history.items.map((e) => [e.user.name, e.details]).sort()).toEqual([
      ['Lê Thị Thu Hà', { idle: true }],
      ['Nguyễn Văn Hùng', { idle: true }]
    ]);
  });

  it('user and security management is for the administrator only', async () => {
    const lan = await withAdminAndEditor();
    await ok(call(LAN, 'auth.login', { login: 'bientap', password: 'bientap-123' }));
    const refusals = await Promise.all([
      fail(call(LAN, 'users.list')),
      fail(call(LAN, 'users.create', { login: 'x', fullName: 'X', position: '', roles: ['quan_tri'], password: '12345678' })),
      fail(call(LAN, 'users.update', { id: lan.id, fullName: 'X', position: '', roles: ['quan_tri'], disabled: false })),
      fail(call(LAN, 'users.resetPassword', { id: lan.id, newPassword: '12345678' })),
      fail(call(LAN, 'security.get')),
      fail(call(LAN, 'security.save', { lockAfterMinutes: 0, separationOfDuties: false }))
    ]);
    for (const r of refusals) {
      expect(r.code).toBe('FORBIDDEN');
      expect(r.message).toMatch(/^Chỉ quản trị viên mới được /);
    }
    expect(await ok(call(ADMIN, 'security.get'))).toEqual({ lockAfterMinutes: 10, separationOfDuties: true });
    await ok(call(ADMIN, 'security.save', { lockAfterMinutes: 0, separationOfDuties: false }));
    expect(await ok(call(ADMIN, 'security.get'))).toEqual({ lockAfterMinutes: 0, separationOfDuties: false });
    expect(await ok(call(LAN, 'auth.status'))).toMatchObject({ session: { lockAfterMinutes: 0 } });
    const audit = await ok<{ items: { description: string }[] }>(call(ADMIN, 'audit.list', { action: 'security.save' }));
    expect(audit.items.map((e) => e.description)).toEqual(['Thay đổi cài đặt bảo mật: không tự khóa màn hình; tách biệt người viết và người ký duyệt: tắt']);
    expect((await ok<Account[]>(call(ADMIN, 'users.list'))).map((a) => a.login)).toEqual(['quantri', 'bientap']);
  });

  it('the first password change replaces the key the administrator made; later ones keep it; a reset makes a new, pending key and keeps the old public key', async () => {
    const lan = await withAdminAndEditor();
    await ok(call(LAN, 'auth.login', { login: 'bientap', password: 'bientap-123' }));
    const keys = app.services.keys;
    // The administrator chose Lan's first password, so the key it opens is pending.
    expect(keys.activeKey(lan.id)).toMatchObject({ origin: 'created', pending: true });
    expect((await fail(call(LAN, 'auth.changePassword', { oldPassword: 'sai-mat-khau', newPassword: 'moi-12345678' }))).code).toBe('FORBIDDEN');
    await ok(call(LAN, 'auth.changePassword', { oldPassword: 'bientap-123', newPassword: 'cua-toi-12345' }));
    const first = keys.activeKey(lan.id)!;
    expect(first).toMatchObject({ origin: 'self', pending: false });
    await ok(call(LAN, 'auth.changePassword', { oldPassword: 'cua-toi-12345', newPassword: 'moi-12345678' }));
    const signed = keys.sign(lan.id, 'moi-12345678', 'Nội dung đã ký');
    expect(signed.keyId).toBe(first.keyId);
    expect(() => keys.sign(lan.id, 'cua-toi-12345', 'x')).toThrow('Mật khẩu không đúng.');
    expect((await fail(call({ connectionId: 'test:2' }, 'auth.login', { login: 'bientap', password: 'bientap-123' }))).code).toBe('UNAUTHENTICATED');

    await ok(call(ADMIN, 'users.resetPassword', { id: lan.id, newPassword: 'dat-lai-123' }));
    expect((await fail(call(LAN, 'article.list', {}))).code).toBe('UNAUTHENTICATED');
    await ok(call(LAN, 'auth.login', { login: 'bientap', password: 'dat-lai-123' }));
    const second = keys.activeKey(lan.id)!;
    expect(second.keyId).not.toBe(first.keyId);
    expect(second).toMatchObject({ origin: 'reset', pending: true });
    expect(() => keys.sign(lan.id, 'dat-lai-123', 'x')).toThrow(/quản trị viên đặt lại/);
    await ok(call(LAN, 'auth.changePassword', { oldPassword: 'dat-lai-123', newPassword: 'cua-rieng-lan' }));
    expect(keys.sign(lan.id, 'cua-rieng-lan', 'x').keyId).toBe(keys.activeKey(lan.id)!.keyId);
    expect(keys.activeKey(lan.id)).toMatchObject({ origin: 'self', pending: false });
    expect(keys.verify(keys.publicKey(first.keyId)!.publicKeyPem, 'Nội dung đã ký', signed.signature)).toBe(true);
  });
});
