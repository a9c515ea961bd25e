// Who may talk to the browser-mode server: loopback Host (DNS-rebinding defence), same Origin, and the
// per-run token (header or HttpOnly cookie).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_HEADER = 'x-bbt-token';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Cookies are shared by every port of a host, so the name carries the port: two servers never clash. */
export function tokenCookieName(port: number): string {
  return `bbt_token_${port}`;
}

export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/**
 * The login session's key. A session cookie (no expiry): a reload keeps the session, a new browser
 * (or a new Playwright context) starts logged out.
 */
export function sessionCookieName(port: number): string {
  return `bbt_sid_${port}`;
}

export function sessionCookie(port: number, sid: string): string {
  return `${sessionCookieName(port)}=${sid}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The request's session id, when it carries a well-formed one. */
export function presentedSession(headers: IncomingHttpHeaders, port: number): string | undefined {
  const sid = cookieValue(headers, sessionCookieName(port));
  return sid !== undefined && /^[A-Za-z0-9_-]{43}$/.test(sid) ? sid : undefined;
}

function cookieValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  for (const part of (headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** Why the request's Host/Origin is refused, or null when it is ours. */
export function hostOrOriginProblem(headers: IncomingHttpHeaders, port: number): string | null {
  const host = headers.host;
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return `foreign Host header ${JSON.stringify(host)}`;
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return `foreign Origin ${JSON.stringify(origin)}`;
  return null;
}

/** The token the request carries: the X-BBT-Token header wins over the cookie. */
export function presentedToken(headers: IncomingHttpHeaders, port: number): string | undefined {
  const header = headers[TOKEN_HEADER];
  if (typeof header === 'string') return header;
  return cookieValue(headers, tokenCookieName(port));
}

export function tokenMatches(candidate: string | undefined | null, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
