// A backup is one file (`.bbtbackup`), easy to carry on a USB stick: an SQLite database made with SQLite's
// online backup API from the live workspace (safe beside a writer, never a raw copy of an open file), into
// which two tables are added afterwards: the media files as blobs and a manifest (app and schema version,
// row counts per table, media hashes, the audit seal made at that moment). Using SQLite as the container
// needs no archive library and keeps the file transactional; restore drops the two tables again.
// A backup only gets its final name once verified, so a `.bbtbackup` file in a folder is a verified one.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { checkSeal, type Seal } from '../../core/audit/seal';
import { AppError, ErrorCode } from '../../shared/errors';
import { keyIdOf } from '../adapters/crypto/key-vault';
import { verifyEd25519 } from '../adapters/crypto/installation-key';
import { toAuditEntry, type AuditRow } from '../adapters/sqlite/audit-log';
import { nodeHasher } from '../adapters/system';
import { integrityCheckInWorker } from './integrity-worker';

export const BACKUP_EXT = '.bbtbackup';
export const BACKUP_FORMAT = 'bbt-backup/1';
export const MANIFEST_TABLE = 'bbt_backup_manifest';
export const MEDIA_TABLE = 'bbt_backup_media';
const HASH = /^[0-9a-f]{64}$/;
/** integrity_check lines reported at most (a badly damaged file yields thousands). */
const MAX_PROBLEMS = 10;

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  workspaceDir: string;
  /** Rows per table of the copy, read from the copy itself (the only consistent snapshot). */
  rowCounts: Record<string, number>;
  media: { hash: string; size: number }[];
  /** Files of the media folder whose content no longer matches their name: not copied, named here. */
  damagedMedia: string[];
  /** "Niêm phong nhật ký" at the moment of the backup; null while the audit chain is empty. */
  seal: Seal | null;
}

export interface BackupVerification {
  ok: boolean;
  /** Vietnamese, one line each; empty when ok. */
  problems: string[];
  manifest: BackupManifest | null;
}

export interface CreateBackupOptions {
  db: Database.Database;
  workspaceDir: string;
  out: string;
  appVersion: string;
  now: Date;
  /** Seals the chain head (AuditSealer); called before the copy so that the copy holds the seal's note. */
  seal: () => Seal | null;
}

export async function createBackup(opts: CreateBackupOptions): Promise<{ file: string; manifest: BackupManifest }> {
  if (existsSync(opts.out)) throw new AppError(ErrorCode.CONFLICT, `Tệp “${opts.out}” đã có; hãy chọn tên khác (bản sao lưu cũ không bị ghi đè).`);
  if (!existsSync(dirname(opts.out))) throw new AppError(ErrorCode.NOT_FOUND, `Không có thư mục “${dirname(opts.out)}” để ghi bản sao lưu (ổ USB hoặc ổ mạng đã cắm/kết nối chưa?).`);
  const temp = join(dirname(opts.out), `.${randomUUID()}.bbtbackup-tmp`);
  try {
    const seal = opts.seal();
    await opts.db.backup(temp);
    const copy = new Database(temp);
    let manifest: BackupManifest;
    try {
      manifest = fillCopy(copy, opts, seal);
    } finally {
      copy.close();
    }
    await syncFile(temp);
    const check = await verifyBackupOffThread(temp);
    if (!check.ok) throw new AppError(ErrorCode.INTERNAL, `Bản sao lưu vừa tạo không đạt kiểm tra: ${check.problems.join('; ')}`);
    renameSync(temp, opts.out);
    return { file: opts.out, manifest };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') throw new AppError(ErrorCode.DISK_FULL, `Ổ đĩa nơi ghi bản sao lưu đã đầy (${dirname(opts.out)}); các bản sao lưu cũ vẫn còn nguyên.`);
    throw err;
  } finally {
    rmSync(temp, { force: true });
  }
}

function fillCopy(copy: Database.Database, opts: CreateBackupOptions, seal: Seal | null): BackupManifest {
  // A single-file copy: no WAL beside it once it travels.
  copy.pragma('journal_mode = DELETE');
  // No fsync at commit (that would flush the whole fresh copy on the main thread): the file is flushed
  // afterwards off the main thread, and is only a temporary file until verified and renamed.
  copy.pragma('synchronous = OFF');
  const rowCounts = countRows(copy);
  const schemaVersion = copy.pragma('user_version', { simple: true }) as number;
  copy.exec(`CREATE TABLE ${MEDIA_TABLE} (hash TEXT PRIMARY KEY, bytes BLOB NOT NULL) STRICT;
             CREATE TABLE ${MANIFEST_TABLE} (json TEXT NOT NULL) STRICT;`);
  const media: BackupManifest['media'] = [];
  const damagedMedia: string[] = [];
  const insert = copy.prepare(`INSERT INTO ${MEDIA_TABLE} (hash, bytes) VALUES (?, ?)`);
  copy.transaction(() => {
    for (const { hash, path } of mediaFiles(opts.workspaceDir)) {
      const bytes = readFileSync(path);
      if (sha256(bytes) !== hash) {
        damagedMedia.push(hash);
        continue;
      }
      insert.run(hash, bytes);
      media.push({ hash, size: bytes.byteLength });
    }
    const manifest: BackupManifest = { format: BACKUP_FORMAT, appVersion: opts.appVersion, schemaVersion, createdAt: opts.now.toISOString(), workspaceDir: opts.workspaceDir, rowCounts, media, damagedMedia, seal };
    copy.prepare(`INSERT INTO ${MANIFEST_TABLE} (json) VALUES (?)`).run(JSON.stringify(manifest));
  })();
  return readManifest(copy)!;
}

