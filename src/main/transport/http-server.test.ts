import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHttpServer, type RunningServer } from './http-server';
import type { Dispatch } from '../dispatch';
import type { Connection } from '../sessions/session-manager';
import type { AppEvent } from '../../shared/contract';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const PNG_HASH = 'a'.repeat(64);

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let root: string;
let server: RunningServer;
let calls: Array<{ method: string; input: unknown; conn: Connection }>;
let emit: (event: AppEvent) => void;
const CHANGED: AppEvent = {
  type: 'article.changed',
  payload: { articleId: 'a1', revisionId: 'r2', version: 2, status: 'nhap', title: 'Tin', by: { id: 'u1', name: 'An' }, at: '2026-12-01T00:00:00.000Z', action: 'save' }
};

const fakeDispatch: Dispatch = async (method, input, conn) => {
  calls.push({ method, input, conn });
  if (method === 'app.info') return { ok: true, value: { echo: input } };
  return { ok: false, error: { code: 'INVALID_INPUT', message: 'Yêu cầu không hợp lệ.' } };
};

const LOGGED_IN_SID = 'L'.repeat(43);

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'bbt-http-'));
  mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><html><head><title>Ban Biên Tập</title><script type="module" src="/assets/app.js"></script></head><body></body></html>');
  writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  calls = [];
  server = await startHttpServer({
    dispatch: fakeDispatch,
    getMedia: (hash) => (hash === PNG_HASH ? PNG : null),
    canReadMedia: (conn) => conn === `http:${LOGGED_IN_SID}`,
    rendererDir: join(root, 'renderer'),
    port: 0,
    subscribe: (listener) => {
      emit = listener;
      return () => undefined;
    },
    log: () => undefined,
    maxBodyBytes: 1024
  });
});

afterEach(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      }
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function pathOf(link: string): string {
  const url = new URL(link);
  return url.pathname + url.search;
}

function invoke(body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const method = String((body as { method?: unknown }).method);
  return send('/api/invoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-bbt-request': '1', 'x-bbt-method': method, 'x-bbt-token': server.token, ...headers },
    body: JSON.stringify(body)
  });
}

