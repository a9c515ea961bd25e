// What the app needs at start about backups: the newest automatic or "Sao lưu ngay" backup that still passes
// its check (offered when the database is damaged) and, on Linux, the mount table for the network-share warning.
// The copy saved just before a restore is not offered: it holds the state someone chose to replace (it stays
// on the "Sao lưu" page).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANUAL_PREFIX } from './backup-catalog';
import { verifyBackup } from './backup-file';
import { listAutomaticBackups, timeOfName } from './backup-job';

/** Newest first; a backup that fails its check now (a failing USB stick) is skipped and logged. */
export function newestVerifiedBackup(dir: string, log: (line: string) => void): { file: string; at: string } | null {
  const candidates = [...listAutomaticBackups(dir), ...listManualBackups(dir)].sort((a, b) => b.at.localeCompare(a.at));
  for (const b of candidates) {
    const check = verifyBackup(b.file);
    if (check.ok) return b;
    log(`[backup] ${b.file} no longer passes its check: ${check.problems.join(' | ')}`);
  }
  return null;
}

function listManualBackups(dir: string): { file: string; at: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const at = timeOfName(name, MANUAL_PREFIX);
    return at ? [{ file: join(dir, name), at }] : [];
  });
}

export function readMounts(): string | null {
  if (process.platform !== 'linux') return null;
  try {
    return readFileSync('/proc/mounts', 'utf8');
  } catch {
    return null;
  }
}
