// Automatic backups while the app is open: a first one some minutes after start, then hourly, into the
// backup folder (default `<ws>/backup/`). Each is verified before it takes its final name, and only then
// does the rotation drop older automatic backups (never one made by hand: those are named differently).
import { mkdirSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsToDrop, DEFAULT_ROTATION, type RotationPolicy } from '../../core/backup/rotation';
import type { EventSink } from '../../core/events';
import type { Clock } from '../../core/ports';
import { AppError } from '../../shared/errors';
import { BACKUP_EXT, type BackupManifest } from './backup-file';

const MINUTE_MS = 60_000;
const PREFIX = 'sao-luu-';

export interface BackupRecord {
  file: string;
  at: string;
}

export interface BackupJobOptions {
  /** Makes and verifies one backup at `out` (backupWorkspace over the open app). */
  backup: (out: string, now: Date) => Promise<{ manifest: BackupManifest }>;
  dir: string;
  /**
   * Writes made so far through the app's connection (SQLite's total_changes(); the app is the only writer
   * while it holds the workspace lock). Unchanged since the last backup: the hour is skipped, so that an idle
   * app adds neither identical copies nor a seal note to the audit chain every hour.
   */
  changes?: () => number;
  clock: Clock;
  log: (line: string) => void;
  events?: EventSink;
  policy?: RotationPolicy;
  intervalMs?: number;
  firstDelayMs?: number;
}

export interface BackupJob {
  /** One backup now (also what the timer runs), or the last one when nothing changed since; null when it failed. */
  runNow(): Promise<BackupRecord | null>;
  /** The last backup this job made and verified. */
  last(): BackupRecord | null;
  stop(): void;
}

/** `sao-luu-20261203T190000Z.bbtbackup` ⇄ 2026-12-03T19:00:00Z: the name carries the time, sorting by name sorts by time. */
export function automaticBackupName(at: Date): string {
  return `${PREFIX}${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}${BACKUP_EXT}`;
}

/** The time in a backup's name (`<prefix>20261203T190000Z.bbtbackup`), or null when the name is not of that form. */
export function timeOfName(name: string, prefix = PREFIX): string | null {
  if (!name.startsWith(prefix)) return null;
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.bbtbackup$/.exec(name.slice(prefix.length));
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : null;
}

/** The automatic backups in a folder, newest first (only verified ones carry the final name). */
export function listAutomaticBackups(dir: string): BackupRecord[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ file: join(dir, name), at: timeOfName(name) }))
    .filter((b): b is BackupRecord => b.at !== null)
    .sort((a, b) => b.at.localeCompare(a.at));
}

export function startBackupJob(opts: BackupJobOptions): BackupJob {
  const { dir, clock, log, events, policy = DEFAULT_ROTATION, intervalMs = 60 * MINUTE_MS, firstDelayMs = 10 * MINUTE_MS } = opts;
  let last: BackupRecord | null = listAutomaticBackups(dir)[0] ?? null;
  let running: Promise<BackupRecord | null> | null = null;
  let changesAtLast: number | null = null;
  let runs = 0;

  const run = async (): Promise<BackupRecord | null> => {
    if (changesAtLast !== null && opts.changes?.() === changesAtLast) return last;
    runs += 1;
    const jobId = `backup-${runs}`;
    const progress = (state: 'running' | 'done' | 'failed', label: string, error?: string) =>
      events?.emit('job.progress', { jobId, kind: 'backup', label, done: state === 'running' ? 0 : 1, total: 1, state, ...(error ? { error } : {}) });
    const now = clock.now();
    const file = join(dir, automaticBackupName(now));
    try {
      progress('running', 'Sao lưu tự động: đang chép và kiểm tra');
      mkdirSync(dir, { recursive: true });
      const { manifest } = await opts.backup(file, now);
      last = { file, at: manifest.createdAt };
      changesAtLast = opts.changes?.() ?? null;
      // Only now, with the new backup verified, may older ones go.
      const all = listAutomaticBackups(dir).map((b) => ({ id: b.file, at: b.at }));
      // Unlinking a file of a gigabyte or more takes a while: in libuv's thread pool, not on the main thread.
      for (const old of backupsToDrop(all, policy)) await rm(old.id, { force: true });
      log(`[backup] verified ${file}`);
      progress('done', `Đã sao lưu và kiểm tra lúc ${now.toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}`);
      return last;
    } catch (err) {
      log(`[backup] failed: ${err instanceof Error ? err.message : String(err)}`);
      const reason = err instanceof AppError ? ` (${err.message})` : '';
      progress('failed', 'Sao lưu tự động chưa thành công', `Chưa sao lưu được${reason}; các bản sao lưu cũ vẫn còn nguyên, ứng dụng sẽ thử lại sau.`);
      return null;
    }
  };
  const runNow = () => {
    // One at a time: a slow run (a big workspace onto a USB stick) is not doubled by the next tick.
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  };

  let interval: ReturnType<typeof setInterval> | null = null;
  const first = setTimeout(() => {
    void runNow();
    interval = setInterval(() => void runNow(), intervalMs);
    interval.unref();
  }, firstDelayMs);
  first.unref();
  return {
    runNow,
    last: () => last,
    stop() {
      clearTimeout(first);
      if (interval) clearInterval(interval);
    }
  };
}
