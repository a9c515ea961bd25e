// WordPress error codes → the publishing port's PortalErrorKind (src/core/publishing/ports.ts).
import type { PortalErrorKind } from '../../../../core/publishing/ports';
import type { WordPressErrorCode } from './errors';

/**
 * `wasWrite`: the failed call was a create/update/delete/upload. A timeout or reset after sending one is
 * `ambiguous` (it may have been applied: look the item up by slug/sync key before re-creating).
 */
export function portalErrorKind(code: WordPressErrorCode, wasWrite: boolean): PortalErrorKind {
  switch (code) {
    case 'TIMEOUT':
    case 'CONNECTION_RESET':
    case 'NETWORK':
      return wasWrite ? 'ambiguous' : 'unreachable';
    case 'DNS_NOT_FOUND':
    case 'CONNECTION_REFUSED':
    case 'NETWORK_UNREACHABLE':
    case 'TLS_CERT_INVALID':
    case 'TLS_ERROR':
    case 'ABORTED':
      return 'unreachable';
    case 'RATE_LIMITED':
    case 'SERVER_UNAVAILABLE':
      return 'throttled';
    case 'SERVER_ERROR':
      return 'server';
    case 'AUTH_FAILED':
    case 'APP_PASSWORDS_DISABLED':
      return 'auth';
    case 'FORBIDDEN':
    case 'REST_DISABLED':
      return 'forbidden';
    case 'NOT_FOUND':
    case 'GONE':
    case 'NO_REST_API':
      return 'not_found';
    case 'CONFLICT':
      return 'conflict';
    case 'BAD_URL':
    case 'REDIRECTED':
    case 'INVALID_REQUEST':
    case 'PAYLOAD_TOO_LARGE':
    case 'HTTP_ERROR':
    case 'BAD_RESPONSE':
      return 'invalid';
  }
}
