// Every call from any transport goes through here: method check → session check → zod parse →
// handler → Result. The session comes from the connection id the transport vouches for.
import { contract, isMethod, LOCKED_METHODS, PUBLIC_METHODS } from '../shared/contract';
import { AppError, ErrorCode, type Result } from '../shared/errors';
import type { Handlers } from './handlers/types';
import { exceedsLimit, maxRequestBytes, tooLargeMessage } from './request-limits';
import type { Connection, SessionManager } from './sessions/session-manager';
import type { ZodError } from 'zod';

export type Dispatch = (method: string, input: unknown, conn: Connection) => Promise<Result<unknown>>;

export const NOT_LOGGED_IN = 'Bạn cần đăng nhập.';
export const SCREEN_LOCKED = 'Màn hình đang khóa. Hãy nhập mật khẩu để mở khóa.';
/** SQLite's SQLITE_FULL or a file write's ENOSPC: nothing of this call was written (one transaction, atomic media files). */
export const DISK_FULL_MESSAGE =
  'Ổ đĩa đã đầy, chưa lưu được thay đổi này (bản đã lưu trước đó vẫn an toàn). Hãy xóa bớt tệp để giải phóng dung lượng; ứng dụng sẽ tự lưu lại.';

/** Calls that a page makes by itself (lease heartbeat, comment polling, status): never keep a session awake. */
const BACKGROUND_METHODS: ReadonlySet<string> = new Set(['lock.acquire', 'lock.release', 'comment.list', 'auth.status', 'app.info']);
/** After these succeed the connection gets a new session id (no fixation through a planted cookie). */
const ROTATE_AFTER: ReadonlySet<string> = new Set(['auth.login', 'auth.setup', 'auth.logout']);

export function createDispatch(handlers: Handlers, sessions: SessionManager, log: (line: string) => void = console.error): Dispatch {
  return async (method, input, conn) => {
    if (!isMethod(method)) {
      return { ok: false, error: { code: ErrorCode.INVALID_INPUT, message: 'Yêu cầu không hợp lệ.' } };
    }
    const user = sessions.user(conn.connectionId);
    if (!PUBLIC_METHODS.has(method)) {
      if (!user) return { ok: false, error: { code: ErrorCode.UNAUTHENTICATED, message: NOT_LOGGED_IN } };
      if (!LOCKED_METHODS.has(method)) {
        if (sessions.isLocked(conn.connectionId)) return { ok: false, error: { code: ErrorCode.LOCKED, message: SCREEN_LOCKED } };
        if (!conn.background && !BACKGROUND_METHODS.has(method)) sessions.touch(conn.connectionId);
      }
    }
    const limit = maxRequestBytes(method);
    if (exceedsLimit(input, limit)) return { ok: false, error: { code: ErrorCode.FILE_TOO_LARGE, message: tooLargeMessage(limit) } };
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const tooBig = parsed.error.issues.some((i) => i.code === 'too_big');
      const own = parsed.error.issues.find((i) => isOwnMessage(i.message));
      const message = tooBig
        ? 'Nội dung hoặc tệp quá lớn để lưu. Hãy chia nhỏ nội dung hoặc dùng tệp nhỏ hơn; dữ liệu đã lưu trước đó vẫn an toàn.'
        : (own?.message ?? 'Dữ liệu gửi lên không hợp lệ.');
      return { ok: false, error: { code: ErrorCode.INVALID_INPUT, message, fields: zodFields(parsed.error) } };
    }
    try {
      const handler = handlers[method] as (input: unknown, ctx: { user: typeof user; connectionId: string }) => Promise<unknown>;
      const value = await handler(parsed.data, { user, connectionId: conn.connectionId });
      if (ROTATE_AFTER.has(method) && conn.rotate) sessions.move(conn.connectionId, conn.rotate());
      return { ok: true, value };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toShape() };
      const code = (err as { code?: string }).code;
      if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
        log(`[dispatch] ${method}: disk full`);
        return { ok: false, error: { code: ErrorCode.DISK_FULL, message: DISK_FULL_MESSAGE } };
      }
      log(`[dispatch] ${method} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return { ok: false, error: { code: ErrorCode.INTERNAL, message: 'Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu trước đó vẫn an toàn.' } };
    }
  };
}

function zodFields(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= isOwnMessage(issue.message) ? issue.message : 'Giá trị không hợp lệ.';
  }
  return fields;
}

/**
 * A message written for users in a contract schema (e.g. INVALID_DATE_MESSAGE), shown as is; zod's own
 * messages are English (ASCII only) and stay in the logs.
 */
function isOwnMessage(message: string): boolean {
  return [...message].some((ch) => ch.charCodeAt(0) > 0x7f);
}
