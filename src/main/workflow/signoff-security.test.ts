// "Ký duyệt" against an administrator and against guessing (issue #11): a key whose password the
// administrator knew (a reset, or the first password of an account the administrator created) never
// signs, a sign-off made with one is flagged by verify, and wrong signing passwords are throttled and audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account, SessionUser } from '../../shared/accounts';
import { openWorkflowFixture, PASSWORD, type WorkflowFixture } from './testing';

let f: WorkflowFixture;
beforeEach(() => {
  f = openWorkflowFixture();
});
afterEach(() => f.close());

const sign = (articleId: string, password: string) => f.call('workflow.act', { articleId, action: 'ky-duyet', password }, f.users.tb);
const failures = (action: string) => [...f.store.audit.all()].filter((e) => e.action === action);

describe('an admin reset followed by a sign-off', () => {
  it('is refused while the key is pending; the user’s own new password makes a key that signs', async () => {
    const a = f.articleIn('cho_duyet', 'btv');
    expect(await f.call('users.resetPassword', { id: f.users.tb.id, newPassword: 'admin-biet-mat-khau' }, f.users.qt)).toMatchObject({ ok: true });
    for (const password of ['admin-biet-mat-khau', PASSWORD]) {
      expect(await sign(a.id, password)).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', refusal: 'KEY_PENDING', message: 'Mật khẩu của bạn vừa được quản trị viên đặt lại: hãy tự đổi mật khẩu trước khi ký duyệt.' }
      });
    }
    expect(await f.call('auth.changePassword', { oldPassword: 'admin-biet-mat-khau', newPassword: 'cua-rieng-truong-ban' }, f.users.tb)).toMatchObject({ ok: true });
    expect(await sign(a.id, 'cua-rieng-truong-ban')).toMatchObject({ ok: true, value: { status: 'da_duyet' } });
    expect(f.keys.activeKey(f.users.tb.id)).toMatchObject({ origin: 'self', pending: false });
    expect(f.composed.verify()).toMatchObject({ ok: true, validSignOffs: 1 });
  });

  it('verify flags a sign-off made with a reset key forced active in the database', async () => {
    const a = f.articleIn('cho_duyet', 'btv');
    await f.call('users.resetPassword', { id: f.users.tb.id, newPassword: 'admin-biet-mat-khau' }, f.users.qt);
    f.store.db.exec("DROP TRIGGER user_keys_pending_stays; UPDATE user_keys SET state = 'active' WHERE origin = 'reset'");
    expect(await sign(a.id, 'admin-biet-mat-khau')).toMatchObject({ ok: true });
    const report = f.composed.verify();
    expect(report).toMatchObject({ ok: false, signOffs: 1, validSignOffs: 0 });
    expect(report.firstBroken!.problem).toMatch(/^Bản ký duyệt của Đặng Văn Trưởng \(.+\) dùng khóa ký tạo khi quản trị viên đặt lại mật khẩu/);
    expect(report.firstBroken!.seq).toBe([...f.store.audit.all()].find((e) => e.action === 'workflow.ky-duyet')!.seq);
  });
});

describe('an account the administrator created with its first password', () => {
  const FIRST_PASSWORD = 'admin-dat-ban-dau';
  async function createHead(): Promise<SessionUser> {
    const created = await f.call('users.create', { login: 'truongban2', fullName: 'Lý Thị Mới', position: 'Phó Chủ tịch', roles: ['truong_ban'], password: FIRST_PASSWORD }, f.users.qt);
    const a = (created as { ok: true; value: Account }).value;
    return { id: a.id, name: a.fullName, login: a.login, position: a.position, roles: a.roles };
  }
  const signAs = (user: SessionUser, articleId: string, password: string) => f.call('workflow.act', { articleId, action: 'ky-duyet', password }, user);

  it('cannot sign until the user sets their own password; then signs and verify is clean', async () => {
    const head = await createHead();
    const a = f.articleIn('cho_duyet', 'btv');
    expect(f.keys.activeKey(head.id)).toMatchObject({ origin: 'created', pending: true });
    expect(await signAs(head, a.id, FIRST_PASSWORD)).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        refusal: 'KEY_PENDING',
        message: 'Bạn đang dùng mật khẩu ban đầu do quản trị viên đặt khi tạo tài khoản: hãy tự đổi mật khẩu (Đổi mật khẩu) trước khi ký duyệt.'
      }
    });
    expect(f.store.db.prepare("SELECT count(*) AS n FROM sign_offs").get()).toEqual({ n: 0 });

    expect(await f.call('auth.changePassword', { oldPassword: FIRST_PASSWORD, newPassword: 'cua-rieng-lan-dau' }, head)).toMatchObject({ ok: true });
    const own = f.keys.activeKey(head.id);
    expect(own).toMatchObject({ origin: 'self', pending: false });
    expect(await signAs(head, a.id, 'cua-rieng-lan-dau')).toMatchObject({ ok: true, value: { status: 'da_duyet' } });
    expect(f.composed.verify()).toMatchObject({ ok: true, validSignOffs: 1 });
  });

  it('verify flags a sign-off made with the admin-created key forced active in the database', async () => {
    const head = await createHead();
    const a = f.articleIn('cho_duyet', 'btv');
    f.store.db.exec("DROP TRIGGER user_keys_pending_stays; UPDATE user_keys SET state = 'active' WHERE origin = 'created'");
    expect(await signAs(head, a.id, FIRST_PASSWORD)).toMatchObject({ ok: true });
    const report = f.composed.verify();
    expect(report).toMatchObject({ ok: false, signOffs: 1, validSignOffs: 0 });
    expect(report.firstBroken!.problem).toMatch(/^Bản ký duyệt của Lý Thị Mới \(.+\) dùng khóa ký tạo với mật khẩu ban đầu do quản trị viên đặt khi tạo tài khoản: quản trị viên có thể đã ký thay\.$/);
  });
});

describe('50 wrong signing passwords', () => {
  it('are throttled like a login: after 5, even the right password waits; each checked failure is audited', async () => {
    const a = f.articleIn('cho_duyet', 'btv');
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => sign(a.id, `doan-mo-${i}`)));
    const errors = results.map((r) => (r.ok ? null : r.error));
    expect(errors.slice(0, 4).map((e) => e?.code)).toEqual(Array(4).fill('FORBIDDEN'));
    expect(errors.slice(4).every((e) => e?.code === 'TOO_MANY_ATTEMPTS' && /Hãy thử lại sau \d+ (giây|phút)\.$/.test(e.message))).toBe(true);
    expect(failures('signoff.password-failed')).toHaveLength(5);
    expect(failures('signoff.password-failed')[0]).toMatchObject({ user: { id: f.users.tb.id }, details: { articleId: a.id } });

    expect(await sign(a.id, PASSWORD)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: 'Bạn đã nhập sai mật khẩu nhiều lần. Hãy thử lại sau 30 giây.' } });
    f.advance(29_000);
    expect(await sign(a.id, PASSWORD)).toMatchObject({ ok: false, error: { message: 'Bạn đã nhập sai mật khẩu nhiều lần. Hãy thử lại sau 1 giây.' } });
    f.advance(1_000);
    expect(await sign(a.id, PASSWORD)).toMatchObject({ ok: true, value: { status: 'da_duyet' } });
    expect(f.composed.verify()).toMatchObject({ ok: true, validSignOffs: 1 });
  });
});
