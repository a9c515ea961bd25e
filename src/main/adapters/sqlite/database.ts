// Opens (or creates) a workspace database: durable pragmas, migrations, refusal of newer schemas,
// and an integrity check after an unclean shutdown. Read-only opening (for CLI verbs that only read,
// alongside a running app) changes nothing: no migration, no marker, no check.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError, ErrorCode } from '../../../shared/errors';
import { migrate, schemaVersion } from './migrate';
import { LATEST_VERSION } from './migrations/index';

export interface OpenDatabaseOptions {
  /** How long a write waits for another connection's lock before failing (default 5 s). */
  busyTimeoutMs?: number;
  /** Run quick_check even if the marker says the last close was clean (e.g. a stale workspace lock was taken over). */
  checkIntegrity?: boolean;
  /** Open without writing anything; refuses a database that still needs a migration. */
  readOnly?: boolean;
}

/** What quick_check found at open; null when it did not run (clean previous close). */
export interface IntegrityCheck {
  ok: boolean;
  /** SQLite's own lines (English, technical), at most MAX_PROBLEMS. */
  problems: string[];
}

export interface OpenedDatabase {
  db: Database.Database;
  /** True when the previous session did not close the database (crash, kill, power loss). */
  uncleanShutdown: boolean;
  integrity: IntegrityCheck | null;
  /** Marks a clean shutdown and closes. Safe to call twice. */
  close(): void;
}

const MARKER = 'clean_shutdown';
const MAX_PROBLEMS = 10;

export function openDatabase(file: string, opts: OpenDatabaseOptions = {}): OpenedDatabase {
  if (opts.readOnly) return openReadOnly(file, opts);
  mkdirSync(dirname(file), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (e) {
    throw toAppError(e, file);
  }
  try {
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
    const version = schemaVersion(db);
    if (version > LATEST_VERSION) {
      throw new AppError(
        ErrorCode.WORKSPACE_TOO_NEW,
        `Không gian làm việc này được tạo bởi phiên bản Ban Biên Tập mới hơn (dữ liệu phiên bản ${version}, ` +
          `ứng dụng này chỉ đọc được đến phiên bản ${LATEST_VERSION}). Hãy cập nhật ứng dụng rồi mở lại.`
      );
    }
    db.pragma('journal_mode = WAL');
    // better-sqlite3 leaves WAL at NORMAL, which can lose acknowledged commits on power loss.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');

    const uncleanShutdown = version > 0 && readMarker(db) !== '1';
    const integrity = version > 0 && (uncleanShutdown || opts.checkIntegrity) ? quickCheck(db) : null;
    migrate(db);
    writeMarker(db, '0');

    let open = true;
    return {
      db,
      uncleanShutdown,
      integrity,
      close() {
        if (!open) return;
        open = false;
        try {
          // A database that failed its check stays "unclean", so it is checked (and the warning shown)
          // at every start until it passes (after a restore or repair); nothing more is written to it here.
          if (integrity?.ok === false) return;
          db.pragma('optimize'); // refreshes query-planner statistics when SQLite thinks it useful
          writeMarker(db, '1');
        } finally {
          db.close();
        }
      }
    };
  } catch (e) {
    db.close();
    throw toAppError(e, file);
  }
}

function readMarker(db: Database.Database): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(MARKER) as { value: string } | undefined;
  return row?.value;
}

function writeMarker(db: Database.Database, value: '0' | '1'): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(MARKER, value);
}

function quickCheck(db: Database.Database): IntegrityCheck {
  let rows: { quick_check: string }[];
  try {
    rows = db.pragma(`quick_check(${MAX_PROBLEMS})`) as { quick_check: string }[];
  } catch (err) {
    // Some damage stops quick_check itself: that is its finding, so that the app can still start and offer a backup.
    if ((err as { code?: string }).code !== 'SQLITE_CORRUPT') throw err;
    return { ok: false, problems: [`quick_check: ${(err as Error).message}`] };
  }
  const problems = rows.map((r) => r.quick_check).filter((line) => line !== 'ok');
  return { ok: problems.length === 0, problems };
}

function openReadOnly(file: string, opts: OpenDatabaseOptions): OpenedDatabase {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw toAppError(e, file);
  }
  try {
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
    const version = schemaVersion(db);
    if (version !== LATEST_VERSION) {
      throw new AppError(
        version > LATEST_VERSION ? ErrorCode.WORKSPACE_TOO_NEW : ErrorCode.CONFLICT,
        version > LATEST_VERSION
          ? `Không gian làm việc này được tạo bởi phiên bản Ban Biên Tập mới hơn (dữ liệu phiên bản ${version}). Hãy cập nhật ứng dụng.`
          : 'Kho dữ liệu cần được nâng cấp trước khi đọc: hãy mở Ban Biên Tập (hoặc chạy một lệnh ghi) một lần rồi thử lại.'
      );
    }
  } catch (e) {
    db.close();
    throw toAppError(e, file);
  }
  return { db, uncleanShutdown: false, integrity: null, close: () => {
      if (db.open) db.close();
    }
  };
}

function damaged(file: string): AppError {
  return new AppError(
    ErrorCode.WORKSPACE_DAMAGED,
    `Tệp dữ liệu của không gian làm việc bị hỏng (${file}). Đừng ghi thêm vào thư mục này; ` +
      'hãy khôi phục từ bản sao lưu gần nhất hoặc nhờ bộ phận kỹ thuật kiểm tra.'
  );
}

/** Maps SQLite failures at open time to messages a user can act on. */
function toAppError(e: unknown, file: string): unknown {
  if (e instanceof AppError) return e;
  const code = (e as { code?: unknown }).code;
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return damaged(file);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError(ErrorCode.WORKSPACE_LOCKED, 'Không gian làm việc đang được một chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại.');
  }
  if (code === 'SQLITE_FULL') {
    return new AppError(ErrorCode.DISK_FULL, 'Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi mở lại không gian làm việc.');
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') {
    return new AppError(ErrorCode.INTERNAL, `Không mở được tệp dữ liệu ${file}. Hãy kiểm tra quyền ghi vào thư mục không gian làm việc.`);
  }
  return e;
}
