// The backups in a backup folder as the "Sao lưu" page lists them, and the names of the backups made from
// the UI: "Sao lưu ngay" (`sao-luu-tay-…`) and the one made just before a restore (`truoc-khoi-phuc-…`).
// Neither matches the automatic name, so the rotation never drops them.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { rotationSlots, type RotationPolicy } from '../../core/backup/rotation';
import type { BackupItem, BackupKind } from '../../shared/backups';
import { BACKUP_EXT, readManifest } from './backup-file';
import { listAutomaticBackups } from './backup-job';

export const MANUAL_PREFIX = 'sao-luu-tay-';
export const SAFETY_PREFIX = 'truoc-khoi-phuc-';

/** `sao-luu-tay-20261203T190000Z.bbtbackup`: the time in the name, as for automatic backups. */
export function stampedName(prefix: string, at: Date): string {
  return `${prefix}${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}${BACKUP_EXT}`;
}

/** Newest first; throws when the folder cannot be read (the caller says why in Vietnamese). */
export function listBackups(dir: string, policy: RotationPolicy): BackupItem[] {
  const names = readdirSync(dir).filter((n) => n.endsWith(BACKUP_EXT) && !n.startsWith('.'));
  const automatic = listAutomaticBackups(dir).map((b) => ({ id: b.file, at: b.at }));
  const slots = rotationSlots(automatic, policy);
  const items: BackupItem[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      continue; // dropped by the rotation meanwhile
    }
    const manifest = manifestOf(file);
    const kind: BackupKind = name.startsWith(MANUAL_PREFIX) ? 'manual' : name.startsWith(SAFETY_PREFIX) ? 'safety' : (slots.get(file) ?? (automatic.some((a) => a.id === file) ? 'hourly' : 'manual'));
    items.push({
      name,
      at: manifest?.createdAt ?? statSync(file).mtime.toISOString(),
      kind,
      size,
      verified: manifest !== null,
      articles: manifest ? (manifest.rowCounts.articles ?? 0) : null
    });
  }
  return items.sort((a, b) => b.at.localeCompare(a.at));
}

function manifestOf(file: string) {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return readManifest(db);
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}
