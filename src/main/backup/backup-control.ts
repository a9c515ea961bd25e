// What the "Sao lưu" page drives: the backup folder in use (the admin's choice, else BBT_BACKUP_DIR, else
// `<workspace>/backup`), the automatic job restarted whenever the settings change (no app restart), the
// list of backups in the folder and "Sao lưu ngay", which goes through the same backup code as the job.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventSink } from '../../core/events';
import type { Clock } from '../../core/ports';
import { DEFAULT_BACKUP_SETTINGS, type BackupItem, type BackupSettings, type BackupsView } from '../../shared/backups';
import { AppError, ErrorCode } from '../../shared/errors';
import { BACKUP_DIR_ENV } from '../audit-seal';
import type { BackupManifest } from './backup-file';
import { listBackups, MANUAL_PREFIX, stampedName } from './backup-catalog';
import { startBackupJob, type BackupJob } from './backup-job';

/** The installer (or a test) may point the default elsewhere; an admin's choice in "Sao lưu" wins over both. */
export function defaultBackupFolder(workspaceDir: string): string {
  return process.env[BACKUP_DIR_ENV] || join(workspaceDir, 'backup');
}

export interface BackupControlOptions {
  workspaceDir: string;
  /** The saved settings; may throw on a damaged database (then the defaults apply). */
  settings: () => BackupSettings;
  backup: (out: string, now: Date) => Promise<{ file: string; manifest: BackupManifest }>;
  changes: () => number;
  clock: Clock;
  log: (line: string) => void;
  events?: EventSink;
  /** Whether the automatic job runs at all (not in the CLI, read-only opens or tests). */
  automatic: boolean;
}

export class BackupControl {
  private current: BackupJob | null = null;
  private manual: Promise<BackupItem> | null = null;
  private runs = 0;

  constructor(private readonly o: BackupControlOptions) {
    this.settingsChanged();
  }

  get job(): BackupJob | null {
    return this.current;
  }

  folder(): string {
    return this.settings().folder ?? defaultBackupFolder(this.o.workspaceDir);
  }

  /** Starts the automatic job again with the saved folder and rotation (or not at all when switched off). */
  settingsChanged(): void {
    this.current?.stop();
    this.current = null;
    const s = this.settings();
    if (!this.o.automatic || !s.enabled) return;
    this.current = startBackupJob({
      backup: this.o.backup,
      changes: this.o.changes,
      dir: this.folder(),
      policy: { hourly: s.hourly, daily: s.daily, weekly: s.weekly },
      clock: this.o.clock,
      log: this.o.log,
      events: this.o.events
    });
  }

  view(): BackupsView {
    const settings = this.settings();
    const folder = this.folder();
    let items: BackupItem[] = [];
    let folderProblem: string | null = null;
    try {
      items = existsSync(folder) ? listBackups(folder, settings) : [];
      if (!existsSync(folder) && settings.folder) folderProblem = `Không thấy thư mục sao lưu “${folder}” (ổ USB hoặc ổ mạng đã cắm/kết nối chưa?).`;
    } catch (err) {
      this.o.log(`[backup] cannot list ${folder}: ${err instanceof Error ? err.message : String(err)}`);
      folderProblem = `Không đọc được thư mục sao lưu “${folder}”.`;
    }
    return { settings, folder, defaultFolder: defaultBackupFolder(this.o.workspaceDir), items, folderProblem };
  }

  /** "Sao lưu ngay": one at a time; progress on the events channel (kind 'backup'), like the automatic runs. */
  runNow(): Promise<BackupItem> {
    this.manual ??= this.runManual().finally(() => {
      this.manual = null;
    });
    return this.manual;
  }

  stop(): void {
    this.current?.stop();
    this.current = null;
  }

  private async runManual(): Promise<BackupItem> {
    this.runs += 1;
    const jobId = `backup-manual-${this.runs}`;
    const progress = (state: 'running' | 'done' | 'failed', label: string, error?: string) =>
      this.o.events?.emit('job.progress', { jobId, kind: 'backup', label, done: state === 'running' ? 0 : 1, total: 1, state, ...(error ? { error } : {}) });
    const folder = this.folder();
    const now = this.o.clock.now();
    try {
      progress('running', 'Sao lưu ngay: đang chép và kiểm tra');
      // The default folder is ours to create; a chosen one (a USB stick) missing means it is not plugged in.
      if (!this.settings().folder) mkdirSync(folder, { recursive: true });
      const { file, manifest } = await this.o.backup(join(folder, stampedName(MANUAL_PREFIX, now)), now);
      this.o.log(`[backup] manual backup ${file} verified`);
      progress('done', 'Sao lưu ngay: đã sao lưu và kiểm tra');
      return listBackups(folder, this.settings()).find((b) => join(folder, b.name) === file) ?? { name: file, at: manifest.createdAt, kind: 'manual', size: 0, verified: true, articles: manifest.rowCounts.articles ?? 0 };
    } catch (err) {
      this.o.log(`[backup] manual backup failed: ${err instanceof Error ? err.message : String(err)}`);
      const refusal = asRefusal(err, folder);
      progress('failed', 'Sao lưu ngay chưa thành công', refusal.message);
      throw refusal;
    }
  }

  private settings(): BackupSettings {
    try {
      return this.o.settings();
    } catch (err) {
      this.o.log(`[backup] cannot read the backup settings, using the defaults: ${err instanceof Error ? err.message : String(err)}`);
      return DEFAULT_BACKUP_SETTINGS;
    }
  }
}

/** A clear Vietnamese reason; the old backups are never touched by a failed run. */
function asRefusal(err: unknown, folder: string): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return new AppError(ErrorCode.DISK_FULL, `Ổ đĩa nơi ghi bản sao lưu đã đầy (${folder}); các bản sao lưu cũ vẫn còn nguyên.`);
  if (code === 'ENOENT' || code === 'EIO' || code === 'ENODEV' || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
    return new AppError(ErrorCode.NOT_FOUND, `Không ghi được vào thư mục sao lưu “${folder}” (ổ USB bị rút ra hoặc ổ mạng mất kết nối?); các bản sao lưu cũ vẫn còn nguyên.`);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_READONLY')) {
    return new AppError(ErrorCode.FORBIDDEN, `Không có quyền ghi vào thư mục sao lưu “${folder}”.`);
  }
  return new AppError(ErrorCode.INTERNAL, 'Chưa sao lưu được do lỗi không mong muốn; các bản sao lưu cũ vẫn còn nguyên.');
}