describe('browser-mode server', () => {
  it('prints a loopback URL carrying a 256-bit base64url one-time token, not the cookie secret', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(server.url).not.toContain(server.token);
  });

  it('runs a valid call through dispatch as the connection of its session cookie, whatever the page sends', async () => {
    const sid = 's'.repeat(43);
    const reply = await invoke({ method: 'app.info', input: { x: 1 }, ctx: { user: { id: 'attacker' } }, connectionId: 'wc:1' }, { cookie: `bbt_sid_${server.port}=${sid}` });
    expect(reply.status).toBe(200);
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echo: { x: 1 } } });
    expect(calls).toEqual([{ method: 'app.info', input: { x: 1 }, conn: { connectionId: `http:${sid}`, rotate: expect.any(Function), background: false } }]);
  });

  it('gives a request without a session cookie a fresh session (logged out), and sets its cookie', async () => {
    const first = await invoke({ method: 'app.info', input: {} });
    const second = await invoke({ method: 'app.info', input: {} });
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^bbt_sid_${server.port}=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/$`));
    expect(calls[0]!.conn.connectionId).toBe(`http:${cookie.split(';')[0]!.split('=')[1]}`);
    expect(calls[1]!.conn.connectionId).not.toBe(calls[0]!.conn.connectionId);
    expect(String(second.headers['set-cookie'])).not.toBe(cookie);
  });

  it('answers an unknown method with {ok:false}', async () => {
    const reply = await invoke({ method: 'nope.nothing', input: {} });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses an API call without a token, and never reaches dispatch', async () => {
    const reply = await invoke({ method: 'app.info', input: {} }, { 'x-bbt-token': '' });
    expect([401, 403]).toContain(reply.status);
    expect(reply.body).not.toContain('ok');
    const noHeader = await send('/api/invoke', { method: 'POST', headers: { 'content-type': 'application/json', 'x-bbt-request': '1' }, body: '{"method":"app.info"}' });
    expect(noHeader.status).toBe(401);
    expect(calls).toHaveLength(0);
  });

  it('refuses a wrong token, in the header, the cookie or the URL', async () => {
    const wrong = 'x'.repeat(server.token.length);
    expect((await invoke({ method: 'app.info', input: {} }, { 'x-bbt-token': wrong })).status).toBe(403);
    const cookie = await send('/api/invoke', { method: 'POST', headers: { cookie: `bbt_token_${server.port}=${wrong}`, 'content-type': 'application/json', 'x-bbt-request': '1' }, body: '{"method":"app.info"}' });
    expect(cookie.status).toBe(403);
    expect((await send(`/?token=${wrong}`)).status).toBe(403);
    expect(calls).toHaveLength(0);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the right token', async () => {
    const reply = await invoke({ method: 'app.info', input: {} }, { host: `evil.example:${server.port}` });
    expect(reply.status).toBe(403);
    expect(reply.body).toBe('Từ chối truy cập.\nForbidden.');
    expect((await send('/', { headers: { host: `127.0.0.1:${server.port + 1}`, 'x-bbt-token': server.token } })).status).toBe(403);
    expect(calls).toHaveLength(0);
  });

  it('accepts localhost:PORT as Host', async () => {
    const reply = await invoke({ method: 'app.info', input: {} }, { host: `localhost:${server.port}` });
    expect(reply.status).toBe(200);
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const reply = await invoke({ method: 'app.info', input: {} }, { origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect((await invoke({ method: 'app.info', input: {} }, { origin: 'null' })).status).toBe(403);
    expect((await invoke({ method: 'app.info', input: {} }, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('refuses API calls that are not JSON from the bridge (plain form posts)', async () => {
    const form = await invoke({ method: 'app.info' }, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(403);
    expect((await invoke({ method: 'app.info' }, { 'x-bbt-request': '' })).status).toBe(403);
    expect(calls).toHaveLength(0);
  });

  it('rejects a body over the limit with a clear Vietnamese message', async () => {
    const reply = await invoke({ method: 'app.info', input: { data: 'x'.repeat(2000) } });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE', message: expect.stringContaining('quá lớn') } });
    expect(calls).toHaveLength(0);
  });

  it('trades the URL token for an HttpOnly SameSite=Strict cookie and a clean URL', async () => {
    const first = await send(new URL(server.url).pathname + new URL(server.url).search);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain(`bbt_token_${server.port}=${server.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    // The session cookie comes with it, so a reload keeps the login; a second link keeps it too.
    const sid = /bbt_sid_\d+=([A-Za-z0-9_-]{43}); HttpOnly; SameSite=Strict/.exec(cookie)?.[1];
    expect(sid).toBeDefined();
    const again = await send(pathOf(server.mintLink()), { headers: { cookie: `bbt_sid_${server.port}=${sid}` } });
    expect(String(again.headers['set-cookie'])).toContain(`bbt_sid_${server.port}=${sid}`);
    const page = await send('/', { headers: { cookie: cookie.split(';')[0] as string } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Ban Biên Tập</title>');
    // The bridge script loads before the app's module script.
    expect(page.body.indexOf('<script src="/bridge.js">')).toBeLessThan(page.body.indexOf('/assets/app.js'));
  });

  it('opens the app once per link: a second use is refused with a Vietnamese page, a newly minted link works', async () => {
    const link = pathOf(server.url);
    expect((await send(link)).status).toBe(303);
    const reused = await send(link);
    expect(reused.status).toBe(403);
    expect(reused.headers['set-cookie']).toBeUndefined();
    expect(reused.body).toContain('Đường dẫn này đã được dùng');
    expect(reused.body).toContain('nhấn Enter trong cửa sổ dòng lệnh');

    const fresh = await send(pathOf(server.mintLink()));
    expect(fresh.status).toBe(303);
    expect(String(fresh.headers['set-cookie'])).toContain(`bbt_token_${server.port}=${server.token}`);
    expect((await send(link)).status).toBe(403);
  });

  it('lets a spent link through, granting nothing new, in the browser that already holds the cookie', async () => {
    const link = pathOf(server.url);
    const first = await send(link);
    const tokenCookie = String(first.headers['set-cookie']).split(';')[0] as string;
    const again = await send(`${link}&x=1`, { headers: { cookie: tokenCookie } });
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe('/?x=1');
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('serves static files and the bridge with security headers', async () => {
    const headers = { 'x-bbt-token': server.token };
    const js = await send('/assets/app.js', { headers });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['content-security-policy']).toContain("default-src 'self'");
    expect(js.headers['content-security-policy']).toContain("script-src 'self'");
    expect(js.headers['x-frame-options']).toBe('DENY');
    expect(js.headers['referrer-policy']).toBe('no-referrer');
    const bridge = await send('/bridge.js', { headers });
    expect(bridge.body).toContain("Object.defineProperty(window, 'bridge'");
    expect((await send('/assets/missing.js', { headers })).status).toBe(404);
  });

  it('refuses path traversal out of the renderer folder', async () => {
    const headers = { 'x-bbt-token': server.token };
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%5csecret.txt']) {
      const reply = await send(path, { headers });
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).not.toContain('outside the renderer');
    }
  });

  it('serves media by hash with a sniffed type and nosniff; refuses other names', async () => {
    const headers = { 'x-bbt-token': server.token, cookie: `bbt_sid_${server.port}=${LOGGED_IN_SID}` };
    const image = await send(`/media/${PNG_HASH}`, { headers });
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect((await send(`/media/${'b'.repeat(64)}`, { headers })).status).toBe(404);
    expect((await send(`/media/${PNG_HASH.toUpperCase()}`, { headers })).status).toBe(404);
    expect((await send('/media/%2e%2e%2findex.html', { headers })).status).toBe(404);
    expect((await send(`/media/${PNG_HASH}`)).status).toBe(401);
    // The token alone is not enough: media is content, readable only by a logged-in session.
    expect((await send(`/media/${PNG_HASH}`, { headers: { 'x-bbt-token': server.token } })).status).toBe(401);
  });

  it('pushes app events to the page over server-sent events', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { host: `127.0.0.1:${server.port}`, 'x-bbt-token': server.token } }, (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes(': connected')) emit(CHANGED);
          const frame = /data: (.*)\n\n/.exec(text);
          if (frame) {
            resolve(frame[1] as string);
            req.destroy();
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(JSON.parse(await received)).toEqual(CHANGED);
  });
});
