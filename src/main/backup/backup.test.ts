import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphsBody } from '../../core/testing/body';
import { openApp, type App } from '../app';
import { verifyBackup, verifyBackupOffThread } from './backup-file';
import { restoreBackup } from './restore';
import { backupWorkspace } from './workspace-backup';

let dir: string;
const opened: App[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-backup-'));
});
afterEach(() => {
  for (const app of opened.splice(0)) app.close();
  rmSync(dir, { recursive: true, force: true });
});

const quiet = () => {};
function open(ws: string, sample = false): App {
  const app = openApp({ workspaceDir: ws, mode: 'cli', sample, samplePassword: sample ? 'mat-khau-mau-1' : undefined, log: quiet, overrides: { jobs: false } });
  opened.push(app);
  return app;
}
function closeAll(): void {
  for (const app of opened.splice(0)) app.close();
}
const IMAGE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5]);

async function sampleBackup(): Promise<{ ws: string; file: string; articles: number; hash: string }> {
  const ws = join(dir, 'ws');
  const app = open(ws, true);
  const { hash } = app.media.put(IMAGE);
  const file = join(dir, 'usb', 'ban-sao.bbtbackup');
  mkdirSync(join(dir, 'usb'));
  await backupWorkspace(app, file, { now: new Date() });
  const articles = app.services.articles.count();
  closeAll();
  return { ws, file, articles, hash };
}

describe('backup and restore', () => {
  it('restores a backup into a new folder that opens, verifies clean and holds the same articles and images', async () => {
    const { file, articles, hash } = await sampleBackup();
    const check = verifyBackup(file);
    expect(check.problems).toEqual([]);
    expect(check.manifest!.rowCounts.articles).toBe(articles);
    expect(check.manifest!.media).toContainEqual({ hash, size: IMAGE.byteLength });
    expect(check.manifest!.seal?.seq).toBeGreaterThan(0);

    const restored = join(dir, 'restored');
    await restoreBackup({ from: file, workspaceDir: restored, force: false, program: 'test', now: new Date(), log: quiet });
    const app = open(restored);
    expect(app.services.articles.count()).toBe(articles);
    expect(app.media.get(hash)).toEqual(IMAGE);
    expect(app.verify().ok).toBe(true);
    expect(app.startupCheck).toBeNull();
    // The seal made for the backup is the chain's last note, and it names the backup file.
    expect(app.sealer.lastSeal()?.details).toMatchObject({ reason: 'backup', file });
  }, 60_000);

  it('finds a damaged image, a missing row and a damaged file in a backup', async () => {
    const { file, hash } = await sampleBackup();
    const db = new Database(file);
    db.pragma('foreign_keys = OFF');
    db.prepare('UPDATE bbt_backup_media SET bytes = ? WHERE hash = ?').run(Buffer.from('khác'), hash);
    db.exec('DELETE FROM articles WHERE rowid = (SELECT min(rowid) FROM articles)');
    db.close();
    const check = verifyBackup(file);
    expect(check.ok).toBe(false);
    expect(check.problems.join('\n')).toMatch(new RegExp(`${hash} bị sai lệch`));
    expect(check.problems.join('\n')).toMatch(/Bảng articles: bảng kê ghi \d+ dòng/);

    const junk = join(dir, 'junk.bbtbackup');
    writeFileSync(junk, 'không phải sao lưu');
    expect(verifyBackup(junk).ok).toBe(false);
    expect((await verifyBackupOffThread(junk)).problems).toEqual(['Tệp sao lưu bị hỏng (SQLite không đọc được).']);
    await expect(restoreBackup({ from: file, workspaceDir: join(dir, 'x'), force: false, program: 'test', now: new Date(), log: quiet })).rejects.toThrow(/không đạt kiểm tra/);
    expect(existsSync(join(dir, 'x', 'workspace.sqlite'))).toBe(false);
  }, 60_000);

  it('finds a damaged page of a backup, in the worker thread the app uses as well as in the start check', async () => {
    const { file } = await sampleBackup();
    const db = new Database(file, { readonly: true });
    const page = db.prepare("SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf' LIMIT 1").pluck().get() as number;
    const size = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(size, 0x5a), 0, size, (page - 1) * size);
    closeSync(fd);
    for (const check of [verifyBackup(file), await verifyBackupOffThread(file)]) {
      expect(check.ok).toBe(false);
      expect(check.problems.join('\n')).toMatch(/integrity_check|bị hỏng/);
    }
  }, 60_000);

  it('restores over a workspace only when forced, keeping the replaced database files', async () => {
    const { ws, file, articles } = await sampleBackup();
    const later = open(ws);
    later.services.articles.importDocument('Bài viết sau khi sao lưu', paragraphsBody(['Viết sau khi sao lưu.']), later.ctx.user, 'x.txt');
    closeAll();
    await expect(restoreBackup({ from: file, workspaceDir: ws, force: false, program: 'test', now: new Date(), log: quiet })).rejects.toThrow(/--force/);

    const done = await restoreBackup({ from: file, workspaceDir: ws, force: true, program: 'test', now: new Date(), log: quiet });
    expect(open(ws).services.articles.count()).toBe(articles);
    closeAll();
    // The replaced database, with the article written after the backup, is still there to open.
    const previous = new Database(join(done.previous!, 'workspace.sqlite'), { readonly: true });
    expect(previous.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(articles + 1);
    previous.close();
  }, 60_000);

  it('refuses a folder that holds other files', async () => {
    const { file } = await sampleBackup();
    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'thu.docx'), 'x');
    await expect(restoreBackup({ from: file, workspaceDir: other, force: true, program: 'test', now: new Date(), log: quiet })).rejects.toThrow(/không trống/);
  }, 60_000);
});
