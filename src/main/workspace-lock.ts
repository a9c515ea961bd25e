// One workspace, one writing process: the Electron app, browser mode and the CLI take `workspace.lock`
// before they open the database for writing. The file is created exclusively ('wx'), so of two processes
// racing to open, exactly one wins; it names its owner (program, host, pid, OS user, start time) for the
// refusal message. A lock left by a crash is taken over only when it is provably stale: same host and
// the pid is gone, or (Linux) the pid now belongs to another process or another boot. A lock from
// another host is never taken over: we cannot see whether that machine is still writing.
// Limit: outside Linux a crashed owner whose pid was reused by an unrelated process looks alive; the
// message then tells the user which file to delete.
import { closeSync, fsyncSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { formatDate, formatTime, weekdayName } from '../shared/dates';
import { AppError, ErrorCode } from '../shared/errors';

export const LOCK_FILE = 'workspace.lock';
/** A lock file still empty or half-written this long after its creation was left by a crashed opener. */
const HALF_WRITTEN_GRACE_MS = 5_000;
const GUARD_STALE_MS = 10_000;

export interface LockOwner {
  pid: number;
  host: string;
  /** Vietnamese, shown in the refusal: "Ban Biên Tập (chế độ trình duyệt)", "dòng lệnh (lệnh import)". */
  program: string;
  user: string;
  startedAt: string;
  /** Linux: boot id + the process's start tick, which tell a reused pid from the owner. */
  processStart: string | null;
  /** Unique per acquisition: release deletes the file only while it is still ours. */
  token: string;
}

export interface WorkspaceLock {
  owner: LockOwner;
  /** The stale owner this opening took over (its process died without closing), else null. */
  tookOver: LockOwner | null;
  release(): void;
}

export class WorkspaceLockedError extends AppError {
  constructor(
    message: string,
    readonly owner: LockOwner | null
  ) {
    super(ErrorCode.WORKSPACE_LOCKED, message);
  }
}

export interface LockOptions {
  program: string;
  log: (line: string) => void;
  now?: () => Date;
}

export function acquireWorkspaceLock(dir: string, opts: LockOptions): WorkspaceLock {
  const path = join(dir, LOCK_FILE);
  const now = opts.now ?? (() => new Date());
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    program: opts.program,
    user: safeUserName(),
    startedAt: now().toISOString(),
    processStart: processStart(process.pid),
    token: randomUUID()
  };
  let tookOver: LockOwner | null = null;
  for (let round = 0; round < 50; round++) {
    if (createExclusive(path, JSON.stringify(owner))) return holding(path, owner, tookOver);
    const held = readLock(path);
    if (held === 'gone') continue;
    if (held === 'half-written' && Date.now() - mtimeMs(path) < HALF_WRITTEN_GRACE_MS) {
      // Another opener created the file a moment ago and is still writing its name: wait for it, so that the
      // refusal can say who holds the workspace (after a second of this, "just starting" is said instead).
      sleepMs(20);
      continue;
    }
    if (held !== 'half-written' && !isStale(held)) throw new WorkspaceLockedError(lockedMessage(held, path), held);
    if (takeOver(path, held, opts.log)) tookOver = held === 'half-written' ? null : held;
  }
  throw new WorkspaceLockedError(startingMessage(path), null);
}

/**
 * Removes a stale lock, under a short-lived guard file so that two openers taking over at once cannot
 * delete a lock the other has just created. Returns false when another opener is taking over (retry).
 * Remaining gap: a crash inside these few milliseconds leaves a guard that is cleared after GUARD_STALE_MS.
 */
function takeOver(path: string, seen: LockOwner | 'half-written', log: (line: string) => void): boolean {
  const guard = `${path}.takeover`;
  if (!createExclusive(guard, String(process.pid))) {
    if (Date.now() - mtimeMs(guard) > GUARD_STALE_MS) unlinkQuietly(guard);
    sleepMs(20);
    return false;
  }
  try {
    const now = readLock(path);
    const unchanged = seen === 'half-written' ? now === 'half-written' : typeof now === 'object' && now.token === seen.token;
    if (!unchanged) return false;
    if (seen === 'half-written') log(`[lock] removing a half-written lock file left by a crashed opener: ${path}`);
    else log(`[lock] taking over the stale lock of ${seen.program} (pid ${seen.pid} on ${seen.host}, since ${seen.startedAt}): that process is gone`);
    unlinkQuietly(path);
    return true;
  } finally {
    unlinkQuietly(guard);
  }
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function holding(path: string, owner: LockOwner, tookOver: LockOwner | null): WorkspaceLock {
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    const current = readLock(path);
    if (typeof current === 'object' && current.token === owner.token) unlinkQuietly(path);
  };
  // Best effort for a process that exits without closing the app (an uncaught error); a kill leaves the file.
  process.on('exit', release);
  return { owner, tookOver, release };
}

function createExclusive(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readLock(path: string): LockOwner | 'gone' | 'half-written' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw err;
  }
  try {
    const parsed = JSON.parse(text) as LockOwner;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? parsed : 'half-written';
  } catch {
    return 'half-written';
  }
}

export function isStale(owner: LockOwner): boolean {
  if (owner.host.toLowerCase() !== hostname().toLowerCase()) return false;
  if (!pidAlive(owner.pid)) return true;
  const current = processStart(owner.pid);
  return owner.processStart !== null && current !== null && current !== owner.processStart;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Linux only: "<boot id>:<start tick>" of a process; null elsewhere or when unreadable. */
function processStart(pid: number): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at field 3; starttime is field 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return `${boot}:${fields[19]}`;
  } catch {
    return null;
  }
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? '?';
  }
}

function mtimeMs(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

export function lockedMessage(owner: LockOwner, path: string): string {
  const since = `${formatTime(owner.startedAt)} ${weekdayName(owner.startedAt)} ${formatDate(owner.startedAt)}`;
  const who = `Không mở được kho dữ liệu: kho đang được mở bởi ${owner.program} trên máy ${owner.host}, tiến trình ${owner.pid}, người dùng ${owner.user}, từ ${since}.`;
  if (owner.host.toLowerCase() !== hostname().toLowerCase()) {
    return (
      `${who} Hãy đóng chương trình đó trên máy ${owner.host} rồi thử lại. Nếu máy đó đã bị tắt đột ngột, hãy mở rồi đóng ` +
      `Ban Biên Tập trên chính máy ${owner.host} để gỡ khoá (máy này không thể biết máy kia có còn đang ghi hay không).`
    );
  }
  return `${who} Hãy đóng chương trình đó rồi thử lại. Nếu chắc chắn không còn chương trình nào như vậy đang chạy, hãy xoá tệp ${path} rồi mở lại.`;
}

function startingMessage(path: string): string {
  return `Không mở được kho dữ liệu: một chương trình khác vừa bắt đầu mở kho này (tệp khoá ${path}). Hãy đợi vài giây rồi thử lại.`;
}
