// One SharePoint REST call: credentials, Accept/Content-Type for the profile, X-RequestDigest on writes,
// a timeout (AbortSignal), JSON parsing and error mapping. Two transparent repairs, each at most once per call:
// a 403 "security validation … invalid" (digest expired, e.g. after an app pool recycle) refreshes the digest and
// resends; a 401 with forms auth logs in again and resends. Both answers mean nothing was applied.
import { ntlmToken } from '../ntlm/ntlm-fetch';
import { SpAuth, type FetchFn } from './auth';
import { DigestCache } from './digest';
import { HRESULT, httpError, networkError, spErrorOf, SharePointError } from './errors';
import { acceptOf, contentTypeOf, functionResult, type Format } from './odata';

export interface SpRequest {
  method: 'GET' | 'POST';
  /** Absolute URL. */
  url: string;
  /** X-HTTP-Method (MERGE, DELETE) on a POST. */
  xMethod?: 'MERGE' | 'DELETE';
  ifMatch?: string;
  /** JSON body (Content-Type follows the format). */
  json?: unknown;
  /** Raw body (uploads). */
  bytes?: Uint8Array;
  /** Names the object in messages, in Vietnamese ("bài “…”", "danh sách “…”"). */
  what: string;
  /** Replaying cannot do harm (reads, contextinfo): a timeout/reset is then 'unreachable', never 'ambiguous'. */
  idempotent?: boolean;
  /** contextinfo itself is sent without a digest. */
  noDigest?: boolean;
  /** Overrides the client's format for this call (profile detection). */
  format?: Format;
  timeoutMs?: number;
}

export interface SpResponse {
  status: number;
  headers: Headers;
  data: unknown;
}

export interface SpHttpOptions {
  fetch: FetchFn;
  timeoutMs: number;
  now: () => number;
}

export class SpHttp {
  format: Format = 'verbose';
  readonly digests: DigestCache;
  readonly auth: SpAuth;

  constructor(readonly webUrl: string, auth: { kind: SpAuth['kind']; user: string; secret: string }, private readonly o: SpHttpOptions) {
    this.auth = new SpAuth(auth.kind, auth.user, auth.secret, webUrl, (url, init) => this.raw(url, init, 'đăng nhập', true, o.timeoutMs));
    this.digests = new DigestCache((web) => this.contextInfo(web), o.now);
  }

  get now(): () => number {
    return this.o.now;
  }

  async call(req: SpRequest): Promise<SpResponse> {
    let digestRetried = false;
    let loginRetried = false;
    for (;;) {
      const { res, digest } = await this.send(req);
      const data = await this.body(res, req);
      if (res.ok) return { status: res.status, headers: res.headers, data };
      const { hresult } = spErrorOf(data);
      if (res.status === 403 && hresult === HRESULT.digestInvalid && !digestRetried && digest !== null) {
        digestRetried = true;
        this.digests.invalidate(this.webUrl, digest);
        continue;
      }
      if (res.status === 401 && !loginRetried && this.auth.forget()) {
        loginRetried = true;
        continue;
      }
      if (digest !== null && hresult === HRESULT.digestInvalid) this.digests.invalidate(this.webUrl, digest);
      if (res.status === 401 && this.auth.kind === 'ntlm' && ntlmToken(res.headers) === null) {
        throw new SharePointError('auth', `SharePoint ${req.what}: HTTP 401, NTLM not offered (${res.headers.get('www-authenticate') ?? 'no WWW-Authenticate'})`,
          'Cổng SharePoint không nhận đăng nhập NTLM bằng tên + mật khẩu (HTTP 401). Hãy chọn kiểu đăng nhập khác cho cổng này (ví dụ Windows tích hợp hoặc biểu mẫu).', null, 401);
      }
      throw httpError(res.status, data, res.headers.get('retry-after'), this.o.now(), req.what);
    }
  }

  private async send(req: SpRequest): Promise<{ res: Response; digest: string | null }> {
    const format = req.format ?? this.format;
    const headers: Record<string, string> = { Accept: acceptOf(format), 'Accept-Language': 'en-US', ...(await this.auth.headers()) };
    let digest: string | null = null;
    if (req.method !== 'GET' && this.auth.needsDigest && !req.noDigest) {
      digest = await this.digests.get(this.webUrl);
      headers['X-RequestDigest'] = digest;
    }
    if (req.xMethod) headers['X-HTTP-Method'] = req.xMethod;
    if (req.ifMatch !== undefined) headers['IF-MATCH'] = req.ifMatch;
    let body: BodyInit | undefined;
    if (req.json !== undefined) {
      headers['Content-Type'] = contentTypeOf(format);
      body = JSON.stringify(req.json);
    } else if (req.bytes) {
      headers['Content-Type'] = 'application/octet-stream';
      body = new Uint8Array(req.bytes) as Uint8Array<ArrayBuffer>;
    } else if (req.method === 'POST') {
      body = '';
    }
    const res = await this.raw(req.url, { method: req.method, headers, body }, req.what, req.idempotent ?? req.method === 'GET', req.timeoutMs ?? this.o.timeoutMs);
    return { res, digest };
  }

  /** fetch with a timeout; network failures become PortalErrors. The timeout also covers reading the body. */
  private async raw(url: string, init: RequestInit, what: string, idempotent: boolean, timeoutMs: number): Promise<Response> {
    try {
      return await this.o.fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      throw networkError(e, url, !idempotent, what);
    }
  }

  private async body(res: Response, req: SpRequest): Promise<unknown> {
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      throw networkError(e, req.url, !(req.idempotent ?? req.method === 'GET'), req.what);
    }
    if (text.trim() === '') return null;
    if (!/json/i.test(res.headers.get('content-type') ?? '')) return text;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      if (!res.ok) return text;
      throw new SharePointError('server', `SharePoint ${req.what}: unreadable JSON (HTTP ${res.status})`, `Cổng SharePoint trả lời không đọc được cho ${req.what}.`, null, res.status);
    }
  }

  private async contextInfo(webUrl: string): Promise<{ value: string; timeoutSeconds: number }> {
    const { res } = await this.send({ method: 'POST', url: `${webUrl}/_api/contextinfo`, what: 'mã xác thực biểu mẫu (contextinfo)', idempotent: true, noDigest: true });
    const data = await this.body(res, { method: 'POST', url: webUrl, what: 'contextinfo', idempotent: true });
    if (!res.ok) throw httpError(res.status, data, res.headers.get('retry-after'), this.o.now(), 'mã xác thực biểu mẫu (contextinfo)');
    const info = functionResult(data, 'GetContextWebInformation');
    const value = typeof info.FormDigestValue === 'string' ? info.FormDigestValue : '';
    if (!value) throw new SharePointError('server', 'SharePoint contextinfo: no FormDigestValue', 'Cổng SharePoint không cấp mã xác thực biểu mẫu (contextinfo).', null, res.status);
    return { value, timeoutSeconds: Number(info.FormDigestTimeoutSeconds) || 1800 };
  }
}
