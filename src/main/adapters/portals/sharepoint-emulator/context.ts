// What every _api handler gets: the web, the signed-in user, the negotiated format and body helpers.
import type { IncomingHttpHeaders } from 'node:http';
import type { Auth, User } from './auth';
import type { DigestIssuer } from './digest';
import { contentFormat, SpError, type Format, type Payload } from './odata';
import type { List, Web } from './store';
import type { Clock, EmulatorOptions, Permission } from './types';

export type Settings = Required<Omit<EmulatorOptions, 'port' | 'webs' | 'lists' | 'accounts' | 'clock' | 'profile'>>;

export interface Core {
  settings: Settings;
  clock: Clock;
  auth: Auth;
  digests: DigestIssuer;
  webs: Web[];
}

export interface Ctx {
  core: Core;
  web: Web;
  user: User;
  /** Effective method: X-HTTP-Method overrides POST (MERGE, DELETE, PUT, PATCH). */
  method: string;
  query: URLSearchParams;
  format: Format;
  origin: string;
  /** {origin}{web}/_api */
  apiBase: string;
  body: Buffer;
  headers: IncomingHttpHeaders;
  now: number;
}

export interface Result {
  status?: number;
  payload?: Payload;
  headers?: Record<string, string>;
  raw?: { body: Buffer; contentType: string };
}

const RANK: Record<Permission, number> = { none: 0, read: 1, edit: 2, full: 3 };

export function can(user: User, needed: Permission): boolean {
  return RANK[user.permission] >= RANK[needed];
}

export function need(ctx: Ctx, needed: Permission): void {
  if (!can(ctx.user, needed)) throw SpError.accessDenied();
}

export function onlyMethods(ctx: Ctx, resource: string, ...methods: string[]): void {
  if (!methods.includes(ctx.method)) {
    throw SpError.clientService(400, `The HTTP method '${ctx.method}' cannot be used to access the resource '${resource}'. The operation type of the resource is specified as '${methods.includes('GET') ? 'Read' : 'Default'}'. Please use correct HTTP method to invoke the resource.`);
  }
}

function hasMetadata(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(hasMetadata);
  if (v && typeof v === 'object') return Object.entries(v).some(([k, x]) => k === '__metadata' || hasMetadata(x));
  return false;
}

/** The JSON request body. `__metadata` is refused unless the Content-Type says odata=verbose. */
export function jsonBody(ctx: Ctx, typeName: string): { body: Record<string, unknown>; verbose: boolean } {
  const text = ctx.body.toString('utf8');
  const format = contentFormat(ctx.headers['content-type'], ctx.web.profile);
  if (format === null) {
    if (text.trim() === '') return { body: {}, verbose: ctx.format === 'verbose' };
    throw SpError.clientService(400, 'The HTTP header Content-Type is missing or its value is invalid.');
  }
  let body: unknown = {};
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      throw SpError.badQuery('Invalid JSON. A token was not recognized in the JSON content.');
    }
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw SpError.badQuery('Invalid JSON. An object was expected.');
  if (format !== 'verbose' && hasMetadata(body)) {
    throw SpError.badQuery(`The property '__metadata' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`);
  }
  return { body: body as Record<string, unknown>, verbose: format === 'verbose' };
}

/** The entity type named in the body (__metadata.type in verbose, odata.type in JSON light), if any. */
export function bodyType(body: Record<string, unknown>): string | undefined {
  const meta = body.__metadata as { type?: unknown } | undefined;
  const t = meta?.type ?? body['odata.type'] ?? body['@odata.type'];
  return typeof t === 'string' ? t.replace(/^#/, '') : undefined;
}

export function listUri(ctx: Ctx, list: List): string {
  return `${ctx.apiBase}/Web/Lists(guid'${list.id}')`;
}

export function etag(version: number): string {
  return `"${version}"`;
}

/** IF-MATCH check: '*' or the current etag (quoted or weak); absent counts as '*' unless requireIfMatch. */
export function checkIfMatch(ctx: Ctx, current: number): void {
  const header = ctx.headers['if-match'];
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined) {
    if (ctx.core.settings.requireIfMatch) throw SpError.clientService(412, 'The request ETag value \'\' does not match the object\'s ETag value \'' + etag(current) + '\'.');
    return;
  }
  const v = value.trim();
  if (v === '*') return;
  const normalized = v.replace(/^W\//, '');
  if (normalized !== etag(current)) {
    throw SpError.clientService(412, `The request ETag value '${v}' does not match the object's ETag value '${etag(current)}'.`);
  }
}
