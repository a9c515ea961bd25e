// One request through the emulator, independent of sockets: web lookup, throttling, auth, digest, _api routing, file GETs.
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { loginSoap, type AuthResult, type User } from './auth';
import { handleApi } from './api';
import { rawFile } from './api-files';
import { handleBatch } from './batch';
import type { Core, Ctx, Result } from './context';
import type { ConnectionAuth } from './ntlm';
import { acceptFormat, contentTypeOf, errorBody, renderPayload, SpError, type Format } from './odata';
import { splitSegments } from './odata-query';
import type { Web } from './store';

export interface EmuRequest {
  method: string; path: string; headers: IncomingHttpHeaders; body: Buffer; origin: string;
  /** The TCP connection's sign-in state (NTLM); absent for requests that have no connection of their own. */
  conn?: ConnectionAuth;
}
export interface EmuResponse { status: number; headers: Record<string, string | string[]>; body: Buffer }

export function effectiveMethod(req: { method: string; headers: IncomingHttpHeaders }): string {
  const override = req.headers['x-http-method'];
  const o = (Array.isArray(override) ? override[0] : override)?.trim().toUpperCase();
  return req.method.toUpperCase() === 'POST' && o ? o : req.method.toUpperCase();
}

function webOf(core: Core, path: string): Web | undefined {
  const lower = path.toLowerCase();
  return [...core.webs].sort((a, b) => b.path.length - a.path.length)
    .find((w) => lower === w.path.toLowerCase() || lower.startsWith(`${w.path.toLowerCase()}/`) || w.path === '');
}

function respond(status: number, headers: Record<string, string | string[]>, body: string | Buffer = ''): EmuResponse {
  return { status, headers, body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body };
}

export function commonHeaders(core: Core, web: Web | undefined): Record<string, string> {
  return {
    'X-SharePointHealthScore': String(core.settings.healthScore),
    SPRequestGuid: randomUUID(),
    'request-id': randomUUID(),
    MicrosoftSharePointTeamServices: web?.profile === '2016' ? '16.0.0.4327' : '15.0.0.4569',
    'X-Content-Type-Options': 'nosniff'
  };
}

export function errorResponse(core: Core, web: Web | undefined, err: SpError, format: Format): EmuResponse {
  return respond(err.status, { ...commonHeaders(core, web), ...err.headers, 'Content-Type': contentTypeOf(format) }, JSON.stringify(errorBody(err, format)));
}

export function unauthorized(core: Core, web: Web | undefined, origin: string): EmuResponse {
  return respond(401, { ...commonHeaders(core, web), ...core.auth.challenge(origin), 'Content-Type': 'text/plain; charset=utf-8' }, '401 UNAUTHORIZED');
}

/** A failed sign-in, or the NTLM challenge (the handshake's 401 carries it in place of the list of schemes). */
function refused(core: Core, web: Web | undefined, req: EmuRequest, who: Exclude<AuthResult, { user: User }>): EmuResponse {
  if ('failure' in who) return unauthorized(core, web, req.origin);
  return respond(401, { ...commonHeaders(core, web), 'WWW-Authenticate': `NTLM ${who.ntlmChallenge}`, 'Content-Type': 'text/plain; charset=utf-8' }, '401 UNAUTHORIZED');
}

export function busy(core: Core, web: Web | undefined, status: number, retryAfter: string | undefined): EmuResponse {
  const headers: Record<string, string> = { ...commonHeaders(core, web), 'Content-Type': 'text/html; charset=utf-8' };
  if (retryAfter !== undefined) headers['Retry-After'] = retryAfter;
  const text = status === 429 ? '429 TOO MANY REQUESTS' : 'The server is busy. Please try again later.';
  return respond(status, headers, `<html><head><title>${text}</title></head><body><h1>${text}</h1></body></html>`);
}

