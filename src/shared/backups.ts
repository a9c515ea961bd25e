// Backups as the "Sao lưu" page sees them: the settings an admin may change, the backups found in the
// backup folder, and what a restore did (shown on the login page afterwards).
import { z } from 'zod';

export const ROTATION_BOUNDS = {
  hourly: { min: 1, max: 168 },
  daily: { min: 0, max: 90 },
  weekly: { min: 0, max: 104 }
} as const;

export interface BackupSettings {
  enabled: boolean;
  /** The folder chosen by the admin; null: the default (BBT_BACKUP_DIR when set, else `<workspace>/backup`). */
  folder: string | null;
  hourly: number;
  daily: number;
  weekly: number;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { enabled: true, folder: null, hourly: 24, daily: 7, weekly: 4 };

const count = (b: { min: number; max: number }) => z.number().int().min(b.min).max(b.max);

export const BackupSettingsSchema = z.object({
  enabled: z.boolean(),
  folder: z.string().trim().max(1000).nullable(),
  hourly: count(ROTATION_BOUNDS.hourly),
  daily: count(ROTATION_BOUNDS.daily),
  weekly: count(ROTATION_BOUNDS.weekly)
});

/** hourly/daily/weekly: the automatic backup is kept for that rotation slot; manual: "Sao lưu ngay"; safety: made just before a restore. */
export type BackupKind = 'hourly' | 'daily' | 'weekly' | 'manual' | 'safety';

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  hourly: 'Hằng giờ',
  daily: 'Hằng ngày',
  weekly: 'Hằng tuần',
  manual: 'Sao lưu tay',
  safety: 'Trước khi khôi phục'
};

export interface BackupItem {
  /** The file name inside the backup folder (the restore method takes only a name, never a path). */
  name: string;
  at: string;
  kind: BackupKind;
  size: number;
  /** The file carries a readable manifest; a backup only gets its final name once fully verified, and restore verifies again. */
  verified: boolean;
  articles: number | null;
}

export interface BackupsView {
  settings: BackupSettings;
  /** The folder in use now (the chosen one or the default). */
  folder: string;
  defaultFolder: string;
  /** Newest first. */
  items: BackupItem[];
  /** The folder cannot be read (USB stick removed, share disconnected): Vietnamese. */
  folderProblem: string | null;
}

/** What a restore from the app did; shown on the login page until the app is closed. */
export interface RestoreNotice {
  /** When the restored backup was made. */
  backupAt: string;
  restoredAt: string;
  /** Name of the backup of the state before the restore (in the backup folder); null when the database was too damaged to back up. */
  safetyBackup: string | null;
  /** The moved-aside database files, relative to the workspace folder (`backup/truoc-khoi-phuc-…`). */
  previousFiles: string | null;
}

/** A backup file name as the folder holds it: no path separators, our extension. */
export const BackupNameSchema = z
  .string()
  .max(200)
  .regex(/^[\w.-]+\.bbtbackup$/, 'Tên bản sao lưu không hợp lệ.');
