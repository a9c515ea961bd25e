// The outbox with the real WordPress connector against the real WordPress of scripts/wordpress/wordpress-local.sh
// (skip locally / fail in CI as test-env.ts says): publish, a future date kept by WordPress (Hẹn giờ), update of
// the same post after a new approval, take-down to draft, and verify --target reading the posts back.
import { afterAll, describe, expect, it } from 'vitest';
import { textToBody } from '../../core/editor/body';
import { WordPressClient, deletePostPermanently, getPost } from '../adapters/portals/wordpress';
import { wordPressTestEnv } from '../adapters/portals/wordpress/test-env';
import { SAMPLE_PROFILE } from '../sample/profile';
import { openWorkflowFixture, PASSWORD, type WorkflowFixture } from '../workflow/testing';

const env = wordPressTestEnv();
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const created: number[] = [];
let categoryId: number | null = null;
let f: WorkflowFixture | null = null;

afterAll(async () => {
  f?.close();
  if (!env) return;
  const client = new WordPressClient({ baseUrl: env.url, username: env.username, appPassword: env.appPassword });
  for (const id of created) await deletePostPermanently(client, id).catch(() => undefined);
  if (categoryId) await client.delete(`/wp/v2/categories/${categoryId}`, { force: true }).catch(() => undefined);
});

describe.skipIf(!env)('outbox → WordPress (real)', () => {
  it('publishes, schedules, updates the same post and takes it down; verify reads the posts back', async () => {
    const e = env!;
    const client = new WordPressClient({ baseUrl: e.url, username: e.username, appPassword: e.appPassword });
    const category = `Kinh tế ${run}`;
    categoryId = (await client.post<{ id: number }>('/wp/v2/categories', { name: category })).data.id;
    f = openWorkflowFixture();
    const fx = f;
    fx.app.services.lists.save({ categories: [category], articleTypes: ['Tin'] });
    fx.app.services.profile.save(SAMPLE_PROFILE, '2020-01-01T00:00:00.000Z', fx.users.qt);
    const target = fx.app.services.publishing.addTarget({ name: 'Cổng WordPress', type: 'wordpress', config: { url: e.url, user: e.username } }, fx.users.qt);
    fx.app.services.publishing.updateTarget(target.id, { name: target.name, config: {}, secret: e.appPassword }, fx.users.qt);

    const approve = async (title: string, publishAt: string | null) => {
      const a = fx.articleIn('cho_duyet', 'btv', { title, body: textToBody(`${title}: nội dung.`), category, articleType: 'Tin', publishAt });
      expect((await fx.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD }, fx.users.tb)).ok).toBe(true);
      return a.id;
    };
    const send = async (articleId: string) => {
      const q = await fx.call('publish.enqueue', { articleId, targetId: target.id, confirm: true }, fx.users.btv);
      if (!q.ok) throw new Error(q.error.message);
      const [outcome] = await fx.app.services.outbox.runOnce();
      expect(outcome).toMatchObject({ ok: true, entry: { state: 'done' } });
      const receipt = fx.app.services.publishing.forArticle(articleId, fx.users.qt).receipts[0]!;
      created.push(Number(receipt.remoteId));
      return receipt;
    };

    const now = await approve(`Tin xuất bản ngay ${run}`, '2026-11-20T01:00:00.000Z');
    const first = await send(now);
    const post = await getPost(client, Number(first.remoteId));
    expect(post.status).toBe('publish');
    expect(post.meta).toMatchObject({ bbt_sync_key: `bbt-${now}`, bbt_fingerprint: first.fingerprint, bbt_responsible: expect.stringContaining('Chịu trách nhiệm chính') });
    expect(fx.articles.get(now).status).toBe('da_xuat_ban');

    const later = await approve(`Tin hẹn giờ ${run}`, '2030-01-02T01:00:00.000Z');
    const scheduled = await send(later);
    expect(scheduled.remoteStatus).toBe('future');
    expect(fx.articles.get(later).status).toBe('hen_gio');

    // A new version, approved again, updates the same post.
    expect((await fx.call('workflow.act', { articleId: now, action: 'sua-bai-da-dang' }, fx.users.tv)).ok).toBe(true);
    const current = fx.articles.get(now);
    fx.articles.save(now, current.revisionId, { ...fx.fieldsOf(current), title: `Tin xuất bản ngay (sửa) ${run}` }, fx.users.tv);
    expect((await fx.call('workflow.act', { articleId: now, action: 'ky-duyet', password: PASSWORD }, fx.users.tb)).ok).toBe(true);
    const update = await send(now);
    expect(update).toMatchObject({ kind: 'update', remoteId: first.remoteId });
    expect((await getPost(client, Number(first.remoteId))).title.raw).toBe(`Tin xuất bản ngay (sửa) ${run}`);

    expect(await fx.app.services.witness.verifyTarget(target.id)).toMatchObject({ ok: true });

    expect((await fx.call('publish.takeDown', { articleId: now, targetId: target.id }, fx.users.tb)).ok).toBe(true);
    await fx.app.services.outbox.runOnce();
    expect((await getPost(client, Number(first.remoteId))).status).toBe('draft');
    expect(fx.articles.get(now).status).toBe('da_go');
  }, 60_000);
});
