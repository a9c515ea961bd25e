// The client's own behaviour against small stub servers (no WordPress needed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WordPressClient, normalizeBaseUrl } from './client';
import { discover, testConnection } from './discover';
import { WordPressError, classifyHttpError, classifyNetworkError, parseRetryAfter } from './errors';
import { asciiFileName } from './media';
import { portalErrorKind } from './portal-error-kind';
import { WORDPRESS_ERROR_CODES } from './errors';
import { rejectionOf } from '../../../../core/testing/rejection';

const servers: Array<http.Server | https.Server> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function listen(server: http.Server | https.Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

/** A stub WordPress: the REST index at /wp-json/, then `handler` for everything else. */
async function stub(
  handler: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void,
  index: Record<string, unknown> = { namespaces: ['wp/v2'] }
): Promise<string> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url?.startsWith('/wp-json/?')) {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(index));
        return;
      }
      handler(req, res, body);
    });
  });
  return `http://127.0.0.1:${await listen(server)}`;
}

const json = (res: http.ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8', ...headers }).end(JSON.stringify(value));

const rejection = (p: Promise<unknown>) => rejectionOf(p, WordPressError);

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-27T03:00:00Z');
  it.each([
    ['120', 120_000],
    ['0', 0],
    [' 5 ', 5_000],
    ['Fri, 27 Nov 2026 03:00:30 GMT', 30_000],
    ['Fri, 27 Nov 2026 02:59:00 GMT', 0],
    ['-1', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    ['', undefined],
    [null, undefined]
  ])('%s → %s', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});

describe('normalizeBaseUrl', () => {
  it.each([
    ['portal.gov.vn', 'https://portal.gov.vn'],
    ['http://127.0.0.1:8089/', 'http://127.0.0.1:8089'],
    ['https://portal.gov.vn/wp-json/', 'https://portal.gov.vn'],
    ['https://portal.gov.vn/tin-tuc/wp-json/wp/v2/posts', 'https://portal.gov.vn/tin-tuc'],
    ['https://portal.gov.vn/wp-admin/', 'https://portal.gov.vn'],
    ['  https://Portal.gov.vn/sub/  ', 'https://portal.gov.vn/sub']
  ])('%s → %s', (input, out) => {
    expect(normalizeBaseUrl(input)).toBe(out);
  });
  it.each(['', 'ftp://portal.gov.vn', 'http://exa mple', 'https://'])('refuses %j with BAD_URL', (input) => {
    expect(() => normalizeBaseUrl(input)).toThrow(expect.objectContaining({ code: 'BAD_URL' }));
  });
});

describe('error classification', () => {
  const undici = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });
  it.each([
    [undici('ECONNREFUSED'), 'CONNECTION_REFUSED'],
    [undici('ENOTFOUND'), 'DNS_NOT_FOUND'],
    [undici('EAI_AGAIN'), 'DNS_NOT_FOUND'],
    [undici('ECONNRESET'), 'CONNECTION_RESET'],
    [undici('UND_ERR_SOCKET'), 'CONNECTION_RESET'],
    [undici('UND_ERR_CONNECT_TIMEOUT'), 'TIMEOUT'],
    [undici('EHOSTUNREACH'), 'NETWORK_UNREACHABLE'],
    [undici('CERT_HAS_EXPIRED'), 'TLS_CERT_INVALID'],
    [undici('ERR_TLS_CERT_ALTNAME_INVALID'), 'TLS_CERT_INVALID'],
    [undici('UNABLE_TO_VERIFY_LEAF_SIGNATURE'), 'TLS_CERT_INVALID'],
    [undici('ERR_SSL_WRONG_VERSION_NUMBER'), 'TLS_ERROR'],
    [new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 'TIMEOUT'],
    [new DOMException('This operation was aborted', 'AbortError'), 'ABORTED'],
    // Electron's net.fetch (Chromium network stack)
    [new Error('net::ERR_CONNECTION_REFUSED'), 'CONNECTION_REFUSED'],
    [new Error('net::ERR_NAME_NOT_RESOLVED'), 'DNS_NOT_FOUND'],
    [new Error('net::ERR_CERT_AUTHORITY_INVALID'), 'TLS_CERT_INVALID'],
    [new Error('net::ERR_CERT_DATE_INVALID'), 'TLS_CERT_INVALID'],
    [new Error('net::ERR_SSL_PROTOCOL_ERROR'), 'TLS_ERROR'],
    [new Error('net::ERR_CONNECTION_RESET'), 'CONNECTION_RESET'],
    [new Error('net::ERR_INTERNET_DISCONNECTED'), 'NETWORK_UNREACHABLE'],
    [new Error('something else'), 'NETWORK']
  ])('%s → %s', (error, code) => {
    expect(classifyNetworkError(error)).toBe(code);
  });

  it.each([
    [401, 'incorrect_password', 'AUTH_FAILED'],
    [401, 'rest_not_logged_in', 'AUTH_FAILED'],
    [401, 'rest_cannot_create', 'AUTH_FAILED'],
    [401, undefined, 'AUTH_FAILED'],
    [401, 'application_passwords_disabled', 'APP_PASSWORDS_DISABLED'],
    [401, 'rest_disabled', 'REST_DISABLED'],
    [403, 'rest_cannot_publish', 'FORBIDDEN'],
    [404, 'rest_post_invalid_id', 'NOT_FOUND'],
    [410, 'rest_already_trashed', 'GONE'],
    [400, 'rest_invalid_param', 'INVALID_REQUEST'],
    [412, undefined, 'CONFLICT'],
    [413, undefined, 'PAYLOAD_TOO_LARGE'],
    [429, undefined, 'RATE_LIMITED'],
    [503, undefined, 'SERVER_UNAVAILABLE'],
    [500, 'db_insert_error', 'SERVER_ERROR'],
    [418, undefined, 'HTTP_ERROR']
  ] as const)('%i %s → %s', (status, wpCode, code) => {
    expect(classifyHttpError(status, wpCode)).toBe(code);
  });
});

