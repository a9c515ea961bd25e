// "Khôi phục từ bản sao lưu" from the app, in the running process: the chosen backup is verified, the
// current state is saved aside as a backup (when the database is too damaged for that, its files are still
// moved aside unchanged by restoreBackup), the app is closed, the backup restored over the workspace and a
// fresh app opened on it through the composition root, which then records the restore in its own chain.
// A restore that fails before the swap reopens the untouched workspace.
import { basename, join, relative } from 'node:path';
import type { UserRef } from '../../shared/article';
import type { RestoreNotice } from '../../shared/backups';
import { AppError, ErrorCode } from '../../shared/errors';
import type { App } from '../app';
import { verifyBackupOffThread } from './backup-file';
import { SAFETY_PREFIX, stampedName } from './backup-catalog';
import { restoreBackup } from './restore';
import { backupWorkspace } from './workspace-backup';

export interface RestoreInProcessOptions {
  app: App;
  /** A file name in the app's backup folder. */
  name: string;
  by: UserRef;
  now: Date;
  /** Opens the workspace again and makes it the one served; `notice` is null after a failed restore. */
  reopen: (notice: RestoreNotice | null) => App;
  log: (line: string) => void;
}

export async function restoreInProcess(o: RestoreInProcessOptions): Promise<RestoreNotice> {
  const folder = o.app.backupControl.folder();
  const from = join(folder, o.name);
  const check = await verifyBackupOffThread(from);
  if (!check.ok || !check.manifest) throw new AppError(ErrorCode.CONFLICT, `Không khôi phục: bản sao lưu “${o.name}” không đạt kiểm tra. ${check.problems.join('; ')}`);
  const safety = await saveCurrentState(o.app, join(folder, stampedName(SAFETY_PREFIX, o.now)), o);
  const workspaceDir = o.app.workspaceDir;
  o.app.close();
  let previous: string | null;
  try {
    ({ previous } = await restoreBackup({ from, workspaceDir, force: true, program: 'Ban Biên Tập (đang khôi phục từ bản sao lưu)', now: o.now, log: o.log }));
  } catch (err) {
    o.log(`[backup] restore of ${from} failed; reopening the workspace as it was: ${err instanceof Error ? err.message : String(err)}`);
    o.reopen(null);
    throw err;
  }
  const notice: RestoreNotice = {
    backupAt: check.manifest.createdAt,
    restoredAt: o.now.toISOString(),
    safetyBackup: safety ? basename(safety) : null,
    previousFiles: previous ? relative(workspaceDir, previous) : null
  };
  const restored = o.reopen(notice);
  restored.services.backupSettings.recordRestore(o.by, notice, o.name);
  return notice;
}

/** A verified backup of the state being replaced, or null (logged) when the database cannot be backed up. */
async function saveCurrentState(app: App, out: string, o: RestoreInProcessOptions): Promise<string | null> {
  try {
    return (await backupWorkspace(app, out, { now: o.now })).file;
  } catch (err) {
    o.log(`[backup] could not back up the current state before the restore (its files are moved aside instead): ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}
