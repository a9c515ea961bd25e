// "Khôi phục từ bản sao lưu" from the app: through the handler, in the running process (WorkspaceHost),
// as browser mode and Electron run it.
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ListQuerySchema } from '../../shared/article';
import type { Output } from '../../shared/contract';
import { SAMPLE_SCRYPT } from '../adapters/crypto/scrypt';
import { ScryptPasswordHasher } from '../adapters/crypto/password-hasher';
import { openApp, WORKSPACE_DB } from '../app';
import { ok, refusal } from '../handlers/testing';
import { WorkspaceHost } from '../workspace-host';
import { verifyBackup } from './backup-file';

const ADMIN = { connectionId: 'test:admin' };
let dir: string;
let ws: string;
let host: WorkspaceHost;
const logs: string[] = [];

const start = () =>
  new WorkspaceHost(
    (extra) => openApp({ workspaceDir: ws, mode: 'browser', log: (l) => logs.push(l), overrides: { passwords: new ScryptPasswordHasher(SAMPLE_SCRYPT), keyScrypt: SAMPLE_SCRYPT }, ...extra }),
    (l) => logs.push(l)
  );
const call = (method: string, input: unknown = {}) => host.dispatch(method, input, ADMIN);
const titles = () => host.current.services.articles.list(ListQuerySchema.parse({})).items.map((a) => a.title).sort();

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-restore-in-process-'));
  ws = join(dir, 'ws');
  host = start();
  await ok(call('auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: '', password: 'quantri-123' }));
});
afterEach(() => {
  host.close();
  rmSync(dir, { recursive: true, force: true });
});

it('saves the current state aside, restores the backup, reopens the workspace, ends every session and records the restore', async () => {
  const app = host.current;
  app.services.articles.create({ title: 'Bài trước khi sao lưu' }, app.ctx.user);
  const made = await ok<Output<'backup.runNow'>>(call('backup.runNow'));
  app.services.articles.create({ title: 'Bài viết sau bản sao lưu' }, app.ctx.user);

  const notice = await ok<Output<'backup.restore'>>(call('backup.restore', { name: made.name }));

  expect(host.current).not.toBe(app);
  expect(titles()).toEqual(['Bài trước khi sao lưu']);
  // The admin's session ended with the old app: log in again, and the restored workspace says what happened.
  expect((await ok<Output<'auth.status'>>(call('auth.status'))).session).toBeNull();
  const info = await ok<Output<'app.info'>>(call('app.info'));
  expect(info.restoreNotice).toEqual(notice);
  expect(notice.backupAt).toBe(verifyBackup(join(ws, 'backup', made.name)).manifest?.createdAt);
  const restore = [...host.current.store.audit.all()].find((e) => e.action === 'backup.restore');
  expect(restore).toMatchObject({ user: { name: 'Nguyễn Văn Hùng' }, details: { backupFile: made.name } });
  expect(host.current.verify().ok).toBe(true);
  // The state before the restore is a verified backup holding both articles, and its files were moved aside.
  const safety = verifyBackup(join(ws, 'backup', notice.safetyBackup!));
  expect(safety.ok).toBe(true);
  expect(safety.manifest?.rowCounts.articles).toBe(2);
  expect(existsSync(join(ws, notice.previousFiles!, WORKSPACE_DB))).toBe(true);
  const listed = await ok<Output<'backup.view'>>(host.dispatch('backup.view', {}, await loggedInAgain()));
  expect(listed.items.find((b) => b.name === notice.safetyBackup)).toMatchObject({ kind: 'safety', articles: 2 });
}, 60_000);

it('refuses a backup that fails its check and leaves the workspace as it was, still open', async () => {
  const app = host.current;
  app.services.articles.create({ title: 'Bài đang dùng' }, app.ctx.user);
  const made = await ok<Output<'backup.runNow'>>(call('backup.runNow'));
  const fd = openSync(join(ws, 'backup', made.name), 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096);
  closeSync(fd);
  const err = await refusal(call('backup.restore', { name: made.name }));
  expect(err.message).toMatch(/không đạt kiểm tra/);
  expect(host.current).toBe(app);
  expect((await ok<Output<'auth.status'>>(call('auth.status'))).session).not.toBeNull();
  expect(titles()).toEqual(['Bài đang dùng']);
  expect((await refusal(call('backup.restore', { name: '../ws/workspace.sqlite' }))).code).toBe('INVALID_INPUT');
}, 60_000);

it('restores over a damaged database that cannot be backed up: its files are kept aside instead', async () => {
  const app = host.current;
  for (let i = 0; i < 30; i++) app.services.articles.create({ title: `Bài số ${i} ${'chữ '.repeat(200)}`.slice(0, 500) }, app.ctx.user);
  const made = await ok<Output<'backup.runNow'>>(call('backup.runNow'));
  host.close();
  const db = new Database(join(ws, WORKSPACE_DB));
  db.prepare("UPDATE meta SET value = '0' WHERE key = 'clean_shutdown'").run();
  const pages = db.prepare("SELECT pageno FROM dbstat WHERE name = 'article_revisions' AND pagetype = 'leaf'").pluck().all() as number[];
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(join(ws, WORKSPACE_DB), 'r+');
  for (const page of pages) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
  closeSync(fd);

  host = start();
  expect(host.current.startupCheck?.ok).toBe(false);
  // The newest backup that passes its check is offered, "Sao lưu ngay" ones included.
  expect(host.current.startupCheck?.newestBackup).toEqual({ file: join(ws, 'backup', made.name), at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
  await ok(call('auth.login', { login: 'quantri', password: 'quantri-123' }));
  const notice = await ok<Output<'backup.restore'>>(call('backup.restore', { name: made.name }));
  expect(notice.safetyBackup).toBeNull();
  expect(existsSync(join(ws, notice.previousFiles!, WORKSPACE_DB))).toBe(true);
  expect(host.current.startupCheck).toBeNull();
  expect(host.current.services.articles.count()).toBe(30);
  expect(readdirSync(join(ws, 'backup')).filter((n) => n.startsWith('truoc-khoi-phuc-') && n.endsWith('.bbtbackup'))).toEqual([]);
}, 60_000);

async function loggedInAgain() {
  const conn = { connectionId: 'test:admin-again' };
  await ok(host.dispatch('auth.login', { login: 'quantri', password: 'quantri-123' }, conn));
  return conn;
}
