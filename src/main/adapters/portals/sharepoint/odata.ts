// The two JSON dialects: verbose (SharePoint 2013: {"d":…}, d.results, __metadata) and JSON light (SP2016+:
// `value`, odata.etag with minimalmetadata). Readers here accept both, so callers never branch on the format.

export type Format = 'verbose' | 'light';

export const VERBOSE = 'application/json;odata=verbose';
/** minimalmetadata (not nometadata): collections then still carry each item's `odata.etag`. */
export const LIGHT_ACCEPT = 'application/json;odata=minimalmetadata';
/** A light request body has no __metadata. */
export const LIGHT_CONTENT = 'application/json;odata=nometadata';

export function acceptOf(format: Format): string {
  return format === 'verbose' ? VERBOSE : LIGHT_ACCEPT;
}

export function contentTypeOf(format: Format): string {
  return format === 'verbose' ? VERBOSE : LIGHT_CONTENT;
}

/** An OData string literal for a URL: quotes doubled, then URL-encoded ('Tin O''Reilly' → %27…%27%27…). */
export function literal(text: string): string {
  return encodeURIComponent(`'${text.replace(/'/g, "''")}'`);
}

/** Query string with %20 (not '+') for spaces; `$` names kept readable. */
export function query(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${encodeURIComponent(String(v))}`]));
  return parts.length ? `?${parts.join('&')}` : '';
}

export type Json = Record<string, unknown>;

/** The entity of a response: `d` (verbose) or the object itself (light). */
export function entityOf(data: unknown): Json {
  const o = (data && typeof data === 'object' ? data : {}) as Json;
  return (o.d && typeof o.d === 'object' ? o.d : o) as Json;
}

/** The rows of a collection: `d.results` (verbose) or `value` (light). */
export function rowsOf(data: unknown): Json[] {
  const e = entityOf(data);
  const rows = e.results ?? e.value;
  return Array.isArray(rows) ? (rows as Json[]) : [];
}

/** The next page link of a collection, if any. */
export function nextOf(data: unknown): string | null {
  const e = entityOf(data);
  const next = e.__next ?? e['odata.nextLink'];
  return typeof next === 'string' ? next : null;
}

/** A multi-valued property: `{results:[…]}` (verbose) or an array (light). */
export function arrayOf(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  const results = (v as { results?: unknown } | null)?.results;
  return Array.isArray(results) ? results : [];
}

/** An entity's etag: `__metadata.etag` (verbose) or `odata.etag` (light minimalmetadata). */
export function etagOf(e: Json): string | null {
  const meta = e.__metadata as { etag?: unknown } | undefined;
  const tag = meta?.etag ?? e['odata.etag'];
  return typeof tag === 'string' ? tag : null;
}

/** The function result `d.<Name>` (verbose) or the object itself (light). */
export function functionResult(data: unknown, name: string): Json {
  const e = entityOf(data);
  const inner = e[name];
  return (inner && typeof inner === 'object' ? inner : e) as Json;
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
}
