// A backup is one file (`.bbtbackup`), easy to carry on a USB stick: an SQLite database made with SQLite's
// online backup API from the live workspace (safe beside a writer, never a raw copy of an open file), into
// which two tables are added afterwards: the media files as blobs and a manifest (app and schema version,
// row counts per table, media hashes, the audit seal made at that moment). Using SQLite as the container
// needs no archive library and keeps the file transactional; restore drops the two tables again.
// A backup only gets its final name once verified, so a `.bbtbackup` file in a folder is a verified one.
// The copy and the check run in a worker thread (backup-worker.ts): the main thread only seals, judges and renames.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { checkSeal, type Seal } from '../../core/audit/seal';
import { AppError, ErrorCode } from '../../shared/errors';
import { keyIdOf } from '../adapters/crypto/key-vault';
import { verifyEd25519 } from '../adapters/crypto/installation-key';
import { toAuditEntry, type AuditRow } from '../adapters/sqlite/audit-log';
import { nodeHasher } from '../adapters/system';
import { runBackupWorker, type BackupFacts, type WorkerNames } from './backup-worker';

export const BACKUP_EXT = '.bbtbackup';
export const BACKUP_FORMAT = 'bbt-backup/1';
export const MANIFEST_TABLE = 'bbt_backup_manifest';
export const MEDIA_TABLE = 'bbt_backup_media';
/** integrity_check lines reported at most (a badly damaged file yields thousands). */
const MAX_PROBLEMS = 10;
const WORKER_NAMES: WorkerNames = { manifestTable: MANIFEST_TABLE, mediaTable: MEDIA_TABLE, format: BACKUP_FORMAT };

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
    // The seal is made (and noted in the chain) before the copy starts, so that the copy holds the note.
    const seal = opts.seal();
    const { manifestJson } = await runBackupWorker(
      'copy',
      { source: opts.db.name, temp, manifest: { appVersion: opts.appVersion, createdAt: opts.now.toISOString(), workspaceDir: opts.workspaceDir, seal } },
      WORKER_NAMES
    );
    const manifest = parseManifest(manifestJson);
    if (!manifest) throw new Error(`backup copy ${temp} holds no manifest`);
    const check = await verifyBackupOffThread(temp);
    if (!check.ok) throw new AppError(ErrorCode.INTERNAL, `Bản sao lưu vừa tạo không đạt kiểm tra: ${check.problems.join('; ')}`);
    await rename(temp, opts.out);
    return { file: opts.out, manifest };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') throw new AppError(ErrorCode.DISK_FULL, `Ổ đĩa nơi ghi bản sao lưu đã đầy (${dirname(opts.out)}); các bản sao lưu cũ vẫn còn nguyên.`);
    throw err;
  } finally {
    await rm(temp, { force: true });
  }
}

/** Checks a backup file: integrity_check, row counts against the manifest, every media hash, the seal. */
export function verifyBackup(file: string): BackupVerification {
  return withBackup(file, (db) => judge(factsOf(db), db));
}

/**
 * The same, with the long parts (integrity_check, row counts, media hashes) in a worker thread: for backups
 * made while the app is in use. The seal is checked here, against the audit rows of the file.
 */
export async function verifyBackupOffThread(file: string): Promise<BackupVerification> {
  if (!existsSync(file)) return missing(file);
  let facts: BackupFacts;
  try {
    facts = await runBackupWorker('check', { file, max: MAX_PROBLEMS }, WORKER_NAMES);
  } catch (err) {
    const broken = corrupt(err);
    if (broken) return broken;
    throw err;
  }
  return withBackup(file, (db) => judge(facts, db));
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

/** What the worker's `check` finds, found in this thread (the start check, before any window is shown). */
function factsOf(db: Database.Database): BackupFacts {
  const integrity = (db.pragma(`integrity_check(${MAX_PROBLEMS})`) as { integrity_check: string }[]).map((r) => r.integrity_check).filter((l) => l !== 'ok');
  const manifest = readManifest(db);
  if (!manifest) return { integrity, manifestJson: null, rowCounts: {}, media: [] };
  const get = db.prepare(`SELECT bytes FROM ${MEDIA_TABLE} WHERE hash = ?`).pluck();
  const media = manifest.media.map(({ hash }) => {
    const bytes = get.get(hash) as Buffer | undefined;
    return { hash, state: !bytes ? ('missing' as const) : sha256(bytes) !== hash ? ('damaged' as const) : ('ok' as const) };
  });
  return { integrity, manifestJson: JSON.stringify(manifest), rowCounts: countRows(db), media };
}

function judge(facts: BackupFacts, db: Database.Database): BackupVerification {
  const problems: string[] = [];
  if (facts.integrity.length > 0) problems.push(`Cấu trúc tệp hỏng (integrity_check): ${facts.integrity.join(' | ')}`);
  const manifest = parseManifest(facts.manifestJson);
  if (!manifest) return { ok: false, problems: [...problems, 'Tệp không có bảng kê (manifest) của bản sao lưu Ban Biên Tập.'], manifest: null };
  const actual = facts.rowCounts;
  for (const [table, rows] of Object.entries(manifest.rowCounts)) {
    if (actual[table] !== rows) problems.push(`Bảng ${table}: bảng kê ghi ${rows} dòng, tệp có ${actual[table] ?? 'không có bảng'}.`);
  }
  for (const m of facts.media) {
    if (m.state === 'missing') problems.push(`Thiếu tệp đa phương tiện ${m.hash}.`);
    else if (m.state === 'damaged') problems.push(`Tệp đa phương tiện ${m.hash} bị sai lệch (mã băm không khớp).`);
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
  return parseManifest((db.prepare(`SELECT json FROM ${MANIFEST_TABLE}`).pluck().get() as string | undefined) ?? null);
}

function parseManifest(json: string | null): BackupManifest | null {
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

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
