// Fetch-based WordPress REST client: Basic auth with an application password, JSON, typed errors,
// `/wp-json/` or `/?rest_route=` addressing, per-request timeouts, GET retries honouring Retry-After.
import { Buffer } from 'node:buffer';
import { WordPressError, classifyHttpError, classifyNetworkError, parseRetryAfter } from './errors';

export type RouteStyle = 'pretty' | 'query';
type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

export interface WordPressClientOptions {
  /** Site address as the user gives it: `https://portal.gov.vn`, `portal.gov.vn/sub`, `…/wp-json/` all work. */
  baseUrl: string;
  username?: string;
  /** An application password (spaces allowed, as WordPress shows it). */
  appPassword?: string;
  /** `auto` (default) tries `/wp-json/` and falls back to `/?rest_route=` (sites without pretty permalinks). */
  routeStyle?: 'auto' | RouteStyle;
  /** Per request, including reading the body (default 20 s). */
  timeoutMs?: number;
  /** GETs are retried on resets, timeouts, 429 and 502–504 this many times (default 2). Writes never are. */
  maxGetRetries?: number;
  /** A Retry-After longer than this is not waited for: the error (with retryAfterMs) goes to the caller. */
  maxRetryDelayMs?: number;
  /** Defaults to the global fetch; Electron's `net.fetch` fits too. */
  fetch?: FetchFn;
  userAgent?: string;
  sleep?: (ms: number) => Promise<void>;
}

export type QueryValue = string | number | boolean | undefined | null | ReadonlyArray<string | number>;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as-is (uploads); set Content-Type in headers. */
  body?: Uint8Array;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Send credentials (default true when the client has them). */
  auth?: boolean;
}

export interface WordPressResponse<T> {
  status: number;
  headers: Headers;
  data: T;
  /** The URL that answered (after redirects for GETs). */
  url: string;
}

const DEFAULT_TIMEOUT_MS = 20_000;

/** Normalises what a user types into a site base URL (no trailing slash, no /wp-json). Throws BAD_URL. */
export function normalizeBaseUrl(input: string): string {
  let s = input.trim();
  if (s === '') throw new WordPressError('BAD_URL', 'empty site address');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) s = `https://${s}`;
  let u: URL;
  try {
    u = new URL(s);
  } catch (cause) {
    throw new WordPressError('BAD_URL', `not a URL: ${input}`, { cause });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new WordPressError('BAD_URL', `not http(s): ${input}`);
  if (!u.hostname) throw new WordPressError('BAD_URL', `no host: ${input}`);
  const path = u.pathname.replace(/\/(wp-json|wp-admin|wp-login\.php|index\.php)(\/.*)?$/, '').replace(/\/+$/, '');
  return `${u.protocol}//${u.host}${path}`;
}

function appendQuery(params: URLSearchParams, query: Record<string, QueryValue> | undefined): void {
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null) continue;
    params.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
}

