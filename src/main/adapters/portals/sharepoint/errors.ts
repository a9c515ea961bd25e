// SharePoint failures → PortalError kinds (with a Vietnamese message). Branches on status and the error's
// HRESULT code, never on message text (the portal may answer in Vietnamese despite Accept-Language).
import { PortalError, type PortalErrorKind } from '../../../../core/publishing/ports';

/** HRESULTs the connector acts on. */
export const HRESULT = {
  /** 500: a unique column (PortalSyncKey) already holds this value. */
  duplicate: -2130575169,
  /** 403: the form digest expired or belongs to another web/user. */
  digestInvalid: -2130575252,
  /** 404: "List 'X' does not exist at site …". */
  listMissing: -2130575322,
  /** 500: list view threshold. */
  queryThrottled: -2147024860,
  /** 403: access denied. */
  accessDenied: -2147024891,
  /** 404: file or folder not found. */
  fileNotFound: -2147024894
} as const;

/** What went wrong below HTTP (for discovery's problem codes). */
export type NetCause = 'bad_url' | 'dns' | 'tls' | 'refused' | 'timeout' | 'reset' | 'network';

/** A PortalError with the facts the connector branches on. */
export class SharePointError extends PortalError {
  constructor(
    kind: PortalErrorKind,
    message: string,
    vi: string,
    retryAfterMs: number | null = null,
    readonly status: number | null = null,
    /** The numeric HRESULT of `error.code` ("-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException"). */
    readonly hresult: number | null = null,
    readonly net: NetCause | null = null
  ) {
    super(kind, message, vi, retryAfterMs);
  }
}

export function isSpError(e: unknown, kind?: PortalErrorKind): e is SharePointError {
  return e instanceof SharePointError && (kind === undefined || e.kind === kind);
}

/** `error.code` of either JSON shape (verbose `error`, JSON light `odata.error`), and its message for the log. */
export function spErrorOf(body: unknown): { code: string | null; hresult: number | null; message: string } {
  const o = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const err = (o.error ?? o['odata.error']) as { code?: unknown; message?: unknown } | undefined;
  const code = typeof err?.code === 'string' ? err.code : null;
  const m = err?.message;
  const message = typeof m === 'string' ? m : typeof (m as { value?: unknown } | undefined)?.value === 'string' ? String((m as { value: string }).value) : '';
  const n = code ? Number.parseInt(code.split(',')[0]?.trim() ?? '', 10) : NaN;
  return { code, hresult: Number.isFinite(n) ? n : null, message };
}

/** Retry-After (delta seconds or an HTTP date) → milliseconds from `now`; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

function seconds(ms: number | null): string {
  return ms === null ? '' : `; thử lại sau ${Math.max(1, Math.ceil(ms / 1000))} giây`;
}

/** An HTTP error answer → PortalError. `what` names the object for the messages ("danh sách “Tin Tức”"). */
export function httpError(status: number, body: unknown, retryAfter: string | null, now: number, what: string): SharePointError {
  const { code, hresult, message } = spErrorOf(body);
  const detail = `HTTP ${status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`;
  const make = (kind: PortalErrorKind, vi: string, retryMs: number | null = null) =>
    new SharePointError(kind, `SharePoint ${what}: ${detail}`, vi, retryMs, status, hresult);
  if (status === 429 || status === 503) {
    const ms = parseRetryAfter(retryAfter, now);
    return make('throttled', `Cổng SharePoint đang quá tải (HTTP ${status})${seconds(ms)}.`, ms);
  }
  if (status === 401) return make('auth', 'Cổng SharePoint không chấp nhận tài khoản hoặc mật khẩu (HTTP 401). Nhờ quản trị kiểm tra lại thông tin đăng nhập.');
  if (status === 403) {
    // Still refused with a fresh digest (e.g. servers of a farm that disagree): not a permission; retry later.
    if (hresult === HRESULT.digestInvalid) return make('server', 'Cổng SharePoint không chấp nhận mã xác thực biểu mẫu (form digest) vừa cấp (HTTP 403); sẽ thử lại sau.');
    return make('forbidden', `Tài khoản không có quyền với ${what} trên cổng SharePoint (HTTP 403). Nhờ quản trị cổng cấp quyền.`);
  }
  if (status === 404) return make('not_found', `Không tìm thấy ${what} trên cổng SharePoint (HTTP 404).`);
  if (status === 409 || status === 412) return make('conflict', `${capital(what)} vừa bị thay đổi trên cổng SharePoint (HTTP ${status}); cần đọc lại rồi gửi lại.`);
  if (status === 400 || status === 406 || status === 415 || status === 422) {
    return make('invalid', `Cổng SharePoint từ chối yêu cầu cho ${what} (HTTP ${status})${message ? `: ${message}` : ''}.`);
  }
  if (status >= 500) {
    if (hresult === HRESULT.queryThrottled) return make('server', `Danh sách trên cổng vượt ngưỡng hiển thị (list view threshold); cần đánh chỉ mục cột khóa (HTTP ${status}).`);
    return make('server', `Cổng SharePoint gặp lỗi máy chủ khi xử lý ${what} (HTTP ${status}).`);
  }
  return make('invalid', `Cổng SharePoint trả lời bất thường cho ${what} (HTTP ${status}).`);
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function codesOf(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 4) return [];
  const o = e as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  const out = [o.code, o.name, o.message].filter((x): x is string => typeof x === 'string');
  out.push(...codesOf(o.cause, depth + 1));
  if (Array.isArray(o.errors)) for (const x of o.errors) out.push(...codesOf(x, depth + 1));
  return out;
}

