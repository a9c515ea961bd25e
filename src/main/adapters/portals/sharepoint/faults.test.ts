// Failures: expired digests, throttling with Retry-After, resets and timeouts, and the duplicate-key path.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PortalError } from '../../../../core/publishing/ports';
import { startSharePointEmulator, type SharePointEmulator } from '../sharepoint-emulator';
import { connector, LIST, samplePost, withKey } from './test-fixtures';
import { rejectionOf } from '../../../../core/testing/rejection';

const rejection = (p: Promise<unknown>) => rejectionOf(p, PortalError);

describe.each(['2013', '2016'] as const)('faults on SharePoint %s', (profile) => {
  let sp: SharePointEmulator;
  beforeAll(async () => { sp = await startSharePointEmulator({ profile }); });
  afterAll(() => sp.close());
  beforeEach(() => sp.faults.clear());

  it('a digest expired mid-run (app pool recycle) is refreshed transparently, once', async () => {
    const c = connector(sp);
    const post = samplePost();
    const item = await c.create(post);
    sp.expireDigests();
    const before = sp.requests.length;
    const next = await c.update(item, { ...post, summary: 'Sau khi mã hết hạn' });
    expect(next.version).toBe('"2"');
    const log = sp.requests.slice(before).map((r) => `${r.method} ${r.status}`);
    expect(log).toEqual(['MERGE 403', 'POST 200', 'MERGE 204']);
  });

  it('429 with Retry-After seconds and 503 with an HTTP date → throttled with retryAfterMs', async () => {
    const now = Date.UTC(2026, 10, 27, 3, 0, 0);
    const c = connector(sp, {}, { now: () => now });
    await c.find('khoi-dong'); // resolve the list first, so the faults below hit the write
    sp.faults.add({ kind: 'status', status: 429, retryAfter: 7, method: 'POST', path: '/items' });
    const a = await rejection(c.create(samplePost()));
    expect(a).toMatchObject({ kind: 'throttled', retryAfterMs: 7000 });
    expect(a.vi).toContain('7 giây');
    sp.faults.add({ kind: 'status', status: 503, retryAfter: new Date(now + 90_000).toUTCString(), method: 'POST', path: '/items' });
    expect(await rejection(c.create(samplePost()))).toMatchObject({ kind: 'throttled', retryAfterMs: 90_000 });
    sp.faults.add({ kind: 'status', status: 503, method: 'POST', path: '/items' });
    expect(await rejection(c.create(samplePost()))).toMatchObject({ kind: 'throttled', retryAfterMs: null });
  });

  it('reset after the create was applied → ambiguous; find sees exactly one item; creating again does not duplicate', async () => {
    const c = connector(sp);
    const post = samplePost();
    await c.find(post.key);
    sp.faults.add({ kind: 'reset-after', method: 'POST', path: '/items' });
    const e = await rejection(c.create(post));
    expect(e.kind).toBe('ambiguous');
    expect(e.retryable).toBe(true);
    expect(withKey(sp, post.key)).toHaveLength(1);
    const found = await c.find(post.key);
    expect(found?.remoteId).toBe(String(withKey(sp, post.key)[0]?.Id));
    // A create that did not look first: SharePoint's unique column answers 500 duplicate → the item is updated.
    const again = await c.create({ ...post, summary: 'Lần gửi thứ hai' });
    expect(again.remoteId).toBe(found?.remoteId);
    expect(withKey(sp, post.key)).toHaveLength(1);
    expect(withKey(sp, post.key)[0]?.values.TomTat).toBe('Lần gửi thứ hai');
    expect(sp.requests.some((r) => r.status === 500)).toBe(true);
  });

  it('a timeout on a write is ambiguous, on a read unreachable; a reset before processing leaves nothing behind', async () => {
    const c = connector(sp, {}, { timeoutMs: 200 });
    const post = samplePost();
    await c.find(post.key);
    sp.faults.add({ kind: 'hang', ms: 1000, method: 'POST', path: '/items' });
    expect((await rejection(c.create(post))).kind).toBe('ambiguous');
    sp.faults.add({ kind: 'hang', ms: 1000, method: 'GET', path: '/items' });
    expect((await rejection(c.find(post.key))).kind).toBe('unreachable');
    sp.faults.add({ kind: 'reset-before', method: 'POST', path: '/items' });
    expect((await rejection(c.create(post))).kind).toBe('ambiguous');
    expect(withKey(sp, post.key)).toHaveLength(0);
    expect(await c.find(post.key)).toBeNull();
  });

  it('status codes map to kinds: 401 auth, 403 forbidden, 404 not_found, 500 server, 400 invalid', async () => {
    const c = connector(sp);
    const item = await c.create(samplePost());
    const cases: Array<[number, string]> = [[401, 'auth'], [403, 'forbidden'], [404, 'not_found'], [500, 'server'], [400, 'invalid']];
    for (const [status, kind] of cases) {
      sp.faults.add({ kind: 'status', status, method: 'MERGE' });
      const e = await rejection(c.update(item, samplePost()));
      expect(e.kind, `HTTP ${status}`).toBe(kind);
      expect(e.vi).toMatch(/[ăâđêôơư]/);
    }
    expect(sp.item(LIST, Number(item.remoteId))?.version).toBe(1);
  });

  it('a forms cookie refused once (401) → logs in again and resends', async () => {
    const c = connector(sp, { auth: 'forms' });
    const item = await c.create(samplePost());
    sp.faults.add({ kind: 'status', status: 401, method: 'MERGE' });
    expect((await c.update(item, samplePost())).version).toBe('"2"');
  });
});