function parseJsonBody(text: string): { ok: true; value: unknown } | { ok: false } {
  const t = text.replace(/^\uFEFF/, '').trim();
  if (t === '') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(t) };
  } catch {
    // Plugins sometimes print notices before the JSON; accept the JSON that follows them.
    const at = t.search(/[[{]/);
    if (at > 0) {
      try {
        return { ok: true, value: JSON.parse(t.slice(at)) };
      } catch {
        /* fall through */
      }
    }
    return { ok: false };
  }
}

function wpErrorShape(v: unknown): { code: string; message: string; data?: { status?: number } } | undefined {
  if (v && typeof v === 'object' && typeof (v as { code?: unknown }).code === 'string') {
    const o = v as { code: string; message?: unknown; data?: unknown };
    return { code: o.code, message: typeof o.message === 'string' ? o.message : '', data: o.data as { status?: number } };
  }
  return undefined;
}

function isRestIndex(v: unknown): boolean {
  return !!v && typeof v === 'object' && Array.isArray((v as { namespaces?: unknown }).namespaces);
}

export class WordPressClient {
  readonly baseUrl: string;
  private readonly username?: string;
  private readonly appPassword?: string;
  private readonly timeoutMs: number;
  private readonly maxGetRetries: number;
  private readonly maxRetryDelayMs: number;
  private readonly fetchFn: FetchFn;
  private readonly userAgent: string;
  private readonly sleep: (ms: number) => Promise<void>;
  private style: RouteStyle | undefined;
  private styleProbe: Promise<RouteStyle> | undefined;

  constructor(options: WordPressClientOptions) {
    this.baseUrl = normalizeBaseUrl(options.baseUrl);
    this.username = options.username;
    this.appPassword = options.appPassword;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxGetRetries = options.maxGetRetries ?? 2;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 10_000;
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.userAgent = options.userAgent ?? 'BanBienTap/0.1 (+WordPress REST)';
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.style = options.routeStyle === 'auto' || options.routeStyle === undefined ? undefined : options.routeStyle;
  }

  get hasCredentials(): boolean {
    return !!this.username && !!this.appPassword;
  }

  /** The URL of a REST route (`/wp/v2/posts`) in the given addressing style. */
  urlFor(route: string, style: RouteStyle, query?: Record<string, QueryValue>): string {
    const r = route.startsWith('/') ? route : `/${route}`;
    const params = new URLSearchParams();
    if (style === 'query') params.set('rest_route', r);
    appendQuery(params, query);
    const qs = params.toString();
    const path = style === 'pretty' ? `${this.baseUrl}/wp-json${r}` : `${this.baseUrl}/`;
    return qs ? `${path}?${qs}` : path;
  }

  /**
   * Which addressing works: `/wp-json/` if it answers with the REST index, else `/?rest_route=/`.
   * Cached; throws NO_REST_API (or the network/auth error) when neither does.
   */
  async routeStyle(signal?: AbortSignal): Promise<RouteStyle> {
    if (this.style) return this.style;
    this.styleProbe ??= this.probeRouteStyle(signal).finally(() => {
      this.styleProbe = undefined;
    });
    return this.styleProbe;
  }

  private async probeRouteStyle(signal?: AbortSignal): Promise<RouteStyle> {
    const misses: WordPressError[] = [];
    for (const style of ['pretty', 'query'] as const) {
      try {
        const res = await this.send('GET', this.urlFor('/', style, { _fields: 'namespaces' }), {}, signal);
        if (isRestIndex(res.data)) {
          this.style = style;
          return style;
        }
        misses.push(new WordPressError('NO_REST_API', `no WordPress REST index at ${res.url}`, { status: res.status, url: res.url }));
      } catch (e) {
        // Network failures and WordPress's own errors (e.g. REST restricted to logged-in users) are the answer;
        // a page that is not WordPress REST (HTML 404, a firewall page) means: try the other addressing.
        if (!(e instanceof WordPressError) || e.wpCode !== undefined || e.status === undefined) throw e;
        misses.push(e);
      }
    }
    const telling = misses.find((m) => m.status !== 404 && m.code !== 'NO_REST_API' && m.code !== 'BAD_RESPONSE');
    if (telling) throw telling;
    throw new WordPressError('NO_REST_API', `no WordPress REST API at ${this.baseUrl} (tried /wp-json/ and /?rest_route=/)`, {
      status: misses[0]?.status,
      url: misses[0]?.url,
      cause: misses[0]
    });
  }

  /** One REST call. Resolves for 2xx (and 3xx of GETs after following); throws WordPressError otherwise. */
  async request<T = unknown>(method: string, route: string, options: RequestOptions = {}): Promise<WordPressResponse<T>> {
    const style = await this.routeStyle(options.signal);
    const url = this.urlFor(route, style, options.query);
    const idempotent = method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
    for (let attempt = 0; ; attempt++) {
      try {
        return (await this.send(method, url, options, options.signal)) as WordPressResponse<T>;
      } catch (e) {
        if (!(e instanceof WordPressError) || !idempotent || !e.retryable || attempt >= this.maxGetRetries) throw e;
        const wait = e.retryAfterMs ?? Math.min(250 * 2 ** attempt, 4_000);
        if (wait > this.maxRetryDelayMs) throw e;
        await this.sleep(wait);
      }
    }
  }

  get<T = unknown>(route: string, query?: Record<string, QueryValue>, options: Omit<RequestOptions, 'query'> = {}) {
    return this.request<T>('GET', route, { ...options, query });
  }

  post<T = unknown>(route: string, json: unknown, options: Omit<RequestOptions, 'json'> = {}) {
    return this.request<T>('POST', route, { ...options, json });
  }

  delete<T = unknown>(route: string, query?: Record<string, QueryValue>, options: Omit<RequestOptions, 'query'> = {}) {
    return this.request<T>('DELETE', route, { ...options, query });
  }

  private authHeader(): string | undefined {
    if (!this.hasCredentials) return undefined;
    return `Basic ${Buffer.from(`${this.username}:${this.appPassword}`, 'utf8').toString('base64')}`;
  }

  private async send(method: string, url: string, options: RequestOptions, callerSignal?: AbortSignal): Promise<WordPressResponse<unknown>> {
    const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': this.userAgent, ...options.headers };
    const auth = options.auth === false ? undefined : this.authHeader();
    if (auth) headers.Authorization = auth;
    let body: BodyInit | undefined;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json; charset=utf-8';
      body = JSON.stringify(options.json);
    } else if (options.body !== undefined) {
      body = options.body as unknown as BodyInit;
    }
    const timeout = AbortSignal.timeout(options.timeoutMs ?? this.timeoutMs);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
    const idempotent = method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
    const fail = (e: unknown): never => {
      if (e instanceof WordPressError) throw e;
      const code = callerSignal?.aborted ? 'ABORTED' : timeout.aborted ? 'TIMEOUT' : classifyNetworkError(e);
      throw new WordPressError(code, `${method} ${url}: ${code} (${e instanceof Error ? e.message : String(e)})`, { url, cause: e });
    };
    let res: Response;
    let text: string;
    try {
      // A redirected POST silently becomes a GET: never follow redirects of writes.
      res = await this.fetchFn(url, { method, headers, body, signal, redirect: idempotent ? 'follow' : 'manual' });
      text = method === 'HEAD' ? '' : await res.text();
    } catch (e) {
      return fail(e);
    }
    const finalUrl = res.url || url;
    if (res.status >= 300 && res.status < 400 || res.type === 'opaqueredirect') {
      const location = res.headers.get('location') ?? undefined;
      throw new WordPressError('REDIRECTED', `${method} ${url} was redirected${location ? ` to ${location}` : ''}`, {
        status: res.status,
        url,
        data: { location }
      });
    }
    const parsed = method === 'HEAD' ? { ok: true as const, value: undefined } : parseJsonBody(text);
    if (res.ok) {
      if (!parsed.ok && res.status !== 204) {
        throw new WordPressError('BAD_RESPONSE', `${method} ${finalUrl}: ${res.status} but not JSON`, { status: res.status, url: finalUrl });
      }
      return { status: res.status, headers: res.headers, data: parsed.ok ? parsed.value : undefined, url: finalUrl };
    }
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
    // No wpCode: not WordPress speaking (an HTML 404, a web server's or firewall's page).
    const wp = parsed.ok ? wpErrorShape(parsed.value) : undefined;
    const code = classifyHttpError(res.status, wp?.code);
    throw new WordPressError(code, `${method} ${finalUrl}: ${res.status} ${wp ? `${wp.code}: ${wp.message}` : res.statusText}`, {
      status: res.status,
      wpCode: wp?.code,
      retryAfterMs,
      data: wp?.data,
      url: finalUrl
    });
  }
}
