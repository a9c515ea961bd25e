// The two JSON dialects (verbose for SP2013, JSON light for SP2016+) and SharePoint's error shapes.
import type { Profile } from './types';

export type Format = 'verbose' | 'minimalmetadata' | 'nometadata';

/** A SharePoint error: HTTP status, "<hresult>, <Type>" code and English message. */
export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
  static badQuery(message: string): SpError {
    return new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);
  }
  static notFoundResource(segment: string): SpError {
    return new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`);
  }
  static clientService(status: number, message: string): SpError {
    return new SpError(status, '-1, Microsoft.SharePoint.Client.ClientServiceException', message);
  }
  static argument(status: number, message: string): SpError {
    return new SpError(status, '-2147024809, System.ArgumentException', message);
  }
  static accessDenied(): SpError {
    return new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');
  }
  static invalidDigest(): SpError {
    return new SpError(403, '-2130575252, Microsoft.SharePoint.SPException', 'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.');
  }
  static fileNotFound(): SpError {
    return new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
  }
}

const ACCEPT_INVALID = 'The HTTP header ACCEPT is missing or its value is invalid.';

function odataParam(header: string): string | null {
  const m = /odata\s*=\s*([a-z]+)/i.exec(header);
  return m?.[1]?.toLowerCase() ?? null;
}

/** Response format from the Accept header. 2013 speaks verbose only; no Atom here (406 with a clear message). */
export function acceptFormat(accept: string | undefined, profile: Profile): Format {
  const types = (accept ?? '').split(',').map((s) => s.trim()).filter((s) => /^application\/json/i.test(s));
  for (const t of types) {
    const p = odataParam(t);
    if (p === 'verbose') return 'verbose';
    if (profile === '2013') continue;
    if (p === 'nometadata') return 'nometadata';
    if (p === null || p === 'minimalmetadata' || p === 'fullmetadata') return 'minimalmetadata';
  }
  throw new SpError(406, '-1, Microsoft.SharePoint.Client.ClientServiceException', ACCEPT_INVALID + (accept ? '' : ' (The emulator does not produce Atom/XML.)'));
}

/** Format of a JSON request body from Content-Type; null when the body is not JSON. */
export function contentFormat(contentType: string | undefined, profile: Profile): Format | null {
  if (!contentType || !/^application\/json/i.test(contentType.trim())) return null;
  const p = odataParam(contentType);
  if (p === 'verbose') return 'verbose';
  if (profile === '2013') {
    throw SpError.clientService(400, 'The HTTP header Content-Type is missing or its value is invalid.');
  }
  return p === 'nometadata' ? 'nometadata' : 'minimalmetadata';
}

export function contentTypeOf(format: Format): string {
  return format === 'verbose'
    ? 'application/json;odata=verbose;charset=utf-8'
    : `application/json;odata=${format};streaming=true;charset=utf-8`;
}

export function errorBody(err: SpError, format: Format): unknown {
  const inner = { code: err.code, message: { lang: 'en-US', value: err.message } };
  return format === 'verbose' ? { error: inner } : { 'odata.error': inner };
}

// ---- values the handlers return; rendered per format ----

/** A complex value (e.g. SP.FieldUrlValue): verbose adds __metadata.type. */
export class Complex {
  constructor(readonly type: string, readonly props: Record<string, unknown>) {}
}
/** A collection of primitives (e.g. Choices): verbose wraps it in {results}. */
export class PrimitiveCollection {
  constructor(readonly type: string, readonly items: unknown[]) {}
}
export interface EntityMeta { type: string; uri: string; id?: string; etag?: string }
export class Entity {
  constructor(readonly meta: EntityMeta, readonly props: Record<string, unknown>, readonly deferred: string[] = []) {}
}

function renderValue(v: unknown, f: Format): unknown {
  if (v instanceof Entity) return renderEntity(v, f);
  if (v instanceof Complex) {
    const props = Object.fromEntries(Object.entries(v.props).map(([k, x]) => [k, renderValue(x, f)]));
    return f === 'verbose' ? { __metadata: { type: v.type }, ...props } : props;
  }
  if (v instanceof PrimitiveCollection) {
    return f === 'verbose' ? { __metadata: { type: v.type }, results: v.items } : v.items;
  }
  if (Array.isArray(v)) return f === 'verbose' ? { results: v.map((x) => renderValue(x, f)) } : v.map((x) => renderValue(x, f));
  return v;
}

function renderEntity(e: Entity, f: Format): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (f === 'verbose') {
    out.__metadata = { id: e.meta.id ?? e.meta.uri, uri: e.meta.uri, ...(e.meta.etag ? { etag: e.meta.etag } : {}), type: e.meta.type };
    for (const d of e.deferred) out[d] = { __deferred: { uri: `${e.meta.uri}/${d}` } };
  } else if (f === 'minimalmetadata') {
    out['odata.type'] = e.meta.type;
    out['odata.id'] = e.meta.uri;
    if (e.meta.etag) out['odata.etag'] = e.meta.etag;
    out['odata.editLink'] = e.meta.id ?? e.meta.uri;
  }
  for (const [k, v] of Object.entries(e.props)) out[k] = renderValue(v, f);
  return out;
}

/** What a handler answers with. */
export type Payload =
  | { kind: 'entity'; entity: Entity; set: string }
  | { kind: 'collection'; entities: Entity[]; next?: string; set: string }
  | { kind: 'function'; name: string; value: unknown; type: string }
  | { kind: 'none' };

export function renderPayload(p: Payload, f: Format, apiBase: string): unknown {
  const metadata = (fragment: string) => (f === 'minimalmetadata' ? { 'odata.metadata': `${apiBase}/$metadata#${fragment}` } : {});
  switch (p.kind) {
    case 'entity':
      return f === 'verbose' ? { d: renderEntity(p.entity, f) } : { ...metadata(`${p.set}/@Element`), ...renderEntity(p.entity, f) };
    case 'collection': {
      const rows = p.entities.map((e) => renderEntity(e, f));
      if (f === 'verbose') return { d: { results: rows, ...(p.next ? { __next: p.next } : {}) } };
      return { ...metadata(p.set), value: rows, ...(p.next ? { 'odata.nextLink': p.next } : {}) };
    }
    case 'function': {
      const value = renderValue(p.value, f);
      if (f === 'verbose') {
        const wrapped = Array.isArray(p.value) ? { __metadata: { type: `Collection(${p.type})` }, ...(value as object) } : value;
        return { d: { [p.name]: wrapped } };
      }
      if (value === null) return { 'odata.null': true };
      if (Array.isArray(p.value) || typeof value !== 'object') return { ...metadata(p.type), value };
      return { ...metadata(p.type), ...(value as object) };
    }
    case 'none':
      return null;
  }
}
