// Issue #11 item 5: each method checks the caller's role, whatever the renderer shows or hides.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article';
import type { Output } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { openApp, type App } from '../app';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64');
const ADMIN = { connectionId: 'test:admin' };
const AUTHOR = { connectionId: 'test:author' };
const REVIEWER = { connectionId: 'test:reviewer' };
const LEADER = { connectionId: 'test:leader' };

let dir: string;
let app: App;

async function ok<T>(p: Promise<Result<unknown>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}
async function fail(p: Promise<Result<unknown>>) {
  const r = await p;
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}
const call = (conn: { connectionId: string }, method: string, input: unknown = {}) => app.dispatch(method, input, conn);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-privilege-'));
  app = openApp({ workspaceDir: dir, mode: 'browser', log: () => {} });
  await ok(call(ADMIN, 'auth.setup', { login: 'quantri', fullName: 'Quản Trị', position: '', password: 'quantri-123' }));
  for (const [login, role, conn] of [['bientap', 'bien_tap_vien', AUTHOR], ['thanhvien', 'thanh_vien', REVIEWER], ['truongban', 'truong_ban', LEADER]] as const) {
    await ok(call(ADMIN, 'users.create', { login, fullName: login, position: '', roles: [role], password: `${login}-123` }));
    await ok(call(conn, 'auth.login', { login, password: `${login}-123` }));
  }
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('least privilege', () => {
  it('refuses a reviewer calling the create and upload methods directly; nothing is stored', async () => {
    const draft = await ok<Article>(call(AUTHOR, 'article.create', {}));
    const attempts: Array<[string, unknown]> = [
      ['article.create', {}],
      ['article.import', { fileName: 'tin.txt', dataBase64: b64('Tiêu đề\nNội dung') }],
      ['media.upload', { articleId: draft.id, fileName: 'anh.png', mime: 'image/png', dataBase64: b64(PNG) }],
      ['attachment.add', { articleId: draft.id, fileName: 'a.pdf', mime: 'application/pdf', dataBase64: b64('%PDF-1.7\n...') }],
      ['version.saveNamed', { articleId: draft.id, note: 'Bản của tôi' }]
    ];
    for (const [method, input] of attempts) {
      const err = await fail(call(REVIEWER, method, input));
      expect(err.code, method).toBe('FORBIDDEN');
      expect(err.message, method).toMatch(/^Chỉ |chỉ /);
    }
    expect(app.media.has(createHash('sha256').update(PNG).digest('hex'))).toBe(false);
    expect((await ok<Output<'article.list'>>(call(ADMIN, 'article.list', {}))).total).toBe(1);
    expect((await ok<Output<'version.list'>>(call(AUTHOR, 'version.list', { articleId: draft.id }))).map((v) => v.kind)).not.toContain('named');
    expect((await ok<Article>(call(AUTHOR, 'article.get', { id: draft.id }))).attachments).toEqual([]);
  });

  it('lets the author do the same', async () => {
    const draft = await ok<Article>(call(AUTHOR, 'article.create', {}));
    await ok(call(AUTHOR, 'article.import', { fileName: 'tin.txt', dataBase64: b64('Tiêu đề\nNội dung') }));
    await ok(call(AUTHOR, 'media.upload', { articleId: draft.id, fileName: 'anh.png', mime: 'image/png', dataBase64: b64(PNG) }));
    await ok(call(AUTHOR, 'attachment.add', { articleId: draft.id, fileName: 'a.pdf', mime: 'application/pdf', dataBase64: b64('%PDF-1.7\n...') }));
    await ok(call(AUTHOR, 'version.saveNamed', { articleId: draft.id, note: '' }));
  });

  it('shows the audit log to admins and the board’s leaders only', async () => {
    await ok(call(ADMIN, 'audit.list', {}));
    await ok(call(LEADER, 'audit.list', {}));
    for (const conn of [AUTHOR, REVIEWER]) {
      expect(await fail(call(conn, 'audit.list', {}))).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('nhật ký') });
    }
  });

  it('never stores what was typed as an unknown login name', async () => {
    await fail(call({ connectionId: 'test:x' }, 'auth.login', { login: 'MatKhauBiMat2026', password: 'sai-sai-sai' }));
    await fail(call({ connectionId: 'test:x' }, 'auth.login', { login: 'bientap', password: 'sai-sai-sai' }));
    const { items } = await ok<Output<'audit.list'>>(call(ADMIN, 'audit.list', { action: 'auth.login-failed' }));
    expect(items).toHaveLength(2);
    expect(JSON.stringify(items).toLowerCase()).not.toContain('matkhaubimat2026');
    expect(items.map((e) => e.description)).toEqual(expect.arrayContaining(['Đăng nhập thất bại: tên đăng nhập không tồn tại', 'bientap đăng nhập sai mật khẩu']));
  });

  it('does not reveal the workspace path before login', async () => {
    expect(await ok<Output<'app.info'>>(call({ connectionId: 'test:nobody' }, 'app.info'))).toMatchObject({ workspaceDir: '', user: null });
    expect(await ok<Output<'app.info'>>(call(AUTHOR, 'app.info'))).toMatchObject({ workspaceDir: dir });
  });
});
