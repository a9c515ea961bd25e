// Security settings as one JSON value in the `settings` table; missing keys fall back to the defaults.
import type Database from 'better-sqlite3';
import type { SecuritySettingsRepository } from '../../../core/ports';
import { DEFAULT_SECURITY, type SecuritySettings } from '../../../shared/accounts';
import { JsonSettings } from './settings-store';

const SECURITY_KEY = 'security';

export class SqliteSecuritySettingsRepository implements SecuritySettingsRepository {
  private readonly settings: JsonSettings;

  constructor(db: Database.Database, now?: () => Date) {
    this.settings = new JsonSettings(db, now);
  }

  getSecurity(): SecuritySettings {
    return { ...DEFAULT_SECURITY, ...this.settings.get<SecuritySettings>(SECURITY_KEY) };
  }

  saveSecurity(settings: SecuritySettings): void {
    this.settings.set(SECURITY_KEY, settings);
  }
}
