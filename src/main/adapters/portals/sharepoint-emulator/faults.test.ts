// Scripted faults (statuses, Retry-After, hangs, resets before and after the change), health score, control API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSharePointEmulator, type SharePointEmulator } from './index';
import { ARTICLE, byTitle, Client, errorCode, LIST, rows } from './testkit';

let sp: SharePointEmulator;
let c: Client;
beforeAll(async () => {
  sp = await startSharePointEmulator({ profile: '2013', hangMaxMs: 2000 });
  c = new Client(sp);
  await c.digest();
});
beforeEach(() => sp.faults.clear());
afterAll(() => sp.close());

const count = (key: string) => sp.items(LIST).filter((i) => i.values.PortalSyncKey === key).length;

describe('scripted statuses', () => {
  it('401 once, then the same request succeeds', async () => {
    const f = sp.faults.add({ kind: 'status', status: 401, method: 'GET', path: '/items' });
    const first = await c.get(`${byTitle()}/items`);
    expect(first.status).toBe(401);
    expect(first.headers.get('www-authenticate')).toMatch(/Basic/);
    expect((await c.get(`${byTitle()}/items`)).status).toBe(200);
    expect(f.hits).toBe(1);
  });

  it('403 answers SharePoint\'s access-denied error', async () => {
    sp.faults.add({ kind: 'status', status: 403 });
    expect(errorCode(await c.get(byTitle()))).toBe('-2147024891, System.UnauthorizedAccessException');
  });

  it('429 with Retry-After in seconds; 503 with Retry-After as an HTTP date; 503 without Retry-After', async () => {
    sp.faults.add({ kind: 'status', status: 429, retryAfter: 3 });
    const r429 = await c.get(byTitle());
    expect(r429.status).toBe(429);
    expect(r429.headers.get('retry-after')).toBe('3');
    sp.faults.add({ kind: 'status', status: 503, retryAfter: '2026-11-27T03:00:05Z' });
    const r503 = await c.get(byTitle());
    expect(r503.status).toBe(503);
    expect(r503.headers.get('retry-after')).toBe('Fri, 27 Nov 2026 03:00:05 GMT');
    sp.faults.add({ kind: 'status', status: 503 });
    const bare = await c.get(byTitle());
    expect(bare.status).toBe(503);
    expect(bare.headers.get('retry-after')).toBeNull();
  });

  it('500 with a chosen SharePoint code (e.g. list data validation)', async () => {
    sp.faults.add({ kind: 'status', status: 500, method: 'POST', path: '/items', code: '-2130575162, Microsoft.SharePoint.SPFieldValidationException', message: 'List data validation failed.' });
    const r = await c.create({ ...ARTICLE, PortalSyncKey: 'fault-500' });
    expect(r.status).toBe(500);
    expect(r.json.error).toEqual({ code: '-2130575162, Microsoft.SharePoint.SPFieldValidationException', message: { lang: 'en-US', value: 'List data validation failed.' } });
    expect(count('fault-500')).toBe(0);
  });

  it('times and skip select which matching requests fail; method matches X-HTTP-Method', async () => {
    const id = (await c.create({ Title: 'merge' })).json.d.Id as number;
    sp.faults.add({ kind: 'status', status: 503, method: 'MERGE', skip: 1, times: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await c.merge(id, { Title: `v${i}` }, '*')).status);
    expect(statuses).toEqual([204, 503, 503, 204]);
  });
});

describe('hangs and resets', () => {
  it('hang: no answer until the client gives up; nothing is applied', async () => {
    sp.faults.add({ kind: 'hang', method: 'POST', path: '/items' });
    const type = await c.itemType();
    const started = Date.now();
    await expect(fetch(`${sp.webUrl}/_api${byTitle()}/items`, {
      method: 'POST', signal: AbortSignal.timeout(300),
      headers: { Accept: 'application/json;odata=verbose', 'Content-Type': 'application/json;odata=verbose', Authorization: c.auth ?? '', 'X-RequestDigest': await c.digest() },
      body: JSON.stringify({ __metadata: { type }, Title: 'treo', PortalSyncKey: 'hang-1' })
    })).rejects.toThrow(/abort|timeout/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(count('hang-1')).toBe(0);
    expect(sp.requests.at(-1)).toMatchObject({ status: 'hang' });
  });

  it('hang with ms: the server drops the connection after that time', async () => {
    sp.faults.add({ kind: 'hang', ms: 100 });
    await expect(c.get(byTitle())).rejects.toThrow();
  });

  it('reset before processing: the client sees a network error and nothing was created', async () => {
    sp.faults.add({ kind: 'reset-before', method: 'POST', path: '/items' });
    await expect(c.create({ ...ARTICLE, PortalSyncKey: 'reset-before-1' })).rejects.toThrow(/fetch failed/);
    expect(count('reset-before-1')).toBe(0);
  });

  it('reset after the request was applied: the item exists although the client saw a reset; a retry hits the unique key', async () => {
    sp.faults.add({ kind: 'reset-after', method: 'POST', path: '/items' });
    await expect(c.create({ ...ARTICLE, PortalSyncKey: 'reset-after-1' })).rejects.toThrow(/fetch failed/);
    expect(count('reset-after-1')).toBe(1);
    expect(sp.requests.at(-1)).toMatchObject({ method: 'POST', status: 'reset-after' });
    const retry = await c.create({ ...ARTICLE, PortalSyncKey: 'reset-after-1' });
    expect(errorCode(retry)).toBe('-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
    expect(rows(await c.get(`${byTitle()}/items?$filter=PortalSyncKey eq 'reset-after-1'&$select=Id`))).toHaveLength(1);
  });

  it('delay: applied, then answered late', async () => {
    sp.faults.add({ kind: 'delay', ms: 150, method: 'GET' });
    const started = Date.now();
    expect((await c.get(byTitle())).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('health score and control API', () => {
  it('every response carries X-SharePointHealthScore; at 10 the server answers 503 with Retry-After', async () => {
    expect((await c.get(byTitle())).headers.get('x-sharepointhealthscore')).toBe('0');
    sp.setHealthScore(10);
    try {
      const r = await c.get(byTitle());
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('5');
      expect(r.headers.get('x-sharepointhealthscore')).toBe('10');
    } finally {
      sp.setHealthScore(0);
    }
  });

  it('POST /_emulator/faults scripts faults over HTTP; GET /_emulator/state shows the items', async () => {
    const add = await fetch(`${sp.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ kind: 'status', status: 429, retryAfter: 1, pathRegex: "getbytitle\\('Tin" }) });
    expect(add.status).toBe(201);
    expect((await c.get(byTitle())).status).toBe(429);
    expect((await c.get(byTitle())).status).toBe(200);
    await fetch(`${sp.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify([{ kind: 'reset-before' }]) });
    expect(((await (await fetch(`${sp.url}/_emulator/faults`)).json()) as unknown[]).length).toBe(1);
    expect((await fetch(`${sp.url}/_emulator/faults`, { method: 'DELETE' })).status).toBe(204);
    const state = (await (await fetch(`${sp.url}/_emulator/state`)).json()) as { webs: { lists: { title: string; items: unknown[] }[] }[] };
    expect(state.webs[0]?.lists.find((l) => l.title === LIST)?.items.length).toBe(sp.items(LIST).length);
  });
});
