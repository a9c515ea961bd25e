// Opening a workspace's database: the workspace lock first, then SQLite (checked with quick_check when the
// lock taken over shows the previous session crashed), and what that check found, for the start banner.
import { join } from 'node:path';
import type { Clock } from '../core/ports';
import type { StartupCheck } from '../shared/contract';
import { createSqliteStore, type SqliteStore } from './adapters/sqlite/store';
import { WORKSPACE_DB, type AppOptions } from './app-options';
import { newestVerifiedBackup } from './backup/startup';
import { acquireWorkspaceLock, type WorkspaceLock } from './workspace-lock';
import { prepareWorkspaceDir, restrictDatabaseFiles } from './workspace-permissions';

const PROGRAMS: Record<AppOptions['mode'], string> = {
  electron: 'Ban Biên Tập',
  browser: 'Ban Biên Tập (chế độ trình duyệt)',
  cli: 'dòng lệnh Ban Biên Tập'
};

/** Takes the workspace lock, then opens the database; a stale lock taken over means a crash: check the file. */
export function openStore(opts: AppOptions, clock: Clock, log: (line: string) => void): { store: SqliteStore; lock: WorkspaceLock | null } {
  const file = join(opts.workspaceDir, WORKSPACE_DB);
  if (opts.readOnly) return { store: createSqliteStore(file, { clock, readOnly: true }), lock: null };
  prepareWorkspaceDir(opts.workspaceDir, WORKSPACE_DB, log);
  const program = opts.verb ? `${PROGRAMS[opts.mode]} (lệnh ${opts.verb})` : PROGRAMS[opts.mode];
  const lock = acquireWorkspaceLock(opts.workspaceDir, { program, log });
  try {
    const store = createSqliteStore(file, { clock, checkIntegrity: lock.tookOver !== null });
    restrictDatabaseFiles(file);
    return { store, lock };
  } catch (err) {
    lock.release();
    throw err;
  }
}

export function startupCheckOf(store: SqliteStore, clock: Clock, backupDir: string, log: (line: string) => void): StartupCheck | null {
  const found = store.integrity;
  if (!found) return null;
  if (found.ok) log('[app] previous session did not close cleanly; quick_check: ok');
  else log(`[app] quick_check found ${found.problems.length} problem(s): ${found.problems.join(' | ')}`);
  // A damaged database: offer the newest backup that still passes its check (checked now, not trusted from its name).
  const newestBackup = found.ok ? null : newestVerifiedBackup(backupDir, log);
  return { checkedAt: clock.now().toISOString(), ok: found.ok, problems: found.problems, newestBackup };
}
