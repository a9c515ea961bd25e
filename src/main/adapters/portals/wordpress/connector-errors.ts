// WordPress client errors → the publishing port's PortalError (kind + English log text + Vietnamese for the user),
// and → discovery's ConnectionProblem codes.
import { PortalError, type ConnectionProblem } from '../../../../core/publishing/ports';
import { WordPressError, type WordPressErrorCode } from './errors';
import { portalErrorKind } from './portal-error-kind';

export interface ErrorContext {
  /** The site as the user knows it ("cong.phuongx.gov.vn"). */
  host: string;
  user: string;
  /** What was being done, in Vietnamese: "đăng bài", "cập nhật bài", "gỡ bài", "tải ảnh lên", "đọc bài". */
  action: string;
  /** A create/update/delete/upload: a timeout or reset after sending may have been applied. */
  write: boolean;
}

const QUEUED = 'bài vẫn chờ trong hàng đợi và sẽ được gửi lại';

function seconds(ms: number | undefined): string {
  return ms === undefined ? '' : ` sau khoảng ${Math.max(1, Math.ceil(ms / 1000))} giây`;
}

/** WordPress's own message ("Sorry, you are not allowed to…"), when it said one. */
function wpSaid(e: WordPressError): string {
  const m = /:\s*\d{3}\s+[\w-]+:\s*(.+)$/.exec(e.message);
  return m?.[1] ? ` (cổng báo: “${m[1].trim()}”)` : '';
}

/** Vietnamese text for a client error code. */
export function vietnameseFor(e: WordPressError, ctx: ErrorContext): string {
  const h = ctx.host;
  const code: WordPressErrorCode = e.code;
  if (ctx.write && (code === 'TIMEOUT' || code === 'CONNECTION_RESET' || code === 'NETWORK')) {
    return `Mất kết nối với cổng ${h} khi đang ${ctx.action}: chưa rõ cổng đã nhận hay chưa. Lần gửi lại sẽ tìm bài trên cổng trước, không đăng trùng; ${QUEUED}.`;
  }
  switch (code) {
    case 'BAD_URL':
      return `Địa chỉ cổng WordPress “${h}” không hợp lệ (cần dạng https://tenmien.gov.vn).`;
    case 'DNS_NOT_FOUND':
      return `Không tìm thấy tên miền ${h} (lỗi DNS): kiểm tra địa chỉ cổng hoặc mạng của máy; ${QUEUED}.`;
    case 'CONNECTION_REFUSED':
    case 'NETWORK_UNREACHABLE':
    case 'CONNECTION_RESET':
    case 'NETWORK':
      return `Không kết nối được cổng ${h}; ${QUEUED}.`;
    case 'TIMEOUT':
      return `Cổng ${h} không trả lời kịp; ${QUEUED}.`;
    case 'TLS_CERT_INVALID':
      return `Chứng chỉ bảo mật (HTTPS) của cổng ${h} không hợp lệ hoặc đã hết hạn; hãy báo quản trị cổng. Bài vẫn chờ trong hàng đợi.`;
    case 'TLS_ERROR':
      return `Không lập được kết nối bảo mật (HTTPS) tới cổng ${h}; ${QUEUED}.`;
    case 'ABORTED':
      return `Việc ${ctx.action} đã bị dừng giữa chừng; bài vẫn chờ trong hàng đợi.`;
    case 'REDIRECTED': {
      const location = (e.data as { location?: string } | undefined)?.location;
      return `Cổng ${h} chuyển hướng sang địa chỉ khác${location ? ` (${location})` : ''}: hãy sửa địa chỉ cổng trong cài đặt (thường là https://…).`;
    }
    case 'NO_REST_API':
      return `Địa chỉ ${h} không phải một trang WordPress có REST API (đã thử /wp-json/ và /?rest_route=/); kiểm tra lại địa chỉ cổng.`;
    case 'REST_DISABLED':
      return `REST API của cổng WordPress ${h} đang bị tắt hoặc bị chặn (plugin bảo mật, tường lửa); hãy báo quản trị cổng.`;
    case 'AUTH_FAILED':
      return `Tên đăng nhập hoặc mật khẩu ứng dụng WordPress không đúng (tài khoản “${ctx.user}” trên ${h}), hoặc mật khẩu ứng dụng đã bị thu hồi. Quản trị viên cần nhập lại trong cài đặt cổng.`;
    case 'APP_PASSWORDS_DISABLED':
      return `Cổng ${h} không cho đăng nhập bằng mật khẩu ứng dụng (cần HTTPS, hoặc tính năng đã bị tắt); hãy báo quản trị cổng.`;
    case 'FORBIDDEN':
      return `Tài khoản WordPress “${ctx.user}” không có quyền ${ctx.action} trên cổng ${h}${wpSaid(e)}; cần vai trò Biên tập viên (Editor) hoặc Quản trị viên.`;
    case 'NOT_FOUND':
    case 'GONE':
      return `Không còn thấy bài trên cổng ${h} (đã bị xóa hẳn hoặc đường dẫn không đúng).`;
    case 'CONFLICT':
      return `Bài trên cổng ${h} vừa bị sửa cùng lúc; sẽ đọc lại và gửi lại.`;
    case 'INVALID_REQUEST':
      return `Cổng ${h} từ chối khi ${ctx.action}${wpSaid(e)}; cần người kiểm tra lại bài và cài đặt cổng.`;
    case 'PAYLOAD_TOO_LARGE':
      return `Tệp quá lớn so với giới hạn tải lên của cổng ${h}; hãy giảm dung lượng ảnh/tệp hoặc nhờ quản trị cổng nâng giới hạn.`;
    case 'RATE_LIMITED':
      return `Cổng ${h} đang hạn chế số lần gửi; ${QUEUED}${seconds(e.retryAfterMs)}.`;
    case 'SERVER_UNAVAILABLE':
      return `Cổng ${h} tạm thời quá tải hoặc đang bảo trì (HTTP ${e.status ?? '503'}); ${QUEUED}${seconds(e.retryAfterMs)}.`;
    case 'SERVER_ERROR':
      return `Máy chủ cổng ${h} gặp lỗi (HTTP ${e.status ?? 500}); ${QUEUED}.`;
    case 'HTTP_ERROR':
      return `Cổng ${h} trả lời bất thường (HTTP ${e.status ?? '?'}) khi ${ctx.action}.`;
    case 'BAD_RESPONSE':
      return `Cổng ${h} trả về dữ liệu không phải của WordPress REST API khi ${ctx.action} (có thể là trang chặn của tường lửa hoặc lỗi PHP).`;
  }
}

