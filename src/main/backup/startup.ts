// What the app needs at start about backups: the newest automatic backup that still passes its check
// (offered when the database is damaged) and, on Linux, the mount table for the network-share warning.
import { readFileSync } from 'node:fs';
import { verifyBackup } from './backup-file';
import { listAutomaticBackups } from './backup-job';

/** Newest first; a backup that fails its check now (a failing USB stick) is skipped and logged. */
export function newestVerifiedBackup(dir: string, log: (line: string) => void): { file: string; at: string } | null {
  for (const b of listAutomaticBackups(dir)) {
    const check = verifyBackup(b.file);
    if (check.ok) return b;
    log(`[backup] ${b.file} no longer passes its check: ${check.problems.join(' | ')}`);
  }
  return null;
}

export function readMounts(): string | null {
  if (process.platform !== 'linux') return null;
  try {
    return readFileSync('/proc/mounts', 'utf8');
  } catch {
    return null;
  }
}
