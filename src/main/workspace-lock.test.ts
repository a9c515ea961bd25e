import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Output } from '../shared/contract';
import { ErrorCode } from '../shared/errors';
import { openApp, WORKSPACE_DB } from './app';
import { runCliCaptured } from './cli/testing';
import { ok } from './handlers/testing';
import { LOCK_FILE, type LockOwner } from './workspace-lock';

const dirs: string[] = [];
const workspace = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'bbt-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const open = (dir: string, mode: 'electron' | 'browser' | 'cli' = 'browser') => openApp({ workspaceDir: dir, mode, log: () => {}, overrides: { jobs: false } });

/** A lock file as another process would have left it. */
function plantLock(dir: string, owner: Partial<LockOwner>): void {
  const full: LockOwner = {
    pid: 4242,
    host: 'PHONG-BT-01',
    program: 'Ban Biên Tập (chế độ trình duyệt)',
    user: 'nguyenvana',
    startedAt: '2026-12-03T07:05:00.000Z',
    processStart: null,
    token: 'planted',
    ...owner
  };
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify(full));
}

/** The pid of a process that has already exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

describe('workspace lock', () => {
  it('refuses a second opener with a message naming who holds the workspace, and lets it in after close', () => {
    const dir = workspace();
    const first = open(dir);
    let refusal: unknown;
    try {
      open(dir, 'cli');
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toMatchObject({ code: ErrorCode.WORKSPACE_LOCKED });
    const message = (refusal as Error).message;
    expect(message).toContain('Không mở được kho dữ liệu: kho đang được mở bởi Ban Biên Tập (chế độ trình duyệt)');
    expect(message).toContain(`trên máy ${hostname()}, tiến trình ${process.pid}`);
    expect(message).toMatch(/từ \d\d:\d\d (Thứ|Chủ nhật).* \d\d\/\d\d\/\d{4}\. Hãy đóng chương trình đó rồi thử lại\./);
    first.close();

    const second = open(dir, 'cli');
    expect(second.services.articles.count()).toBe(0);
    second.close();
  });

  it('takes over the lock of a process that died, and checks the database because it did not close', () => {
    const dir = workspace();
    open(dir).close();
    plantLock(dir, { host: hostname(), pid: deadPid() });
    const app = open(dir);
    expect(app.startupCheck).toMatchObject({ ok: true, problems: [] });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, program: 'Ban Biên Tập (chế độ trình duyệt)' });
    app.close();
  });

  it('never takes over a lock from another computer: the message names it and says what to do', () => {
    const dir = workspace();
    open(dir).close();
    plantLock(dir, { host: 'PHONG-BT-01', pid: deadPid() });
    expect(() => open(dir)).toThrow(/bởi Ban Biên Tập \(chế độ trình duyệt\) trên máy PHONG-BT-01, tiến trình \d+, người dùng nguyenvana, từ 14:05 Thứ Năm 03\/12\/2026\. Hãy đóng chương trình đó trên máy PHONG-BT-01/);
  });

  it('lets verbs that only read run while the app holds the workspace; a writing verb is refused with a non-zero exit', async () => {
    const dir = workspace();
    const app = open(dir);
    app.services.articles.create({ title: 'Hội nghị tổng kết' }, app.ctx.user);
    try {
      const listed = await runCliCaptured(['list', '--workspace', dir], dir);
      expect(listed).toMatchObject({ code: 0 });
      expect(listed.stdout).toContain('Hội nghị tổng kết');
      expect((await runCliCaptured(['verify', '--workspace', dir], dir)).code).toBe(0);

      const imported = await runCliCaptured(['import', '--workspace', dir, 'bai.txt'], dir);
      expect(imported.code).toBe(1);
      expect(imported.stderr).toContain('Lỗi: Không mở được kho dữ liệu: kho đang được mở bởi Ban Biên Tập (chế độ trình duyệt)');
    } finally {
      app.close();
    }
  });

  it('names the CLI verb that holds the workspace', async () => {
    const dir = workspace();
    open(dir).close();
    plantLock(dir, { host: hostname(), pid: process.pid, program: 'dòng lệnh Ban Biên Tập (lệnh import)' });
    expect(() => open(dir, 'electron')).toThrow(/bởi dòng lệnh Ban Biên Tập \(lệnh import\)/);
  });

  it('waits a moment for a lock file another opener is still writing, then says it is just starting', () => {
    const dir = workspace();
    open(dir).close();
    writeFileSync(join(dir, LOCK_FILE), '{"pid": 42');
    const started = Date.now();
    expect(() => open(dir)).toThrow(/một chương trình khác vừa bắt đầu mở kho này .*Hãy đợi vài giây rồi thử lại\./);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});

/** Starts the fixture process; resolves once it has loaded (READY). */
function child(dir: string): Promise<{ proc: ChildProcess; next: () => Promise<string> }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'workspace-lock.fixture.ts'), dir, 'browser'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  let buffered = '';
  proc.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let i = buffered.indexOf('\n'); i >= 0; i = buffered.indexOf('\n')) {
      const line = buffered.slice(0, i);
      buffered = buffered.slice(i + 1);
      const w = waiting.shift();
      if (w) w(line);
      else lines.push(line);
    }
  });
  const next = (): Promise<string> => (lines.length > 0 ? Promise.resolve(lines.shift()!) : new Promise((resolve) => waiting.push(resolve)));
  return next().then((ready) => {
    expect(ready).toBe('READY');
    return { proc, next };
  });
}