describe('WordPressClient', () => {
  it('sends Basic auth with the application password and maps the WordPress error shape', async () => {
    let auth = '';
    const base = await stub((req, res) => {
      auth = req.headers.authorization ?? '';
      json(res, 403, { code: 'rest_cannot_publish', message: 'Sorry, you are not allowed to publish posts as this user.', data: { status: 403 } });
    });
    const client = new WordPressClient({ baseUrl: base, username: 'biên-tập', appPassword: 'abcd efgh ijkl mnop qrst uvwx' });
    const e = await rejection(client.post('/wp/v2/posts', { title: 'x', status: 'publish' }));
    expect(Buffer.from(auth.replace('Basic ', ''), 'base64').toString('utf8')).toBe('biên-tập:abcd efgh ijkl mnop qrst uvwx');
    expect(e).toMatchObject({ code: 'FORBIDDEN', status: 403, wpCode: 'rest_cannot_publish', data: { status: 403 } });
  });

  it('retries GETs on 503 honouring Retry-After, but never retries writes', async () => {
    let gets = 0;
    let posts = 0;
    const base = await stub((req, res) => {
      if (req.method === 'POST') {
        posts++;
        json(res, 503, { code: 'busy', message: 'busy', data: { status: 503 } }, { 'Retry-After': '2' });
      } else if (++gets < 3) {
        json(res, 503, { code: 'busy', message: 'busy', data: { status: 503 } }, { 'Retry-After': '2' });
      } else {
        json(res, 200, [{ id: 1 }]);
      }
    });
    const waits: number[] = [];
    const client = new WordPressClient({ baseUrl: base, sleep: async (ms) => void waits.push(ms) });
    expect((await client.get('/wp/v2/posts')).data).toEqual([{ id: 1 }]);
    expect(waits).toEqual([2000, 2000]);
    const e = await rejection(client.post('/wp/v2/posts', {}));
    expect(e).toMatchObject({ code: 'SERVER_UNAVAILABLE', retryAfterMs: 2000, retryable: true });
    expect(posts).toBe(1);
  });

  it('gives a long Retry-After to the caller instead of waiting', async () => {
    const base = await stub((_req, res) => json(res, 429, { code: 'too_many', message: '', data: { status: 429 } }, { 'Retry-After': '3600' }));
    const waits: number[] = [];
    const client = new WordPressClient({ baseUrl: base, sleep: async (ms) => void waits.push(ms) });
    expect(await rejection(client.get('/wp/v2/posts'))).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 3_600_000 });
    expect(waits).toEqual([]);
  });

  it('times out a request that never answers', async () => {
    const base = await stub(() => undefined);
    const client = new WordPressClient({ baseUrl: base, timeoutMs: 300, maxGetRetries: 0 });
    const started = Date.now();
    expect(await rejection(client.get('/wp/v2/posts'))).toMatchObject({ code: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('tells a cancelled request from a timeout', async () => {
    const base = await stub(() => undefined);
    const client = new WordPressClient({ baseUrl: base, maxGetRetries: 0 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    expect(await rejection(client.get('/wp/v2/posts', undefined, { signal: controller.signal }))).toMatchObject({ code: 'ABORTED' });
  });

  it('does not follow a redirect of a write (it would turn into a GET)', async () => {
    const base = await stub((_req, res) => res.writeHead(301, { Location: 'https://portal.example/wp-json/wp/v2/posts' }).end());
    const client = new WordPressClient({ baseUrl: base });
    expect(await rejection(client.post('/wp/v2/posts', { title: 'x' }))).toMatchObject({
      code: 'REDIRECTED',
      status: 301,
      data: { location: 'https://portal.example/wp-json/wp/v2/posts' }
    });
  });

  it('accepts JSON behind PHP notices; refuses an HTML page as BAD_RESPONSE', async () => {
    const base = await stub((req, res) => {
      if (req.url?.includes('notice')) res.writeHead(200, { 'Content-Type': 'application/json' }).end('\uFEFF<b>Notice</b>: Undefined index\n{"id":7}');
      else res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>Bảo trì</html>');
    });
    const client = new WordPressClient({ baseUrl: base });
    expect((await client.get('/notice')).data).toEqual({ id: 7 });
    expect(await rejection(client.get('/html'))).toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
  });

  it('a firewall page in front of both /wp-json/ and ?rest_route= is reported by its status', async () => {
    const server = http.createServer((_req, res) => res.writeHead(403, { 'Content-Type': 'text/html' }).end('Blocked'));
    const client = new WordPressClient({ baseUrl: `http://127.0.0.1:${await listen(server)}` });
    expect(await rejection(client.routeStyle())).toMatchObject({ code: 'FORBIDDEN', status: 403, wpCode: undefined });
  });

  it('builds /wp-json/ and ?rest_route= URLs', () => {
    const client = new WordPressClient({ baseUrl: 'https://portal.gov.vn/sub/' });
    expect(client.urlFor('/wp/v2/posts', 'pretty', { slug: 'a-b', status: ['any'], x: undefined })).toBe('https://portal.gov.vn/sub/wp-json/wp/v2/posts?slug=a-b&status=any');
    expect(client.urlFor('/wp/v2/posts/5', 'query', { force: true })).toBe('https://portal.gov.vn/sub/?rest_route=%2Fwp%2Fv2%2Fposts%2F5&force=true');
  });

  it('classifies a real DNS failure', async () => {
    const client = new WordPressClient({ baseUrl: 'http://khong-ton-tai.invalid', timeoutMs: 10_000 });
    expect(await rejection(client.routeStyle())).toMatchObject({ code: 'DNS_NOT_FOUND' });
  }, 15_000);

  it('classifies a self-signed certificate', async () => {
    let dir: string | undefined;
    try {
      dir = mkdtempSync(join(tmpdir(), 'bbt-tls-'));
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-days', '1', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem')], { stdio: 'ignore' });
    } catch {
      console.warn('[skip] openssl not available: self-signed certificate case not run');
      return;
    }
    const server = https.createServer({ key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) }, (_req, res) => res.end('{}'));
    rmSync(dir, { recursive: true, force: true });
    const client = new WordPressClient({ baseUrl: `https://127.0.0.1:${await listen(server)}` });
    expect(await rejection(client.routeStyle())).toMatchObject({ code: 'TLS_CERT_INVALID' });
  });
});