/**
 * A thrown fetch error → cause. Node's fetch (undici: TypeError with `cause.code`), AbortSignal timeouts, and
 * Chromium's `net::ERR_*` messages (Electron's net.fetch). Error *codes*, not prose.
 */
export function netCause(e: unknown): NetCause {
  const codes = codesOf(e);
  const has = (...xs: string[]) => codes.some((c) => xs.some((x) => c === x || c.includes(x)));
  if (has('TimeoutError', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'net::ERR_TIMED_OUT', 'net::ERR_CONNECTION_TIMED_OUT')) return 'timeout';
  if (has('ERR_INVALID_URL', 'net::ERR_INVALID_URL', 'net::ERR_UNSAFE_PORT')) return 'bad_url';
  if (has('ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'net::ERR_NAME_NOT_RESOLVED', 'net::ERR_NAME_RESOLUTION_FAILED')) return 'dns';
  if (has('ECONNREFUSED', 'net::ERR_CONNECTION_REFUSED')) return 'refused';
  if (has('CERT', 'ERR_TLS_', 'ERR_SSL_', 'EPROTO', 'net::ERR_SSL_', 'net::ERR_CERT_', 'HOSTNAME_MISMATCH')) return 'tls';
  if (has('ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'net::ERR_CONNECTION_RESET', 'net::ERR_CONNECTION_CLOSED', 'net::ERR_EMPTY_RESPONSE')) return 'reset';
  return 'network';
}

const NET_VI: Record<NetCause, (host: string) => string> = {
  bad_url: (h) => `Địa chỉ cổng SharePoint “${h}” không hợp lệ.`,
  dns: (h) => `Không tìm thấy máy chủ “${h}” (lỗi phân giải tên miền DNS). Kiểm tra địa chỉ hoặc mạng nội bộ.`,
  tls: (h) => `Chứng chỉ bảo mật (TLS/HTTPS) của “${h}” không hợp lệ hoặc không được tin cậy.`,
  refused: (h) => `Máy chủ “${h}” từ chối kết nối (cổng chưa chạy hoặc sai cổng dịch vụ).`,
  timeout: (h) => `Cổng SharePoint “${h}” không trả lời kịp thời hạn.`,
  reset: (h) => `Kết nối tới “${h}” bị ngắt giữa chừng.`,
  network: (h) => `Không kết nối được tới “${h}”.`
};

/**
 * A thrown fetch error → PortalError. Nothing reached the portal (DNS, refused, TLS) → unreachable. A timeout or
 * reset of a write → ambiguous: fetch cannot tell whether the body was sent and applied (SharePoint may have
 * created the item before the connection dropped), so the caller must look the item up before re-creating.
 * For reads and idempotent calls (`mayHaveApplied` false) the same failures are just unreachable.
 */
export function networkError(e: unknown, url: string, mayHaveApplied: boolean, what: string): SharePointError {
  const cause = netCause(e);
  let host = url;
  try { host = new URL(url).host; } catch { /* keep */ }
  const message = `SharePoint ${what}: ${cause} (${codesOf(e).slice(0, 3).join(' / ')})`;
  if (mayHaveApplied && (cause === 'timeout' || cause === 'reset' || cause === 'network')) {
    return new SharePointError('ambiguous', message, `${NET_VI[cause](host)} Chưa rõ cổng đã nhận ${what} hay chưa; lần gửi lại sẽ tìm bài trên cổng trước để không đăng trùng.`, null, null, null, cause);
  }
  return new SharePointError('unreachable', message, `${NET_VI[cause](host)} Sẽ thử lại sau.`, null, null, null, cause);
}
