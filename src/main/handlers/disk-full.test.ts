// A full disk, for real: SQLite returns SQLITE_FULL once the database may not grow (PRAGMA max_page_count), and
// a media write fails with ENOSPC. The user gets the Vietnamese message, nothing saved before is lost, and the
// same save succeeds once there is room again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fieldsOf, type Article } from '../../shared/article';
import type { ArticleSaved } from '../../shared/contract';
import { ErrorCode } from '../../shared/errors';
import { textToBody } from '../../core/editor/body';
import { openApp, type App } from '../app';
import { DISK_FULL_MESSAGE } from '../dispatch';
import { SAMPLE_SCRYPT } from '../adapters/crypto/scrypt';
import { ScryptPasswordHasher } from '../adapters/crypto/password-hasher';
import { ok, refusal } from './testing';

const FAST = { passwords: new ScryptPasswordHasher(SAMPLE_SCRYPT), keyScrypt: SAMPLE_SCRYPT };
const ADMIN = { connectionId: 'test:admin' };
const AUTHOR = { connectionId: 'test:author' };
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

let dir: string;
let app: App;

async function open(): Promise<void> {
  app = openApp({ workspaceDir: dir, mode: 'browser', log: () => {}, overrides: { ...FAST, jobs: false } });
  await ok(app.dispatch('auth.login', { login: 'bientap', password: 'bientap-123' }, AUTHOR));
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-full-'));
  app = openApp({ workspaceDir: dir, mode: 'browser', log: () => {}, overrides: { ...FAST, jobs: false } });
  await ok(app.dispatch('auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: '', password: 'quantri-123' }, ADMIN));
  await ok(app.dispatch('users.create', { login: 'bientap', fullName: 'Lê Thị Hà', position: '', roles: ['bien_tap_vien'], password: 'bientap-123' }, ADMIN));
  await ok(app.dispatch('auth.login', { login: 'bientap', password: 'bientap-123' }, AUTHOR));
});
afterEach(() => {
  vi.restoreAllMocks();
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = (method: string, input: unknown) => app.dispatch(method, input, AUTHOR);
const longText = (n: number) => Array.from({ length: n }, (_, i) => `Đoạn ${i + 1}: Ủy ban nhân dân thị xã triển khai kế hoạch năm 2026.`).join('\n');

it('SQLITE_FULL on save: the Vietnamese message, the saved revision intact, and the same save works once there is room', async () => {
  const a = await ok<Article>(call('article.create', { fields: { title: 'Kế hoạch năm', body: textToBody('Bản đã lưu.') } }));
  const db = app.store.db;
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages}`);

  const fields = { ...a, title: 'Kế hoạch năm (sửa)', body: textToBody(longText(2000)) };
  const err = await refusal(call('article.save', { id: a.id, baseRevisionId: a.revisionId, fields: fieldsOf(fields) }));
  expect(err).toEqual({ code: ErrorCode.DISK_FULL, message: DISK_FULL_MESSAGE });
  expect(err.message).toMatch(/^Ổ đĩa đã đầy, chưa lưu được/);

  // Room again (as after the user freed space): the database is sound and holds exactly the last saved revision.
  db.pragma('max_page_count = 1073741823');
  expect(db.pragma('quick_check', { simple: true })).toBe('ok');
  const stored = await ok<Article>(call('article.get', { id: a.id }));
  expect(stored).toMatchObject({ title: 'Kế hoạch năm', bodyText: 'Bản đã lưu.', revisionId: a.revisionId, version: 1 });

  const saved = await ok<ArticleSaved>(call('article.save', { id: a.id, baseRevisionId: a.revisionId, fields: fieldsOf(fields) }));
  expect(saved.article.version).toBe(2);

  app.close();
  await open();
  expect(await ok<Article>(call('article.get', { id: a.id }))).toMatchObject({ title: 'Kế hoạch năm (sửa)', version: 2 });
});

it('ENOSPC when storing an image: the same message, and the upload works once there is room', async () => {
  const a = await ok<Article>(call('article.create', {}));
  vi.spyOn(app.media, 'put').mockImplementation(() => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  });
  const err = await refusal(call('media.upload', { articleId: a.id, fileName: 'anh.png', mime: 'image/png', dataBase64: PNG.toString('base64') }));
  expect(err).toEqual({ code: ErrorCode.DISK_FULL, message: DISK_FULL_MESSAGE });
  vi.restoreAllMocks();
  const info = await ok<{ hash: string }>(call('media.upload', { articleId: a.id, fileName: 'anh.png', mime: 'image/png', dataBase64: PNG.toString('base64') }));
  expect(app.media.has(info.hash)).toBe(true);
});
