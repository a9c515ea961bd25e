// The real outbox worker, the real SharePoint connector and the SharePoint emulator over HTTP, with
// scripted faults the emulator reproduces (expired digest, 412, 429/503 with Retry-After, 500, timeouts,
// resets before and after the request was applied): every run ends with exactly one list item per
// article and an outbox entry that says what happened. Plus a crash mid-send followed by a restart.
import { afterEach, describe, expect, it } from 'vitest';
import { textToBody } from '../../core/editor/body';
import type { FieldMapping, OutboxEntry } from '../../shared/publishing';
import { startSharePointEmulator, TIN_TUC_FIELDS, tinTucMoRongList, type FaultRule, type ListDef, type SharePointEmulator } from '../adapters/portals/sharepoint-emulator';
import { SEED_MAPPING } from '../adapters/portals/sharepoint/test-fixtures';
import { SAMPLE_PROFILE } from '../sample/profile';
import { openWorkflowFixture, PASSWORD, type WorkflowFixture } from '../workflow/testing';

const LIST = 'Tin Tức Mở Rộng';
let sp: SharePointEmulator;
const fixtures: WorkflowFixture[] = [];
afterEach(async () => {
  for (const f of fixtures.splice(0).reverse()) f.close();
  await sp?.close();
});

async function start(timeoutMs = 400, portal: { lists?: ListDef[]; mapping?: FieldMapping } = {}): Promise<{ f: WorkflowFixture; targetId: string }> {
  sp = await startSharePointEmulator({ port: 0, profile: '2013', lists: portal.lists });
  const f = openWorkflowFixture({ connectors: { timeoutMs } });
  fixtures.push(f);
  f.app.services.profile.save(SAMPLE_PROFILE, '2020-01-01T00:00:00.000Z', f.users.qt);
  const config = { url: sp.webUrl, list: LIST, auth: 'ntlm' as const, user: 'PORTAL\\bbt', ...(portal.mapping ? { mapping: portal.mapping } : {}) };
  const target = f.app.services.publishing.addTarget(
    { name: 'Cổng thị xã', type: 'sharepoint', config, secret: 'Mat-khau-SP-2026' },
    f.users.qt
  );
  return { f, targetId: target.id };
}

async function approvedAndQueued(f: WorkflowFixture, targetId: string, title: string): Promise<{ articleId: string; entry: OutboxEntry }> {
  const a = f.articleIn('cho_duyet', 'btv', { title, body: textToBody(`${title}. Nội dung bài viết.`), category: 'Kinh tế', articleType: 'Tin', author: 'Ban biên tập' });
  const signed = await f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD }, f.users.tb);
  if (!signed.ok) throw new Error(signed.error.message);
  const q = await f.call('publish.enqueue', { articleId: a.id, targetId, confirm: true }, f.users.btv);
  if (!q.ok) throw new Error(q.error.message);
  return { articleId: a.id, entry: q.value };
}

const state = (f: WorkflowFixture, id: string) => f.app.services.publishing.queue(f.users.qt).find((e) => e.id === id)!;
const itemsWithKey = (key: string) => sp.items(LIST).filter((i) => i.values.PortalSyncKey === key);

const FAULTS: Array<(skip: number) => FaultRule> = [
  (skip) => ({ kind: 'status', status: 403, code: '-2130575252, Microsoft.SharePoint.SPException', message: 'The security validation for this page is invalid.', method: 'POST', path: /\/items/i, skip }),
  (skip) => ({ kind: 'status', status: 412, method: 'MERGE', skip }),
  (skip) => ({ kind: 'status', status: 429, retryAfter: 1, skip }),
  (skip) => ({ kind: 'status', status: 503, retryAfter: 2, skip }),
  (skip) => ({ kind: 'status', status: 500, method: 'POST', skip }),
  (skip) => ({ kind: 'hang', ms: 1000, method: 'POST', path: /\/items/i, skip }),
  (skip) => ({ kind: 'reset-before', skip }),
  (skip) => ({ kind: 'reset-after', method: 'POST', path: /\/items/i, skip })
];

