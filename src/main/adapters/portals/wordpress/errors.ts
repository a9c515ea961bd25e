// Typed errors of the WordPress connector. Codes, never text: the UI words them in Vietnamese.

export const WORDPRESS_ERROR_CODES = [
  'BAD_URL', // the address is not a usable http(s) URL
  'DNS_NOT_FOUND', // the host name does not resolve
  'CONNECTION_REFUSED', // nothing listens on that host/port
  'CONNECTION_RESET', // the connection dropped mid-request
  'NETWORK_UNREACHABLE', // no route to the host
  'TIMEOUT', // no (complete) answer within the time limit
  'TLS_CERT_INVALID', // certificate self-signed, expired, for another name, or from an unknown authority
  'TLS_ERROR', // another TLS failure (protocol, handshake)
  'NETWORK', // another network failure
  'ABORTED', // the caller cancelled
  'REDIRECTED', // a write was answered with a redirect (often http → https); data.location tells where
  'NO_REST_API', // the site answers, but neither /wp-json/ nor /?rest_route= is a WordPress REST API
  'REST_DISABLED', // the REST API is switched off or restricted by a plugin/firewall
  // 401. WordPress answers a wrong password with `rest_not_logged_in` as often as with `incorrect_password`, the same
  // as when a proxy drops the Authorization header, so one code covers them.
  'AUTH_FAILED', // 401: wrong user name or application password (or the credentials did not reach WordPress)
  'APP_PASSWORDS_DISABLED', // application passwords are off (site not on HTTPS, or turned off for the site/user)
  'FORBIDDEN', // 403: logged in but not allowed (e.g. a contributor publishing)
  'NOT_FOUND', // 404 from the REST API (unknown id or route)
  'GONE', // 410 (e.g. rest_already_trashed)
  'CONFLICT', // the post changed on the portal since we last saw it (modified_gmt differs), or 409
  'INVALID_REQUEST', // 400 (invalid parameter, missing upload file name, …)
  'PAYLOAD_TOO_LARGE', // 413: upload over the server's limit
  'RATE_LIMITED', // 429
  'SERVER_UNAVAILABLE', // 502/503/504
  'SERVER_ERROR', // 500 and other 5xx
  'HTTP_ERROR', // another unexpected status
  'BAD_RESPONSE' // not the JSON we expect (an HTML page, a firewall's block page, PHP notices…)
] as const;
export type WordPressErrorCode = (typeof WORDPRESS_ERROR_CODES)[number];

export interface WordPressErrorDetails {
  status?: number;
  /** WordPress's own error code, e.g. `rest_cannot_publish`. */
  wpCode?: string;
  /** How long the server asked us to wait (Retry-After), in milliseconds. */
  retryAfterMs?: number;
  /** `data` of the WordPress error, or facts such as `{ location }` for redirects. */
  data?: unknown;
  url?: string;
  cause?: unknown;
}

export class WordPressError extends Error {
  override readonly name = 'WordPressError';
  readonly code: WordPressErrorCode;
  readonly status?: number;
  readonly wpCode?: string;
  readonly retryAfterMs?: number;
  readonly data?: unknown;
  readonly url?: string;

  constructor(code: WordPressErrorCode, message: string, details: WordPressErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.status = details.status;
    this.wpCode = details.wpCode;
    this.retryAfterMs = details.retryAfterMs;
    this.data = details.data;
    this.url = details.url;
  }

  /** Worth retrying later as-is (writes only when the caller knows they are idempotent). */
  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}

const RETRYABLE = new Set<WordPressErrorCode>(['CONNECTION_RESET', 'TIMEOUT', 'NETWORK', 'RATE_LIMITED', 'SERVER_UNAVAILABLE']);

export function isWordPressError(e: unknown, code?: WordPressErrorCode): e is WordPressError {
  return e instanceof WordPressError && (code === undefined || e.code === code);
}

const TLS_CERT_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH'
]);

function errorCodes(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 4) return [];
  const out: string[] = [];
  const o = e as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof o.code === 'string') out.push(o.code);
  if (typeof o.name === 'string') out.push(o.name);
  if (typeof o.message === 'string') out.push(o.message);
  out.push(...errorCodes(o.cause, depth + 1));
  if (Array.isArray(o.errors)) for (const x of o.errors) out.push(...errorCodes(x, depth + 1));
  return out;
}

/**
 * Network-level failure → code. Understands Node's fetch (undici: `TypeError('fetch failed')` with
 * `cause.code`), AbortSignal timeouts, and Chromium/Electron `net::ERR_*` messages (Electron's net.fetch).
 */
export function classifyNetworkError(e: unknown): WordPressErrorCode {
  const codes = errorCodes(e);
  const has = (...xs: string[]) => codes.some((c) => xs.some((x) => c === x || c.includes(x)));
  if (has('TimeoutError', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'net::ERR_TIMED_OUT', 'net::ERR_CONNECTION_TIMED_OUT')) return 'TIMEOUT';
  if (has('AbortError', 'net::ERR_ABORTED')) return 'ABORTED';
  if (has('ERR_INVALID_URL', 'Invalid URL', 'unknown scheme', 'bad port', 'net::ERR_INVALID_URL', 'net::ERR_UNSAFE_PORT')) return 'BAD_URL';
  if (has('ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'net::ERR_NAME_NOT_RESOLVED', 'net::ERR_NAME_RESOLUTION_FAILED')) return 'DNS_NOT_FOUND';
  if (has('ECONNREFUSED', 'net::ERR_CONNECTION_REFUSED')) return 'CONNECTION_REFUSED';
  if (codes.some((c) => TLS_CERT_CODES.has(c)) || has('net::ERR_CERT_')) return 'TLS_CERT_INVALID';
  if (has('ERR_SSL_', 'EPROTO', 'ERR_TLS_', 'net::ERR_SSL_')) return 'TLS_ERROR';
  if (has('ENETUNREACH', 'EHOSTUNREACH', 'net::ERR_ADDRESS_UNREACHABLE', 'net::ERR_INTERNET_DISCONNECTED', 'net::ERR_NETWORK_CHANGED')) return 'NETWORK_UNREACHABLE';
  if (has('ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'other side closed', 'net::ERR_CONNECTION_RESET', 'net::ERR_CONNECTION_CLOSED', 'net::ERR_EMPTY_RESPONSE')) return 'CONNECTION_RESET';
  return 'NETWORK';
}

/** HTTP error status (+ WordPress error code, absent when the answer was not WordPress's) → code. */
export function classifyHttpError(status: number, wpCode?: string): WordPressErrorCode {
  const c = wpCode ?? '';
  if (c === 'rest_disabled' || c === 'rest_cannot_access' || c === 'rest_api_disabled') return 'REST_DISABLED';
  if (c.startsWith('application_passwords_disabled') || c === 'rest_application_passwords_disabled') return 'APP_PASSWORDS_DISABLED';
  if (status === 401) return 'AUTH_FAILED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409 || status === 412) return 'CONFLICT';
  if (status === 410) return 'GONE';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503 || status === 504) return 'SERVER_UNAVAILABLE';
  if (status >= 500) return 'SERVER_ERROR';
  if (status === 400 || status === 422) return 'INVALID_REQUEST';
  return 'HTTP_ERROR';
}

/** Retry-After: delta seconds or an HTTP date → milliseconds from `now` (never negative); undefined if absent/invalid. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (v === '') return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (/^-?\d+(\.\d+)?$/.test(v)) return undefined; // negative / fractional: not allowed by RFC 9110
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