describe('asciiFileName', () => {
  it.each([
    ['Ảnh Lễ hội Đền Hùng.JPG', 'anh-le-hoi-den-hung.jpg'],
    ['C:\\Ảnh\\bản đồ quy hoạch (2026).png', 'ban-do-quy-hoach-2026.png'],
    ['"#%*:<>?|.pdf', 'tep.pdf'],
    ['không đuôi', 'khong-duoi'],
    ['x.tar.gz', 'x-tar.gz']
  ])('%s → %s', (input, out) => {
    expect(asciiFileName(input)).toBe(out);
  });
});

describe('discover', () => {
  it('falls back to a post’s meta keys when OPTIONS is blocked', async () => {
    const base = await stub((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/wp-json/wp/v2/users/me') return json(res, 200, { id: 3, name: 'Biên tập', slug: 'bientap', roles: ['editor'], capabilities: { publish_posts: true, upload_files: true } });
      if (req.method === 'OPTIONS') return res.writeHead(405, { 'Content-Type': 'text/html' }).end('Method Not Allowed');
      if (url.pathname === '/wp-json/wp/v2/posts') return json(res, 200, [{ id: 9, meta: { bbt_sync_key: '', bbt_views: 4 } }]);
      if (url.pathname === '/wp-json/wp/v2/categories') return json(res, 200, [{ id: 1, name: 'Tin tức', slug: 'tin-tuc' }], { 'X-WP-TotalPages': '1' });
      json(res, 404, { code: 'rest_no_route', message: '', data: { status: 404 } });
    }, { name: 'Cổng', namespaces: ['wp/v2'], gmt_offset: '7', timezone_string: '', authentication: { 'application-passwords': {} } });
    const d = await discover(new WordPressClient({ baseUrl: base, username: 'bientap', appPassword: 'x' }));
    expect(d).toMatchObject({
      routeStyle: 'pretty',
      site: { name: 'Cổng', gmtOffsetHours: 7 },
      user: { id: 3, canPublish: true, canUpload: true, canEditOthers: false },
      meta: { registered: ['bbt_sync_key', 'bbt_views'], missing: ['bbt_fingerprint', 'bbt_responsible', 'bbt_content_hash'] },
      supportsSyncKeyQuery: false,
      categories: [{ id: 1, slug: 'tin-tuc' }]
    });
  });

  it('a 401 where the site does not advertise application passwords → APP_PASSWORDS_DISABLED', async () => {
    const base = await stub((req, res) => {
      if (req.url?.startsWith('/wp-json/?')) return json(res, 200, { namespaces: ['wp/v2'] });
      json(res, 401, { code: 'rest_not_logged_in', message: '', data: { status: 401 } });
    });
    expect(await testConnection({ baseUrl: base, username: 'a', appPassword: 'b' })).toMatchObject({ ok: false, code: 'APP_PASSWORDS_DISABLED', status: 401 });
  });
});

describe('portalErrorKind', () => {
  it('maps every code; a timeout or reset of a write is ambiguous', () => {
    for (const code of WORDPRESS_ERROR_CODES) expect(portalErrorKind(code, false)).toBeTypeOf('string');
    expect(portalErrorKind('TIMEOUT', true)).toBe('ambiguous');
    expect(portalErrorKind('CONNECTION_RESET', true)).toBe('ambiguous');
    expect(portalErrorKind('TIMEOUT', false)).toBe('unreachable');
    expect(portalErrorKind('CONNECTION_REFUSED', true)).toBe('unreachable');
    expect(portalErrorKind('SERVER_UNAVAILABLE', true)).toBe('throttled');
    expect(portalErrorKind('AUTH_FAILED', false)).toBe('auth');
    expect(portalErrorKind('FORBIDDEN', true)).toBe('forbidden');
    expect(portalErrorKind('GONE', true)).toBe('not_found');
    expect(portalErrorKind('INVALID_REQUEST', true)).toBe('invalid');
  });
});
