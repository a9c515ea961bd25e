// The workspace holds unpublished articles, accounts and the audit log: on POSIX its folder is readable by
// its owner only (0700) and the database files by their owner only (0600). Windows has no such modes (the
// folder under %APPDATA% already inherits a per-user ACL): nothing is done there.
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const WORKSPACE_DIR_MODE = 0o700;
export const WORKSPACE_FILE_MODE = 0o600;

/** Creates the workspace folder (and media/) owner-only; tightens an existing workspace of ours if it is wider. */
export function prepareWorkspaceDir(dir: string, dbFile: string, log: (line: string) => void, platform = process.platform): void {
  const existed = existsSync(dir);
  mkdirSync(join(dir, 'media'), { recursive: true, mode: WORKSPACE_DIR_MODE });
  if (platform === 'win32') return;
  const st = statSync(dir);
  const ours = typeof process.getuid !== 'function' || st.uid === process.getuid();
  // A new folder is ours to set; an existing one only when it already is a workspace we own (never a
  // folder the user merely pointed us at, such as their home or Documents).
  if (!existed || (ours && existsSync(join(dir, dbFile)))) {
    if ((st.mode & 0o777) !== WORKSPACE_DIR_MODE) {
      chmodSync(dir, WORKSPACE_DIR_MODE);
      if (existed) log(`[app] workspace folder ${dir} was readable by others; now owner-only (700)`);
    }
    chmodSync(join(dir, 'media'), WORKSPACE_DIR_MODE);
  } else if ((st.mode & 0o077) !== 0) {
    log(`[app] workspace folder ${dir} is readable by other users (mode ${(st.mode & 0o777).toString(8)}); not changed`);
  }
}

/** The database and its WAL/SHM companions, owner-only (SQLite gives new companions the database's mode). */
export function restrictDatabaseFiles(dbPath: string, platform = process.platform): void {
  if (platform === 'win32') return;
  for (const path of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`]) {
    if (existsSync(path) && (statSync(path).mode & 0o777) !== WORKSPACE_FILE_MODE) chmodSync(path, WORKSPACE_FILE_MODE);
  }
}