/** Checks a backup file: integrity_check, row counts against the manifest, every media hash, the seal. */
export function verifyBackup(file: string): BackupVerification {
  return withBackup(file, (db) => verifyOpen(db, integrityLines(db)));
}

/** The same, with integrity_check (the long part) in a worker thread: for backups made while the app is in use. */
export async function verifyBackupOffThread(file: string): Promise<BackupVerification> {
  if (!existsSync(file)) return missing(file);
  let lines: string[];
  try {
    lines = await integrityCheckInWorker(file, MAX_PROBLEMS);
  } catch (err) {
    const broken = corrupt(err);
    if (broken) return broken;
    throw err;
  }
  return withBackup(file, (db) => verifyOpen(db, lines));
}

function withBackup(file: string, check: (db: Database.Database) => BackupVerification): BackupVerification {
  if (!existsSync(file)) return missing(file);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return { ok: false, problems: ['Tệp không mở được như một bản sao lưu (không phải tệp .bbtbackup hoặc đã hỏng).'], manifest: null };
  }
  try {
    return check(db);
  } catch (err) {
    const broken = corrupt(err);
    if (broken) return broken;
    throw err;
  } finally {
    db.close();
  }
}

function missing(file: string): BackupVerification {
  return { ok: false, problems: [`Không tìm thấy tệp sao lưu “${file}”.`], manifest: null };
}

function corrupt(err: unknown): BackupVerification | null {
  const code = (err as { code?: string }).code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' ? { ok: false, problems: ['Tệp sao lưu bị hỏng (SQLite không đọc được).'], manifest: null } : null;
}

function integrityLines(db: Database.Database): string[] {
  return (db.pragma(`integrity_check(${MAX_PROBLEMS})`) as { integrity_check: string }[]).map((r) => r.integrity_check).filter((l) => l !== 'ok');
}

function verifyOpen(db: Database.Database, integrity: string[]): BackupVerification {
  const problems: string[] = [];
  if (integrity.length > 0) problems.push(`Cấu trúc tệp hỏng (integrity_check): ${integrity.join(' | ')}`);
  const manifest = readManifest(db);
  if (!manifest) return { ok: false, problems: [...problems, 'Tệp không có bảng kê (manifest) của bản sao lưu Ban Biên Tập.'], manifest: null };
  const actual = countRows(db);
  for (const [table, rows] of Object.entries(manifest.rowCounts)) {
    if (actual[table] !== rows) problems.push(`Bảng ${table}: bảng kê ghi ${rows} dòng, tệp có ${actual[table] ?? 'không có bảng'}.`);
  }
  const get = db.prepare(`SELECT bytes FROM ${MEDIA_TABLE} WHERE hash = ?`).pluck();
  for (const m of manifest.media) {
    const bytes = get.get(m.hash) as Buffer | undefined;
    if (!bytes) problems.push(`Thiếu tệp đa phương tiện ${m.hash}.`);
    else if (sha256(bytes) !== m.hash) problems.push(`Tệp đa phương tiện ${m.hash} bị sai lệch (mã băm không khớp).`);
  }
  if (manifest.seal) {
    // The seal names its own public key; it proves that the chain in the copy is the chain that was sealed.
    const entries = (db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[]).map(toAuditEntry);
    const key = { keyId: manifest.seal.installationKeyId, publicKeyPem: manifest.seal.publicKey };
    const report = checkSeal(manifest.seal, entries, { keyIdOf, verify: verifyEd25519, installationKey: key }, nodeHasher);
    if (!report.ok) problems.push(`Niêm phong trong bản sao lưu không khớp: ${report.problem}`);
  }
  return { ok: problems.length === 0, problems, manifest };
}

export function readManifest(db: Database.Database): BackupManifest | null {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MANIFEST_TABLE);
  if (!exists) return null;
  const json = db.prepare(`SELECT json FROM ${MANIFEST_TABLE}`).pluck().get() as string | undefined;
  if (!json) return null;
  const m = JSON.parse(json) as BackupManifest;
  return m.format === BACKUP_FORMAT ? m : null;
}

/** Rows of every ordinary table (FTS shadow tables included; the backup's own two excluded). */
function countRows(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN (?, ?) AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all(MANIFEST_TABLE, MEDIA_TABLE) as string[];
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = db.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number;
  return counts;
}

/** The content-addressed files of `<workspace>/media/<xx>/<sha256>` (temp files skipped). */
function* mediaFiles(workspaceDir: string): Generator<{ hash: string; path: string }> {
  const root = join(workspaceDir, 'media');
  if (!existsSync(root)) return;
  for (const sub of readdirSync(root)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    for (const name of readdirSync(join(root, sub))) if (HASH.test(name)) yield { hash: name, path: join(root, sub, name) };
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** fsync in libuv's thread pool: flushing a file of hundreds of MB must not hold the main thread. */
async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