describe('outbox → SharePoint (emulator)', () => {
  it('publishes the sample-like article with every mapped column, and the receipt matches the portal', async () => {
    const { f, targetId } = await start();
    const { articleId, entry } = await approvedAndQueued(f, targetId, 'Thị xã ra quân dọn vệ sinh đón Tết');
    await f.app.services.outbox.runOnce();
    expect(state(f, entry.id)).toMatchObject({ state: 'done', remoteUrl: expect.stringContaining('DispForm.aspx?ID=') });
    const [item] = itemsWithKey(`bbt-${articleId}`);
    expect(item!.values).toMatchObject({ Title: 'Thị xã ra quân dọn vệ sinh đón Tết', PhanLoai: 'Kinh tế', ChiuTrachNhiem: expect.stringContaining('Chịu trách nhiệm chính: Ông Lê Quang Tửu') });
    expect(String(item!.values.NoiDung)).toContain('Chịu trách nhiệm chính');
    expect(await f.app.services.witness.verifyTarget(targetId)).toMatchObject({ ok: true });
  });

  it('a column the portal refuses through ValidateUpdateListItem (a required Publishing Image left blank) fails the entry in Vietnamese', async () => {
    const lists = [tinTucMoRongList({ fields: [...TIN_TUC_FIELDS, { internalName: 'PublishingRollupImage', title: 'Ảnh trang', type: 'Image', required: true }] })];
    const { f, targetId } = await start(400, { lists, mapping: { ...SEED_MAPPING, image: 'PublishingRollupImage' } });
    const { articleId, entry } = await approvedAndQueued(f, targetId, 'Bài chưa có ảnh đại diện');
    await f.app.services.outbox.runOnce();
    expect(state(f, entry.id)).toMatchObject({ state: 'failed', detail: expect.stringContaining('cột “Ảnh trang” không được để trống') });
    expect(f.articles.get(articleId).status).toBe('da_duyet');
    expect(itemsWithKey(`bbt-${articleId}`)).toHaveLength(1);
  });

  it('ends every randomised run of portal faults with exactly one item per article and a truthful outbox', async () => {
    const { f, targetId } = await start();
    let seed = 20261203;
    let retried = 0;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let run = 1; run <= 12; run++) {
      for (let i = 1 + rand(3); i > 0; i--) sp.faults.add(FAULTS[rand(FAULTS.length)]!(rand(2)));
      const { articleId, entry } = await approvedAndQueued(f, targetId, `Tin thử số ${run}`);
      for (let round = 0; round < 12 && state(f, entry.id).state !== 'done'; round++) {
        await f.app.services.outbox.runOnce();
        // Backoff and Retry-After: move the app's clock past the next attempt.
        f.advance(31 * 60_000);
      }
      sp.faults.clear();
      const final = state(f, entry.id);
      if (final.attempts > 1) retried += 1;
      expect({ run, state: final.state, items: itemsWithKey(`bbt-${articleId}`).length }).toEqual({ run, state: 'done', items: 1 });
    }
    expect(sp.items(LIST)).toHaveLength(12);
    // The faults really hit: most runs needed more than one attempt.
    expect(retried).toBeGreaterThanOrEqual(6);
  }, 60_000);

  it('a crash after the item was created: the restarted app finds it instead of creating another', async () => {
    const { f, targetId } = await start(20_000);
    const { articleId, entry } = await approvedAndQueued(f, targetId, 'Bài gửi lúc mất điện');
    // The portal applies the create; the process dies before the answer comes back.
    sp.faults.add({ kind: 'delay', ms: 3000, method: 'POST', path: /\/items$/i });
    void f.app.services.outbox.runOnce().catch(() => undefined);
    await expect.poll(() => sp.items(LIST).length, { timeout: 10_000 }).toBe(1);
    expect(state(f, entry.id).state).toBe('sending');
    const dir = f.dir;
    fixtures.splice(fixtures.indexOf(f), 1);
    f.app.close();
    const again = openWorkflowFixture({ dir, connectors: { timeoutMs: 2000 }, start: Date.parse(entry.createdAt) + 10 * 60_000 });
    fixtures.push(again);
    await again.app.services.outbox.runOnce();
    expect(state(again, entry.id).state).toBe('done');
    expect(itemsWithKey(`bbt-${articleId}`)).toHaveLength(1);
  }, 30_000);
});
