// Against the real WordPress started by scripts/wordpress/wordpress-local.sh (see test-env.ts for skip/fail rules).
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  WordPressClient,
  createPost,
  createPostOnce,
  deleteMedia,
  deletePostPermanently,
  discover,
  findCategoryBySlug,
  findPostBySyncKey,
  findPostsBySlug,
  getPost,
  isWordPressError,
  testConnection,
  trashPost,
  unpublishPost,
  updatePost,
  uploadMedia,
  type WordPressDiscovery
} from './index';
import { wordPressTestEnv, type WordPressTestEnv } from './test-env';
import { rejectionOf } from '../../../../core/testing/rejection';
import { serve } from './test-server';

const env = wordPressTestEnv();
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
// A valid 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const rejection = (p: Promise<unknown>) => rejectionOf(p, Error);

describe.skipIf(!env)('WordPress REST client against a real WordPress', () => {
  // Set in beforeAll: the describe body also runs (to collect) when the suite is skipped.
  let e!: WordPressTestEnv;
  let client!: WordPressClient;
  const postIds: number[] = [];
  const mediaIds: number[] = [];
  let discovery: WordPressDiscovery;

  const title = 'Hội nghị tổng kết công tác năm 2026 của UBND phường – “Đổi mới, sáng tạo”';
  const content = '<p>Sáng ngày 27/11, Ủy ban nhân dân phường tổ chức hội nghị. Đồng chí Nguyễn Văn Đức phát biểu.</p>';

  beforeAll(async () => {
    e = env!;
    client = new WordPressClient({ baseUrl: e.url, username: e.username, appPassword: e.appPassword, timeoutMs: 15_000 });
    discovery = await discover(client);
  });

  afterAll(async () => {
    for (const id of postIds) await deletePostPermanently(client, id).catch(() => undefined);
    for (const id of mediaIds) await deleteMedia(client, id).catch(() => undefined);
  });

  it('discovers the site: REST, user capabilities, bbt meta keys, sync-key filter, categories, timezone', () => {
    expect(discovery.routeStyle).toBe(e.permalinks === 'plain' ? 'query' : 'pretty');
    expect(discovery.namespaces).toContain('wp/v2');
    expect(discovery.applicationPasswordsAdvertised).toBe(true);
    expect(discovery.user).toMatchObject({ slug: 'admin', canPublish: true, canUpload: true, canDelete: true });
    expect(discovery.user.roles).toContain('administrator');
    expect(discovery.meta.missing).toEqual([]);
    expect(discovery.meta.registered).toEqual(expect.arrayContaining(['bbt_sync_key', 'bbt_fingerprint', 'bbt_responsible', 'bbt_content_hash', 'bbt_views']));
    expect(discovery.supportsSyncKeyQuery).toBe(true);
    expect(discovery.site).toMatchObject({ timezone: 'Asia/Ho_Chi_Minh', gmtOffsetHours: 7 });
    expect(discovery.site.name).toBe('Cổng thông tin thử nghiệm');
    expect(discovery.categories.map((c) => c.slug)).toContain('tin-tuc-su-kien');
  });

  it('creates a Vietnamese draft with meta, reads it back, updates it with a modified_gmt check', async () => {
    const slug = `bbt-test-${run}-draft`;
    const created = await createPost(client, {
      title,
      content,
      excerpt: 'Tóm tắt: tổng kết năm.',
      status: 'draft',
      slug,
      categories: [(await findCategoryBySlug(client, 'tin-tuc-su-kien'))!.id],
      meta: { bbt_sync_key: `${run}:draft`, bbt_fingerprint: 'sha256:abc', bbt_responsible: 'Trần Thị Bích Ngọc', bbt_content_hash: 'h1' }
    });
    postIds.push(created.id);
    expect(created.status).toBe('draft');

    const read = await getPost(client, created.id);
    expect(read.title.raw).toBe(title);
    expect(read.content?.raw).toBe(content);
    expect(read.slug).toBe(slug);
    expect(read.meta).toMatchObject({ bbt_sync_key: `${run}:draft`, bbt_fingerprint: 'sha256:abc', bbt_responsible: 'Trần Thị Bích Ngọc', bbt_views: 0 });

    const updated = await updatePost(client, created.id, { title: `${title} (cập nhật)`, meta: { bbt_content_hash: 'h2' } }, { expectModifiedGmt: read.modified_gmt });
    expect(updated.title.raw).toBe(`${title} (cập nhật)`);
    expect(updated.meta).toMatchObject({ bbt_content_hash: 'h2', bbt_responsible: 'Trần Thị Bích Ngọc' });

    const stale = await rejection(updatePost(client, created.id, { title: 'x' }, { expectModifiedGmt: '2000-01-01T00:00:00' }));
    expect(isWordPressError(stale, 'CONFLICT')).toBe(true);
    expect((await getPost(client, created.id)).title.raw).toBe(`${title} (cập nhật)`);
  });

  it('publish with a future date_gmt comes back as future; publishing now, then unpublishing to draft', async () => {
    const when = new Date(Date.now() + 3 * 24 * 3600_000);
    when.setUTCMilliseconds(0);
    const scheduled = await createPost(client, { title: `Hẹn giờ ${run}`, content, status: 'publish', date_gmt: when, slug: `bbt-test-${run}-future` });
    postIds.push(scheduled.id);
    expect(scheduled.status).toBe('future');
    expect(scheduled.date_gmt).toBe(when.toISOString().slice(0, 19));

    const now = await updatePost(client, scheduled.id, { status: 'publish', date_gmt: new Date(Date.now() - 60_000) });
    expect(now.status).toBe('publish');
    const down = await unpublishPost(client, scheduled.id, { expectModifiedGmt: now.modified_gmt });
    expect(down.status).toBe('draft');
  });

  it('a post whose slug is taken gets -2, -3 (published or draft)', async () => {
    const slug = `bbt-test-${run}-same`;
    const a = await createPost(client, { title: 'Bài A', status: 'publish', slug });
    postIds.push(a.id);
    const b = await createPost(client, { title: 'Bài B', status: 'publish', slug });
    postIds.push(b.id);
    const c = await createPost(client, { title: 'Bài C', status: 'draft', slug });
    postIds.push(c.id);
    expect(a.slug).toBe(slug);
    expect(b.slug).toBe(`${slug}-2`);
    expect(c.slug).toBe(`${slug}-3`);
    expect((await findPostsBySlug(client, slug)).map((p) => p.id)).toEqual([a.id]);
  });

  it('createPostOnce finds the existing post by slug + sync key instead of duplicating (with and without the meta filter)', async () => {
    const input = { title: 'Bài một lần', status: 'publish' as const, slug: `bbt-test-${run}-once`, meta: { bbt_sync_key: `${run}:once` } };
    const first = await createPostOnce(client, input);
    postIds.push(first.post.id);
    expect(first.created).toBe(true);
    const again = await createPostOnce(client, input);
    expect(again).toMatchObject({ created: false, post: { id: first.post.id } });
    const viaFilter = await createPostOnce(client, input, { useSyncKeyQuery: true });
    expect(viaFilter).toMatchObject({ created: false, post: { id: first.post.id } });
    expect(await findPostBySyncKey(client, `${run}:once`, { useSyncKeyQuery: true })).toMatchObject({ id: first.post.id });
    expect(await findPostBySyncKey(client, `${run}:other`, { slug: input.slug, useSyncKeyQuery: true })).toBeUndefined();
  });

  it('trash, trash again (GONE), delete for good (then NOT_FOUND)', async () => {
    const p = await createPost(client, { title: 'Bài sẽ xoá', status: 'publish', slug: `bbt-test-${run}-trash` });
    postIds.push(p.id);
    const trashed = await trashPost(client, p.id);
    expect(trashed.status).toBe('trash');
    expect(trashed.slug).toBe(`bbt-test-${run}-trash__trashed`);
    const again = await rejection(trashPost(client, p.id));
    expect(again).toMatchObject({ code: 'GONE', status: 410, wpCode: 'rest_already_trashed' });
    const gone = await deletePostPermanently(client, p.id);
    expect(gone).toMatchObject({ deleted: true, previous: { id: p.id } });
    expect(await rejection(getPost(client, p.id))).toMatchObject({ code: 'NOT_FOUND', status: 404, wpCode: 'rest_post_invalid_id' });
  });

  it('uploads an image under an ASCII file name and sets it as the featured image', async () => {
    const media = await uploadMedia(client, { data: PNG, fileName: 'Ảnh Lễ hội Đền Hùng.png', title: 'Lễ hội', altText: 'Ảnh lễ hội' });
    mediaIds.push(media.id);
    expect(media.mime_type).toBe('image/png');
    expect(media.alt_text).toBe('Ảnh lễ hội');
    expect(media.source_url).toMatch(/\/anh-le-hoi-den-hung(-\d+)?\.png$/);
    const file = await fetch(media.source_url);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);

    const p = await createPost(client, { title: 'Bài có ảnh', status: 'draft', slug: `bbt-test-${run}-media`, featured_media: media.id });
    postIds.push(p.id);
    expect((await getPost(client, p.id)).featured_media).toBe(media.id);

    const noName = await rejection(client.request('POST', '/wp/v2/media', { body: PNG, headers: { 'Content-Type': 'image/png' } }));
    expect(noName).toMatchObject({ code: 'INVALID_REQUEST', status: 400, wpCode: 'rest_upload_no_content_disposition' });
  });

  it('counts anonymous views of a published post in bbt_views', async () => {
    const p = await createPost(client, { title: 'Bài được xem', status: 'publish', slug: `bbt-test-${run}-views` });
    postIds.push(p.id);
    expect((await fetch(p.link)).status).toBe(200);
    expect((await fetch(p.link)).status).toBe(200);
    expect((await getPost(client, p.id)).meta.bbt_views).toBe(2);
  });

  it('wrong application password → AUTH_FAILED; contributor publishing → FORBIDDEN', async () => {
    const wrong = await testConnection({ baseUrl: e.url, username: e.username, appPassword: 'sai0 sai0 sai0 sai0 sai0 sai0' });
    expect(wrong).toMatchObject({ ok: false, code: 'AUTH_FAILED', status: 401 });
    const nobody = await testConnection({ baseUrl: e.url, username: 'khong-co-ai', appPassword: e.appPassword });
    expect(nobody).toMatchObject({ ok: false, code: 'AUTH_FAILED', status: 401 });

    const contributor = new WordPressClient({ baseUrl: e.url, ...e.contributor });
    const d = await discover(contributor);
    expect(d.user).toMatchObject({ canPublish: false, roles: ['contributor'] });
    const refused = await rejection(createPost(contributor, { title: 'Không được đăng', status: 'publish', slug: `bbt-test-${run}-forbidden` }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', status: 403, wpCode: 'rest_cannot_publish' });
  });

  it('connection refused and no REST API are classified', async () => {
    const closed = await serve(() => undefined);
    const port = new URL(closed.url).port;
    await closed.close();
    expect(await testConnection({ baseUrl: `http://127.0.0.1:${port}`, username: 'a', appPassword: 'b' })).toMatchObject({ ok: false, code: 'CONNECTION_REFUSED' });

    const notWordPress = await serve((_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Không tìm thấy</h1>');
    });
    try {
      expect(await testConnection({ baseUrl: notWordPress.url, username: 'a', appPassword: 'b' })).toMatchObject({ ok: false, code: 'NO_REST_API', status: 404 });
    } finally {
      await notWordPress.close();
    }
  });

  it('falls back to /?rest_route= when /wp-json/ is not routed (plain permalinks)', async () => {
    // A proxy in front of the real site that answers /wp-json/… like a site without pretty permalinks.
    const target = new URL(e.url);
    const proxy = await serve((req, res) => {
      if ((req.url ?? '').startsWith('/wp-json')) {
        res.writeHead(404, { 'Content-Type': 'text/html; charset=UTF-8' }).end('<html><body>Page not found</body></html>');
        return;
      }
      const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    try {
      const viaQuery = new WordPressClient({ baseUrl: `${proxy.url}/wp-json/`, username: e.username, appPassword: e.appPassword });
      expect(await viaQuery.routeStyle()).toBe('query');
      const d = await discover(viaQuery);
      expect(d.routeStyle).toBe('query');
      expect(d.meta.missing).toEqual([]);
      const p = await createPost(viaQuery, { title: 'Qua rest_route', status: 'draft', slug: `bbt-test-${run}-query`, meta: { bbt_sync_key: `${run}:q` } });
      postIds.push(p.id);
      expect((await getPost(viaQuery, p.id)).meta.bbt_sync_key).toBe(`${run}:q`);
    } finally {
      await proxy.close();
    }
  });
});
