// "Khôi phục từ bản sao lưu": a verified backup becomes a workspace again, into a new or empty folder, or
// (only when forced) over an existing workspace, whose database files are first moved aside unchanged into
// `<ws>/backup/truoc-khoi-phuc-<time>/` — moved, not re-read, so that even a damaged database is kept as it
// was. The restored database is assembled beside the live one and takes its name only when complete.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError, ErrorCode } from '../../shared/errors';
import { FileMediaStore } from '../adapters/media-store';
import { LATEST_VERSION } from '../adapters/sqlite/migrations/index';
import { acquireWorkspaceLock, LOCK_FILE } from '../workspace-lock';
import { MANIFEST_TABLE, MEDIA_TABLE, verifyBackupOffThread, type BackupManifest } from './backup-file';

const DB = 'workspace.sqlite';

export interface RestoreOptions {
  from: string;
  workspaceDir: string;
  force: boolean;
  /** Named in the workspace lock while the restore runs. */
  program: string;
  now: Date;
  log: (line: string) => void;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Where the replaced workspace's database files were moved; null for a new folder. */
  previous: string | null;
}

export async function restoreBackup(opts: RestoreOptions): Promise<RestoreResult> {
  const check = await verifyBackupOffThread(opts.from);
  if (!check.ok || !check.manifest) throw new AppError(ErrorCode.CONFLICT, `Không khôi phục: bản sao lưu không đạt kiểm tra. ${check.problems.join('; ')}`);
  const manifest = check.manifest;
  if (manifest.schemaVersion > LATEST_VERSION) {
    throw new AppError(ErrorCode.WORKSPACE_TOO_NEW, `Bản sao lưu được tạo bởi phiên bản Ban Biên Tập mới hơn (${manifest.appVersion}); hãy cập nhật ứng dụng rồi khôi phục.`);
  }
  const dir = opts.workspaceDir;
  const existing = existsSync(join(dir, DB));
  const others = existsSync(dir) ? readdirSync(dir).filter((n) => n !== LOCK_FILE) : [];
  if (!existing && others.length > 0) throw new AppError(ErrorCode.CONFLICT, `Thư mục “${dir}” không trống và không phải thư mục làm việc; hãy chọn một thư mục mới hoặc trống.`);
  if (existing && !opts.force) {
    throw new AppError(ErrorCode.CONFLICT, `Thư mục “${dir}” đang là một thư mục làm việc. Để ghi đè, thêm --force (dữ liệu hiện có được giữ lại trong thư mục backup trước khi khôi phục).`);
  }
  mkdirSync(dir, { recursive: true });
  const lock = acquireWorkspaceLock(dir, { program: opts.program, log: opts.log });
  const temp = join(dir, `${DB}.khoi-phuc`);
  try {
    rmSync(temp, { force: true });
    await assemble(opts.from, temp, new FileMediaStore(dir));
    const previous = existing ? moveAside(dir, opts.now) : null;
    renameSync(temp, join(dir, DB));
    opts.log(`[backup] restored ${opts.from} into ${dir}${previous ? `; the previous database files are in ${previous}` : ''}`);
    return { manifest, previous };
  } finally {
    rmSync(temp, { force: true });
    lock.release();
  }
}

/** Copies the backup with the online backup API, writes its media into the folder, drops the backup's own tables. */
async function assemble(from: string, temp: string, media: FileMediaStore): Promise<void> {
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(temp);
  } finally {
    source.close();
  }
  const db = new Database(temp);
  try {
    for (const row of db.prepare(`SELECT hash, bytes FROM ${MEDIA_TABLE}`).iterate() as Iterable<{ hash: string; bytes: Buffer }>) {
      if (media.put(row.bytes).hash !== row.hash) throw new AppError(ErrorCode.INTERNAL, `Tệp đa phương tiện ${row.hash} trong bản sao lưu bị sai lệch.`);
    }
    db.exec(`DROP TABLE ${MEDIA_TABLE}; DROP TABLE ${MANIFEST_TABLE};`);
    // Just checked in full: the first start need not repeat quick_check for an "unclean" close of the original.
    db.prepare("UPDATE meta SET value = '1' WHERE key = 'clean_shutdown'").run();
    db.exec('VACUUM');
  } finally {
    db.close();
  }
}

/** Moves the live database (and its WAL, which may hold commits) into a dated folder; nothing is deleted. */
function moveAside(dir: string, now: Date): string {
  const target = join(dir, 'backup', `truoc-khoi-phuc-${now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')}`);
  mkdirSync(target, { recursive: true });
  for (const name of [DB, `${DB}-wal`, `${DB}-shm`]) {
    if (existsSync(join(dir, name))) renameSync(join(dir, name), join(target, name));
  }
  return target;
}
