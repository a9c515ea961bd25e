// Backup settings as one JSON value in the `settings` table (no migration needed); missing keys: defaults.
import type Database from 'better-sqlite3';
import type { BackupSettingsRepository } from '../../../core/backup/backup-settings-service';
import { DEFAULT_BACKUP_SETTINGS, type BackupSettings } from '../../../shared/backups';
import { JsonSettings } from './settings-store';

const BACKUP_KEY = 'backup';

export class SqliteBackupSettingsRepository implements BackupSettingsRepository {
  private readonly settings: JsonSettings;

  constructor(db: Database.Database, now?: () => Date) {
    this.settings = new JsonSettings(db, now);
  }

  getBackup(): BackupSettings {
    return { ...DEFAULT_BACKUP_SETTINGS, ...this.settings.get<BackupSettings>(BACKUP_KEY) };
  }

  saveBackup(settings: BackupSettings): void {
    this.settings.set(BACKUP_KEY, settings);
  }
}
