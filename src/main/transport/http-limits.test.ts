// Issue #11 items 4 and 6 in browser mode: session ids rotate at login/setup/logout (a cookie planted by
// another local port is useless), per-method size limits before parsing, and a cap on calls in flight.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHttpServer, type RunningServer } from './http-server';
import { createDispatch } from '../dispatch';
import { SessionManager } from '../sessions/session-manager';
import type { Handlers } from '../handlers/types';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let root: string;
let server: RunningServer;
let sessions: SessionManager;
const waiting: Array<() => void> = [];
const release = (): void => {
  for (const go of waiting.splice(0)) go();
};
const USER = { id: 'u1', name: 'An', login: 'an', position: '', roles: ['bien_tap_vien' as const] };

// Just enough handlers: login/setup/logout over the real session manager, and a slow call.
const handlers = {
  'auth.login': async (_input: unknown, ctx: { connectionId: string }) => sessions.begin(ctx.connectionId, USER),
  'auth.setup': async (_input: unknown, ctx: { connectionId: string }) => sessions.begin(ctx.connectionId, USER),
  'auth.logout': async (_input: unknown, ctx: { connectionId: string }) => (sessions.end(ctx.connectionId), null),
  'auth.status': async (_input: unknown, ctx: { connectionId: string }) => ({ needsSetup: false, session: sessions.info(ctx.connectionId), agencyName: null }),
  'article.list': async () => new Promise((resolve) => waiting.push(() => resolve({ items: [], total: 0 }))),
  'lists.save': async () => ({ categories: [], articleTypes: [] })
} as unknown as Handlers;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'bbt-http-limits-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  sessions = new SessionManager({ now: () => Date.now(), lockAfterMinutes: () => 0 });
  server = await startHttpServer({ dispatch: createDispatch(handlers, sessions, () => undefined), getMedia: () => null, rendererDir: join(root, 'renderer'), log: () => undefined, maxConcurrent: 3 });
});
afterEach(async () => {
  release();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

function invoke(method: string, input: unknown, cookie?: string, raw?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-bbt-request': '1', 'x-bbt-method': method, 'x-bbt-token': server.token };
    if (cookie) headers.cookie = cookie;
    const req = request({ host: '127.0.0.1', port: server.port, path: '/api/invoke', method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(raw ?? JSON.stringify({ method, input }));
  });
}

const sidCookie = (reply: Reply): string | undefined =>
  ([] as string[]).concat(reply.headers['set-cookie'] ?? []).find((c) => c.startsWith(`bbt_sid_${server.port}=`))?.split(';')[0];

describe('session ids in browser mode', () => {
  it('a planted session cookie is not the one used after login; logout and setup rotate too', async () => {
    const planted = `bbt_sid_${server.port}=${'P'.repeat(43)}`;
    const login = await invoke('auth.login', { login: 'an', password: 'x' }, planted);
    expect(login.status).toBe(200);
    const fresh = sidCookie(login);
    expect(fresh).toMatch(new RegExp(`^bbt_sid_${server.port}=[A-Za-z0-9_-]{43}$`));
    expect(fresh).not.toBe(planted);
    // The planted id is logged out; the new one is logged in.
    expect(JSON.parse((await invoke('auth.status', {}, planted)).body).value.session).toBeNull();
    expect(JSON.parse((await invoke('auth.status', {}, fresh)).body).value.session).toMatchObject({ user: { id: 'u1' } });

    const logout = await invoke('auth.logout', {}, fresh);
    const afterLogout = sidCookie(logout);
    expect(afterLogout).toBeDefined();
    expect(afterLogout).not.toBe(fresh);

    const setup = await invoke('auth.setup', {}, planted);
    expect(sidCookie(setup)).not.toBe(planted);
    expect(JSON.parse((await invoke('auth.status', {}, planted)).body).value.session).toBeNull();
  });

  it('does not rotate on a failed login', async () => {
    const planted = `bbt_sid_${server.port}=${'P'.repeat(43)}`;
    const reply = await invoke('auth.login', { login: '' }, planted);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false });
    expect(reply.headers['set-cookie']).toBeUndefined();
  });
});

describe('resource limits in browser mode', () => {
  it('an oversized request: the method’s limit applies before the body is parsed', async () => {
    const cookie = sidCookie(await invoke('auth.login', { login: 'an', password: 'x' }));
    // 2 MB of anything for lists.save (limit 1 MB): refused with 413 even though it is not JSON.
    const big = await invoke('lists.save', null, cookie, '{' + 'x'.repeat(2 * 1024 * 1024));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE', message: expect.stringContaining('tối đa 1 MB') } });
    // A body that names another method than the header is refused.
    const mismatch = await invoke('auth.status', null, cookie, JSON.stringify({ method: 'article.import', input: {} }));
    expect(mismatch.status).toBe(400);
  });

  it('caps the calls in flight and answers the rest at once with 503', async () => {
    const cookie = sidCookie(await invoke('auth.login', { login: 'an', password: 'x' }));
    const slow = [invoke('article.list', {}, cookie), invoke('article.list', {}, cookie), invoke('article.list', {}, cookie)];
    await new Promise((r) => setTimeout(r, 100));
    const refused = await invoke('auth.status', {}, cookie);
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body).error.message).toContain('đang bận');
    release();
    expect((await Promise.all(slow)).map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await invoke('auth.status', {}, cookie)).status).toBe(200);
  });
});