export async function processRequest(core: Core, req: EmuRequest, batchUser?: User): Promise<EmuResponse> {
  const url = new URL(req.path, req.origin);
  const web = webOf(core, url.pathname);
  if (/\/_vti_bin\/authentication\.asmx$/i.test(url.pathname) && req.method === 'POST') {
    const { xml, cookie } = loginSoap(core.auth, req.body.toString('utf8'));
    const headers: Record<string, string | string[]> = { ...commonHeaders(core, web), 'Content-Type': 'text/xml; charset=utf-8' };
    if (cookie) headers['Set-Cookie'] = `FedAuth=${cookie}; path=/; HttpOnly`;
    return respond(200, headers, xml);
  }
  if (!web) return respond(404, { ...commonHeaders(core, undefined), 'Content-Type': 'text/plain' }, '404 NOT FOUND');
  const rest = url.pathname.slice(web.path.length);
  const method = effectiveMethod(req);
  const api = /^\/_api(\/|$)/i.test(rest);
  if (!api) return fileGet(core, web, req, url.pathname, method);

  const verboseOnly: Format = web.profile === '2013' ? 'verbose' : 'nometadata';
  if (core.settings.healthScore >= 10) return busy(core, web, 503, String(core.settings.throttleRetryAfterSeconds));
  const who = batchUser ? { user: batchUser } : core.auth.authenticate(req.headers, req.conn);
  if (!('user' in who)) return refused(core, web, req, who);
  const user = who.user;
  let format: Format = verboseOnly;
  try {
    const apiPath = rest.replace(/^\/_api\/?/i, '');
    // Raw $value downloads need no JSON Accept header.
    if (!/\/\$value$/i.test(apiPath)) format = acceptFormat(typeof req.headers.accept === 'string' ? req.headers.accept : undefined, web.profile);
    let decoded: string;
    try { decoded = decodeURIComponent(apiPath); } catch { throw SpError.badQuery('The request URI is not valid.'); }
    const segs = splitSegments(decoded);
    const first = segs[0]?.lower;
    if (user.permission === 'none') throw SpError.accessDenied();
    if (method !== 'GET' && !batchUser && user.via !== 'bearer' && !(first === 'contextinfo' && segs.length === 1)) {
      const digest = req.headers['x-requestdigest'];
      if (!core.digests.valid(Array.isArray(digest) ? digest[0] : digest, web.path, user.id)) throw SpError.invalidDigest();
    }
    if (first === '$batch' && segs.length === 1) {
      if (web.profile === '2013') throw SpError.notFoundResource('$batch');
      if (batchUser) throw SpError.badQuery('A batch cannot contain another batch.');
      return await handleBatch(core, req, user, web);
    }
    const ctx: Ctx = {
      core, web, user, method, query: url.searchParams, format, origin: req.origin, apiBase: `${req.origin}${web.path}/_api`,
      body: req.body, headers: req.headers, now: core.clock.now()
    };
    const result: Result = await handleApi(ctx, segs);
    return render(core, web, result, format, ctx.apiBase);
  } catch (e) {
    const err = e instanceof SpError ? e : new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', e instanceof Error ? e.message : String(e));
    return errorResponse(core, web, err, format);
  }
}

function render(core: Core, web: Web, result: Result, format: Format, apiBase: string): EmuResponse {
  const headers: Record<string, string> = { ...commonHeaders(core, web), ...(result.headers ?? {}) };
  if (result.raw) return respond(result.status ?? 200, { ...headers, 'Content-Type': result.raw.contentType }, result.raw.body);
  const status = result.status ?? 200;
  if (!result.payload || status === 204) return respond(status, headers);
  const body = renderPayload(result.payload, format, apiBase);
  return respond(status, { ...headers, 'Content-Type': contentTypeOf(format), DataServiceVersion: '3.0' }, body === null ? '' : JSON.stringify(body));
}

function fileGet(core: Core, web: Web, req: EmuRequest, path: string, method: string): EmuResponse {
  if (method !== 'GET' && method !== 'HEAD') return respond(405, commonHeaders(core, web));
  const hasCredentials = !!req.headers.authorization || /FedAuth=/.test(String(req.headers.cookie ?? '')) || req.conn?.userId !== undefined;
  let user: User | null = null;
  if (hasCredentials || !core.settings.anonymousFiles) {
    const who = core.auth.authenticate(req.headers, req.conn);
    if (!('user' in who)) return refused(core, web, req, who);
    user = who.user.permission === 'none' ? null : who.user;
  }
  const file = rawFile(web, decodeURIComponent(path), user);
  if (!file) return respond(404, { ...commonHeaders(core, web), 'Content-Type': 'text/html; charset=utf-8' }, '<html><body><h1>404 FILE NOT FOUND</h1></body></html>');
  return respond(200, { ...commonHeaders(core, web), 'Content-Type': file.contentType }, method === 'HEAD' ? Buffer.alloc(0) : file.body);
}
