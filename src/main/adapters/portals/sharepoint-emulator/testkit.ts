// Test helpers for the emulator's own tests: a tiny fetch client that speaks to the emulator like a REST client would.
import type { SharePointEmulator } from './server';

export const LIST = 'Tin Tức Mở Rộng';
export const PASSWORD = 'Mat-khau-SP-2026';

export function basic(login: string, password = PASSWORD): string {
  return `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
}

/** OData string literal: double the quotes, then URL-encode. */
export function literal(text: string): string {
  return `'${encodeURIComponent(text.replace(/'/g, "''"))}'`;
}

export function byTitle(title = LIST): string {
  return `/web/lists/getbytitle(${literal(title)})`;
}

export const VERBOSE = 'application/json;odata=verbose';
export const NOMETA = 'application/json;odata=nometadata';

export interface Reply { status: number; headers: Headers; text: string; json: any } // eslint-disable-line @typescript-eslint/no-explicit-any

export interface CallOptions { body?: unknown; headers?: Record<string, string>; digest?: boolean; raw?: Buffer | string }

export class Client {
  private cachedDigest: string | null = null;

  constructor(readonly emu: SharePointEmulator, readonly auth: string | null = basic('PORTAL\\bbt'), readonly accept = VERBOSE, readonly webUrl = emu.webUrl) {}

  async call(method: string, path: string, opts: CallOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { Accept: this.accept, ...(this.auth ? { Authorization: this.auth } : {}) };
    if (opts.body !== undefined) headers['Content-Type'] = this.accept;
    if (method !== 'GET' && opts.digest !== false && !path.endsWith('/contextinfo')) headers['X-RequestDigest'] = await this.digest();
    Object.assign(headers, opts.headers ?? {});
    const url = path.startsWith('http') ? path : `${this.webUrl}/_api${path}`;
    const body = typeof opts.raw === 'string' ? opts.raw : opts.raw ? new Uint8Array(opts.raw) : opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const res = await fetch(url, { method, headers, body });
    const text = await res.text();
    let json: unknown;
    try { json = text ? JSON.parse(text) : null; } catch { json = null; }
    return { status: res.status, headers: res.headers, text, json };
  }

  async digest(): Promise<string> {
    if (this.cachedDigest) return this.cachedDigest;
    const r = await this.call('POST', '/contextinfo');
    if (r.status !== 200) throw new Error(`contextinfo: ${r.status} ${r.text}`);
    const info = this.accept === VERBOSE ? r.json.d.GetContextWebInformation : r.json;
    this.cachedDigest = info.FormDigestValue as string;
    return this.cachedDigest;
  }

  get(path: string, headers?: Record<string, string>): Promise<Reply> {
    return this.call('GET', path, { headers });
  }

  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply> {
    return this.call('POST', path, { body, headers });
  }

  /** The item type, discovered as clients must. */
  async itemType(title = LIST): Promise<string> {
    const r = await this.get(`${byTitle(title)}?$select=ListItemEntityTypeFullName`);
    return this.accept === VERBOSE ? r.json.d.ListItemEntityTypeFullName : r.json.ListItemEntityTypeFullName;
  }

  /** Creates an item (verbose adds __metadata.type). */
  async create(fields: Record<string, unknown>, title = LIST): Promise<Reply> {
    const body = this.accept === VERBOSE ? { __metadata: { type: await this.itemType(title) }, ...fields } : fields;
    return this.post(`${byTitle(title)}/items`, body);
  }

  async merge(id: number, fields: Record<string, unknown>, ifMatch: string, title = LIST): Promise<Reply> {
    const body = this.accept === VERBOSE ? { __metadata: { type: await this.itemType(title) }, ...fields } : fields;
    return this.post(`${byTitle(title)}/items(${id})`, body, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': ifMatch });
  }
}

/** d.results (verbose) or value (light). */
export function rows(r: Reply): any[] { // eslint-disable-line @typescript-eslint/no-explicit-any
  return r.json?.d ? r.json.d.results : r.json?.value;
}

/** The entity itself (d in verbose). */
export function entity(r: Reply): any { // eslint-disable-line @typescript-eslint/no-explicit-any
  return r.json?.d ?? r.json;
}

export function errorCode(r: Reply): string | undefined {
  return (r.json?.error ?? r.json?.['odata.error'])?.code;
}

export const ARTICLE = { Title: 'Khai mạc Hội chợ', NgayXuatBan: '2026-11-27T03:00:00Z', PhanLoai: 'Kinh tế', NoiDung: '<p>Nội dung</p>' };