const exited = (proc: ChildProcess): Promise<void> => new Promise((resolve) => (proc.exitCode !== null || proc.signalCode !== null ? resolve() : proc.once('exit', () => resolve())));

describe('workspace lock across processes', () => {
  it('of two processes racing to open one workspace, exactly one wins', { timeout: 60_000 }, async () => {
    const dir = workspace();
    open(dir).close();
    const [a, b] = await Promise.all([child(dir), child(dir)]);
    a.proc.stdin!.write('go\n');
    b.proc.stdin!.write('go\n');
    const results = await Promise.all([a.next(), b.next()]);
    expect(results.filter((r) => r === 'OPEN')).toHaveLength(1);
    expect(results.find((r) => r !== 'OPEN')).toMatch(/^LOCKED Không mở được kho dữ liệu: kho đang được mở bởi Ban Biên Tập \(chế độ trình duyệt\)/);
    for (const c of [a, b]) c.proc.stdin!.end();
    await Promise.all([exited(a.proc), exited(b.proc)]);
    open(dir).close(); // the winner released the lock when it closed
  });

  it('after the holder is killed (SIGKILL), the next opening takes over and reports quick_check ok', { timeout: 60_000 }, async () => {
    const dir = workspace();
    const holder = await child(dir);
    holder.proc.stdin!.write('go\n');
    expect(await holder.next()).toBe('OPEN');
    holder.proc.kill('SIGKILL');
    await exited(holder.proc);

    const log: string[] = [];
    const app = openApp({ workspaceDir: dir, mode: 'browser', log: (l) => void log.push(l), overrides: { jobs: false } });
    expect(app.startupCheck).toMatchObject({ ok: true, problems: [] });
    expect(log.join('\n')).toMatch(/taking over the stale lock .*pid \d+.*\n.*quick_check: ok/);
    app.close();
  });
});

describe('database check at start', () => {
  it('records what quick_check found in a damaged database, and shows it to every user, not only the admin', async () => {
    const dir = workspace();
    const app = open(dir);
    for (let i = 0; i < 200; i++) app.services.articles.create({ title: `Bài số ${i} ${'chữ '.repeat(300)}`.slice(0, 500) }, app.ctx.user);
    app.close();
    damagePages(join(dir, WORKSPACE_DB), 'article_revisions');
    plantLock(dir, { host: hostname(), pid: deadPid() });

    const reopened = open(dir);
    try {
      expect(reopened.startupCheck?.ok).toBe(false);
      expect(reopened.startupCheck?.problems.length).toBeGreaterThan(0);
      const ADMIN = { connectionId: 'test:admin' };
      const AUTHOR = { connectionId: 'test:author' };
      await ok(reopened.dispatch('auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: '', password: 'quantri-123' }, ADMIN));
      await ok(reopened.dispatch('users.create', { login: 'bientap', fullName: 'Lê Thị Thu Hà', position: '', roles: ['bien_tap_vien'], password: 'bientap-123' }, ADMIN));
      await ok(reopened.dispatch('auth.login', { login: 'bientap', password: 'bientap-123' }, AUTHOR));
      const info = await ok<Output<'app.info'>>(reopened.dispatch('app.info', {}, AUTHOR));
      expect(info.startupCheck).toMatchObject({ ok: false });
      expect(await ok<Output<'app.info'>>(reopened.dispatch('app.info', {}, { connectionId: 'test:nobody' }))).toMatchObject({ startupCheck: null });
    } finally {
      reopened.close();
    }
  });
});

/** Overwrites the leaf pages of one table with garbage, as a failing disk would. */
function damagePages(file: string, table: string): void {
  const db = new Database(file);
  const pages = db.prepare('SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ?').all(table, 'leaf') as { pageno: number }[];
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  expect(pages.length).toBeGreaterThan(0);
  const fd = openSync(file, 'r+');
  for (const { pageno } of pages) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (pageno - 1) * pageSize);
  closeSync(fd);
}