/** Any failure of a client call → PortalError (PortalErrors pass through; other errors are bugs → 'server'). */
export function toPortalError(e: unknown, ctx: ErrorContext): PortalError {
  if (e instanceof PortalError) return e;
  if (e instanceof WordPressError) {
    const kind = portalErrorKind(e.code, ctx.write);
    const retryAfterMs = kind === 'throttled' ? (e.retryAfterMs ?? null) : null;
    return new PortalError(kind, `WordPress ${ctx.write ? 'write' : 'read'} failed: ${e.code}: ${e.message}`, vietnameseFor(e, ctx), retryAfterMs);
  }
  const message = e instanceof Error ? e.message : String(e);
  // Not from the client (a bug or an unexpected throw): retry later rather than fail the publication for good.
  return new PortalError(ctx.write ? 'ambiguous' : 'server', `WordPress connector: ${message}`, `Lỗi không mong đợi khi ${ctx.action} trên cổng ${ctx.host}; ${QUEUED}.`);
}

/** Client error code → discovery problem code. */
export function problemCode(code: WordPressErrorCode): ConnectionProblem['code'] {
  switch (code) {
    case 'BAD_URL':
      return 'bad_url';
    case 'DNS_NOT_FOUND':
      return 'dns';
    case 'TLS_CERT_INVALID':
    case 'TLS_ERROR':
      return 'tls';
    case 'CONNECTION_REFUSED':
    case 'NETWORK_UNREACHABLE':
    case 'CONNECTION_RESET':
    case 'NETWORK':
    case 'SERVER_UNAVAILABLE':
    case 'SERVER_ERROR':
      return 'unreachable';
    case 'TIMEOUT':
      return 'timeout';
    case 'AUTH_FAILED':
    case 'APP_PASSWORDS_DISABLED':
      return 'auth';
    case 'FORBIDDEN':
    case 'REST_DISABLED':
      return 'forbidden';
    case 'NO_REST_API':
      return 'no_api';
    default:
      return 'other';
  }
}
