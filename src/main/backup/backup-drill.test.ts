// The drill: a page of the database goes bad on disk after a crash; the app notices at start, offers the
// newest automatic backup that still verifies, and the restore command brings back a clean workspace.
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FakeClock } from '../../core/testing/fakes';
import { openApp, WORKSPACE_DB, type AppOptions } from '../app';
import { runCliCaptured } from '../cli/testing';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-backup-drill-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const options = (ws: string, extra: Partial<AppOptions> = {}): AppOptions => ({ workspaceDir: ws, mode: 'cli', log: () => {}, overrides: { jobs: false }, ...extra });

it('detects a damaged page at start, offers the newest backup that still verifies, and restores it', async () => {
  const ws = join(dir, 'ws');
  // Browser mode runs the background jobs, automatic backups among them.
  const clock = new FakeClock('2026-12-01T01:00:00Z');
  const app = openApp({ ...options(ws), mode: 'browser', sample: true, samplePassword: 'mat-khau-mau-1', overrides: { clock } });
  let articles: number;
  let older: string;
  try {
    for (let i = 0; i < 100; i++) app.services.articles.create({ title: `Bài số ${i} ${'chữ '.repeat(300)}`.slice(0, 500) }, app.ctx.user);
    articles = app.services.articles.count();
    older = (await app.backups!.runNow())!.file;
    clock.advance(3_600_000); // an hour later (the rotation keeps one backup per hour), with more work done
    app.services.articles.create({ title: 'Bài viết sau bản sao lưu đầu' }, app.ctx.user);
    const newest = (await app.backups!.runNow())!.file;
    // The newest backup went bad on its USB stick: the app must not offer it.
    const fd = openSync(newest, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 8192);
    closeSync(fd);
  } finally {
    app.close();
  }

  // A crash (no clean close), and a failing disk overwrites the pages of the revisions table.
  const db = new Database(join(ws, WORKSPACE_DB));
  db.prepare("UPDATE meta SET value = '0' WHERE key = 'clean_shutdown'").run();
  const pages = db.prepare("SELECT pageno FROM dbstat WHERE name = 'article_revisions' AND pagetype = 'leaf'").pluck().all() as number[];
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  expect(pages.length).toBeGreaterThan(0);
  const fd = openSync(join(ws, WORKSPACE_DB), 'r+');
  for (const page of pages) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
  closeSync(fd);

  const damaged = openApp(options(ws));
  const check = damaged.startupCheck;
  damaged.close();
  expect(check?.ok).toBe(false);
  expect(check?.newestBackup?.file).toBe(older);

  const restored = await runCliCaptured(['restore', '--workspace', ws, '--from', older, '--force'], dir);
  expect(restored.stdout).toMatch(/^Toàn vẹn:/);
  expect(restored.code).toBe(0);
  const healthy = openApp(options(ws));
  try {
    expect(healthy.startupCheck).toBeNull();
    expect(healthy.services.articles.count()).toBe(articles);
  } finally {
    healthy.close();
  }
  // The damaged database is kept, not deleted.
  const aside = readdirSync(join(ws, 'backup')).find((n) => n.startsWith('truoc-khoi-phuc-'))!;
  expect(existsSync(join(ws, 'backup', aside, WORKSPACE_DB))).toBe(true);
}, 120_000);
