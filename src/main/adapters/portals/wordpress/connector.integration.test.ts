// The WordPress connector against the real WordPress of scripts/wordpress/wordpress-local.sh (skip/fail rules: test-env.ts).
import { createHash } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortalError, type PortalPost, type RemoteItem } from '../../../../core/publishing/ports';
import { TargetConfigSchema, type TargetConfig } from '../../../../shared/publishing';
import { WordPressConnector, type WordPressConnectorOptions } from './connector';
import { WordPressClient, createPost, deleteMedia, deletePostPermanently, getPost, updatePost, type WpPost } from './index';
import { wordPressTestEnv, type WordPressTestEnv } from './test-env';
import { rejectionOf } from '../../../../core/testing/rejection';
import { seededRandom } from '../../../../core/testing/random';
import { serve } from './test-server';

const env = wordPressTestEnv();
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
// A valid 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** HTML as the app's sanitiser and renderer produce it (body, byline, imprint block with the fingerprint). */
const HTML =
  '<p style="text-align: justify">Sáng ngày 27/11/2026, Ủy ban nhân dân phường tổ chức <strong>Hội nghị tổng kết</strong> &amp; triển khai nhiệm vụ năm 2027 – “Đổi mới, sáng tạo” 🎉.</p>' +
  '<figure><img src="http://127.0.0.1:8089/wp-content/uploads/anh-hoi-nghi.png" alt="Ảnh hội nghị"><figcaption>Quang cảnh hội nghị</figcaption></figure>' +
  '<h2>Kết quả nổi bật</h2><ul><li>Thu ngân sách đạt 112%&nbsp;kế hoạch</li><li>Giải quyết 1.245 hồ sơ &lt;đúng hạn&gt;, đường dẫn C:\\Hồ sơ\\2026</li></ul>' +
  '<table><tbody><tr><td colspan="2">Chỉ tiêu</td><td>Kết quả</td></tr></tbody></table><blockquote><p>Ý kiến chỉ đạo của Chủ tịch</p></blockquote>' +
  '<p>Xem <a href="https://vanban.example.gov.vn/van-ban?id=1&amp;loai=2">văn bản</a><br>Tác giả: Nguyễn Văn Đức</p>' +
  '<hr><section data-bbt-fingerprint="k1:0f3a9c"><p>Chịu trách nhiệm chính: Ông Trần Quốc Bảo - Phó Chủ tịch UBND thị xã</p><p>Địa chỉ: Số 1, đường Lê Lợi, phường Trung tâm</p></section>';

const rejection = (p: Promise<unknown>) => rejectionOf(p, PortalError);
/** A PNG of its own for `tag` (bytes after IEND are ignored by readers): a distinct SHA-256, as the media store keys it. */
const pngFile = (tag: string, name: string) => {
  const bytes = Buffer.concat([PNG, Buffer.from(tag)]);
  return { hash: createHash('sha256').update(bytes).digest('hex'), name, mime: 'image/png', bytes };
};

describe.skipIf(!env)('WordPressConnector against a real WordPress', () => {
  let e!: WordPressTestEnv;
  let client!: WordPressClient;
  let config!: TargetConfig;
  let category!: { id: number; name: string };
  const keys: string[] = [];
  const mediaIds: number[] = [];
  const extraPostIds: number[] = [];
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const connector = (over: Partial<TargetConfig> = {}, secret?: string | null, opts: WordPressConnectorOptions = {}) =>
    new WordPressConnector({ ...config, ...over }, secret === undefined ? e.appPassword : secret, { timeoutMs: 15_000, warn, ...opts });

  let n = 0;
  function post(over: Partial<PortalPost> = {}): PortalPost {
    const key = over.key ?? `bbt-test-${run}-${++n}`;
    keys.push(key);
    return {
      key,
      slug: over.slug ?? `bai-thu-${run}-${n}`,
      title: `Hội nghị tổng kết công tác năm 2026 – “Đổi mới” (${n})`,
      html: HTML,
      summary: 'Tóm tắt: tổng kết năm, triển khai nhiệm vụ năm 2027.',
      image: null,
      author: 'Nguyễn Văn Đức',
      category: 'Tin tức - Sự kiện',
      articleType: 'Tin',
      alternateLink: '',
      publishAt: new Date(Date.now() - 60_000).toISOString(),
      scheduled: false,
      featured: false,
      pageCount: 1,
      photoCount: 1,
      imprint: {
        agencyName: 'UBND phường Trung tâm',
        responsible: 'Chịu trách nhiệm chính: Ông Trần Quốc Bảo - Phó Chủ tịch UBND thị xã',
        responsibleName: 'Trần Quốc Bảo',
        responsiblePosition: 'Phó Chủ tịch UBND thị xã',
        address: 'Số 1, đường Lê Lợi',
        phone: '',
        fax: '',
        email: '',
        licence: ''
      },
      fingerprint: `k1:${run}`,
      contentHash: `sha256-${run}-${n}`,
      seal: null,
      correctionNote: null,
      attachments: [],
      ...over
    };
  }

  /** Every non-trashed post carrying `key` (straight to WordPress, through the mu-plugin's filter). */
  async function postsWithKey(key: string): Promise<WpPost[]> {
    const res = await client.get<WpPost[]>('/wp/v2/posts', { bbt_sync_key: key, status: 'any', context: 'edit', per_page: 100 });
    return res.data.filter((p) => p.meta.bbt_sync_key === key);
  }

  beforeAll(async () => {
    e = env!;
    client = new WordPressClient({ baseUrl: e.url, username: e.username, appPassword: e.appPassword, timeoutMs: 15_000 });
    config = TargetConfigSchema.parse({ url: e.url, auth: 'app-password', user: e.username });
    // A category with an "&" (stored as &amp;) and the old tone placement ("hoá"); articles say "Văn hóa & xã hội".
    const res = await client.post<{ id: number; name: string }>('/wp/v2/categories', { name: `Văn hoá & Xã hội ${run}` });
    category = res.data;
  });

  afterAll(async () => {
    if (!client) return;
    for (const key of new Set(keys)) {
      for (const p of await postsWithKey(key).catch(() => [])) await deletePostPermanently(client, p.id).catch(() => undefined);
    }
    for (const id of extraPostIds) await deletePostPermanently(client, id).catch(() => undefined);
    for (const id of mediaIds) await deleteMedia(client, id).catch(() => undefined);
    if (category) await client.delete(`/wp/v2/categories/${category.id}`, { force: true }).catch(() => undefined);
  });

  it('discover: site, account, meta keys, sync-key filter, categories', async () => {
    const d = await connector().discover();
    expect(d.problems).toEqual([]);
    expect(d.ok).toBe(true);
    expect(d.summary).toContain(`WordPress ${e.wordpressVersion}`);
    expect(d.summary).toContain('tài khoản “admin” được đăng bài');
    expect(d.summary).toMatch(/\d+ chuyên mục/);
    expect(d.schedules).toBe(true);
    expect(d.uniqueKey).toBe(true);
    expect(d.categories).toEqual(expect.arrayContaining(['Tin tức - Sự kiện', `Văn hoá & Xã hội ${run}`]));
    expect(d.proposedMapping).toEqual({
      title: 'title',
      html: 'content',
      summary: 'excerpt',
      image: 'featured_media',
      category: 'categories',
      publishAt: 'date_gmt',
      featured: 'sticky',
      syncKey: 'bbt_sync_key',
      fingerprint: 'bbt_fingerprint',
      responsible: 'bbt_responsible',
      contentHash: 'bbt_content_hash',
      views: 'bbt_views'
    });
    expect(d.columns.map((c) => c.name)).toEqual(expect.arrayContaining(['title', 'content', 'excerpt', 'featured_media', 'categories', 'date_gmt', 'sticky', 'bbt_sync_key', 'bbt_views']));
  });

  it('publishes a full Vietnamese post (featured image, category by name) and reads it back unchanged', async () => {
    const c = connector();
    const media = await c.uploadMedia(pngFile(`${run}-hoi-nghi`, 'anh-hoi-nghi.png'));
    mediaIds.push(Number(media.remoteId));
    expect(media.url).toMatch(/\/anh-hoi-nghi(-\d+)?\.png$/);
    const p = post({ image: { ...media, caption: 'Quang cảnh hội nghị' }, category: `Văn hóa & xã hội ${run}`, featured: true });

    const item = await c.create(p);
    expect(item).toMatchObject({ status: 'publish', url: expect.stringContaining(p.slug) });
    expect(item.version).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);

    const back = await c.read(item);
    // WordPress stores the HTML as sent for an account with unfiltered_html (administrators and editors on a
    // single site): no kses, no wpautop on save (that runs on display, content.rendered), utf8mb4 keeps the emoji.
    expect(back?.html).toBe(p.html);
    expect(back).toMatchObject({ remoteId: item.remoteId, status: 'publish', fingerprint: p.fingerprint, contentHash: p.contentHash, views: 0 });

    const wp = await getPost(client, Number(item.remoteId));
    expect(wp.title.raw).toBe(p.title);
    expect(wp.excerpt?.raw).toBe(p.summary);
    expect(wp.featured_media).toBe(Number(media.remoteId));
    expect(wp.categories).toEqual([category.id]);
    expect(wp.sticky).toBe(true);
    expect(wp.slug).toBe(p.slug);
    expect(wp.meta).toMatchObject({ bbt_sync_key: p.key, bbt_responsible: p.imprint.responsible });

    expect(await c.find(p.key)).toEqual(item);
    expect(await connector().find(p.key)).toEqual(item); // a new instance knows no slug: the ?bbt_sync_key= filter
    expect(await c.find(`${p.key}-khac`)).toBeNull();
  });

  it('kses (an account without unfiltered_html, here a contributor draft) leaves the same HTML unchanged', async () => {
    const contributor = new WordPressClient({ baseUrl: e.url, ...e.contributor });
    const draft = await createPost(contributor, { title: 'Bản nháp kses', content: HTML, status: 'draft', slug: `bbt-test-${run}-kses` });
    extraPostIds.push(draft.id);
    // WordPress 6.1's kses keeps everything the app's sanitiser lets out (section, figure, data-* attributes,
    // style="text-align: …", colspan, entities), so even where the app's account lacks unfiltered_html (multisite,
    // DISALLOW_UNFILTERED_HTML) the portal's copy is byte-identical and verify's HTML hash holds.
    expect((await getPost(contributor, draft.id)).content?.raw).toBe(HTML);
  });

  it('a future publishAt is held by WordPress as future', async () => {
    const c = connector();
    const at = new Date(Date.now() + 3 * 24 * 3600_000);
    const item = await c.create(post({ publishAt: at.toISOString(), scheduled: true }));
    expect(item.status).toBe('future');
    expect((await getPost(client, Number(item.remoteId))).date_gmt).toBe(at.toISOString().slice(0, 19));
    expect((await c.read(item))?.status).toBe('future');
  });

  it('updates with the version; a concurrent edit on the portal is overwritten by the signed version; take-down → draft', async () => {
    const c = connector();
    const p = post();
    const item = await c.create(p);
    const updated = await c.update(item, { ...p, title: `${p.title} (cập nhật)`, contentHash: 'h2' });
    expect(updated.remoteId).toBe(item.remoteId);
    expect(updated.status).toBe('publish');
    expect((await getPost(client, Number(item.remoteId))).title.raw).toBe(`${p.title} (cập nhật)`);

    // Someone edits the post in wp-admin a second later (modified_gmt has a one-second resolution).
    await new Promise((r) => setTimeout(r, 1100));
    const edited = await updatePost(client, Number(item.remoteId), { title: 'Sửa trực tiếp trên cổng' });
    expect(edited.modified_gmt).not.toBe(updated.version);
    const before = warnings.length;
    const again = await c.update(updated, { ...p, title: `${p.title} (bản đã ký)`, contentHash: 'h3' });
    expect(warnings.slice(before).join('\n')).toContain('modified on the portal');
    const now = await getPost(client, Number(item.remoteId));
    expect(now.title.raw).toBe(`${p.title} (bản đã ký)`);
    expect(now.meta.bbt_content_hash).toBe('h3');
    expect(again.version).toBe(now.modified_gmt);

    const down = await c.takeDown(again);
    expect(down).toMatchObject({ remoteId: item.remoteId, status: 'draft' });
    expect((await c.read(down))?.status).toBe('draft');
    expect(await c.takeDown(down)).toMatchObject({ status: 'draft' });
    // Published again by the next update.
    expect((await c.update(down, p)).status).toBe('publish');
  });

  it('read of a deleted post is null; update of a deleted post is not_found (the outbox then re-creates)', async () => {
    const c = connector();
    const p = post();
    const item = await c.create(p);
    await deletePostPermanently(client, Number(item.remoteId));
    expect(await c.read(item)).toBeNull();
    expect((await rejection(c.update(item, p))).kind).toBe('not_found');
  });

  it('refuses an unknown category and lists the portal’s categories; never creates one', async () => {
    const err = await rejection(connector().create(post({ category: 'Chuyên mục không có' })));
    expect(err.kind).toBe('invalid');
    expect(err.vi).toContain('không có chuyên mục “Chuyên mục không có”');
    expect(err.vi).toContain('“Tin tức - Sự kiện”');
    expect(err.vi).toContain(`“Văn hoá & Xã hội ${run}”`);
    const cats = (await client.get<Array<{ name: string }>>('/wp/v2/categories', { search: 'không có', per_page: 100 })).data;
    expect(cats).toEqual([]);
  });

  it('wrong application password → auth; contributor → forbidden; nothing listening → unreachable', async () => {
    const wrong = connector({}, 'sai0 sai0 sai0 sai0 sai0 sai0');
    const d = await wrong.discover();
    expect(d).toMatchObject({ ok: false, problems: [{ code: 'auth' }] });
    expect(d.problems[0]!.message).toContain('Tên đăng nhập hoặc mật khẩu ứng dụng WordPress không đúng');
    const err = await rejection(wrong.create(post()));
    expect(err).toMatchObject({ kind: 'auth' });
    expect(err.vi).toContain('Tên đăng nhập hoặc mật khẩu ứng dụng WordPress không đúng');

    const contributor = connector({ user: e.contributor.username }, e.contributor.appPassword);
    const cd = await contributor.discover();
    expect(cd.ok).toBe(false);
    expect(cd.problems.map((x) => x.code)).toContain('forbidden');
    const refused = await rejection(contributor.create(post()));
    expect(refused.kind).toBe('forbidden');
    expect(refused.vi).toContain('Tài khoản WordPress “congtacvien” không có quyền đăng bài');

    const closed = await serve(() => undefined);
    await closed.close();
    const nowhere = connector({ url: closed.url }, undefined, { maxGetRetries: 0 });
    expect((await nowhere.discover()).problems).toMatchObject([{ code: 'unreachable' }]);
    const down = await rejection(nowhere.find('x'));
    expect(down.kind).toBe('unreachable');
    expect(down.vi).toContain('Không kết nối được cổng');
    expect(down.vi).toContain('bài vẫn chờ trong hàng đợi');
    expect((await connector({ url: 'http://' }).discover()).problems).toMatchObject([{ code: 'bad_url' }]);
  });

  it('a retried create never makes a second post (same instance, new instance, create + find, site without the filter)', async () => {
    const p = post();
    const first = await connector().create(p);
    expect((await connector().create(p)).remoteId).toBe(first.remoteId);
    const c = connector();
    expect((await c.find(p.key))?.remoteId).toBe(first.remoteId);
    expect((await c.create({ ...p, title: `${p.title} (lần 3)` })).remoteId).toBe(first.remoteId);
    expect(await postsWithKey(p.key)).toHaveLength(1);

    // A site without the mu-plugin's ?bbt_sync_key= filter (the meta is registered): found by slug, or by scanning.
    const noFilter: WordPressConnectorOptions['fetch'] = async (url, init) => {
      const res = await fetch(url, init);
      if (init.method !== 'OPTIONS') return res;
      const schema = (await res.json()) as { endpoints: Array<{ args: Record<string, unknown> }> };
      for (const ep of schema.endpoints) delete ep.args.bbt_sync_key;
      return new Response(JSON.stringify(schema), { status: res.status, headers: { 'Content-Type': 'application/json' } });
    };
    const q = post();
    const a = await connector({}, undefined, { fetch: noFilter }).create(q);
    expect((await connector({}, undefined, { fetch: noFilter }).discover()).uniqueKey).toBe(false);
    expect((await connector({}, undefined, { fetch: noFilter }).find(q.key))?.remoteId).toBe(a.remoteId);
    expect((await connector({}, undefined, { fetch: noFilter }).create(q)).remoteId).toBe(a.remoteId);
    expect(await postsWithKey(q.key)).toHaveLength(1);
  });

  type Fault = 'pass' | 'reset-before' | 'reset-after' | '503' | '500-before' | '500-after' | 'timeout';

  /** A proxy in front of the test WordPress that breaks the requests `choose` picks (before or after WordPress saw them). */
  function faultProxy(choose: (req: http.IncomingMessage) => Fault) {
    const target = new URL(e.url);
    return serve((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (ch: Buffer) => chunks.push(ch));
      req.on('end', () => {
        const fault = choose(req);
        if (fault === 'reset-before') return void req.socket.destroy();
        if (fault === '503') return void res.writeHead(503, { 'Retry-After': '1', 'Content-Type': 'text/html' }).end('<h1>Service Unavailable</h1>');
        const error500 = () => res.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: 'internal_server_error', message: 'Lỗi máy chủ', data: { status: 500 } }));
        if (fault === '500-before') return void error500();
        const { host: _host, 'x-bbt-run': _run, ...headers } = req.headers;
        const up = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...headers, host: target.host } }, (ur) => {
          const body: Buffer[] = [];
          ur.on('data', (ch: Buffer) => body.push(ch));
          ur.on('end', () => {
            // The request reached WordPress and was carried out; only the answer goes wrong.
            if (fault === 'reset-after') return void req.socket.destroy();
            if (fault === '500-after') return void error500();
            if (fault === 'timeout') return; // never answered: the client gives up
            const { 'transfer-encoding': _te, 'content-length': _cl, ...h } = ur.headers;
            res.writeHead(ur.statusCode ?? 502, { ...h, 'content-length': String(Buffer.concat(body).length) }).end(Buffer.concat(body));
          });
        });
        up.on('error', () => res.destroy());
        up.end(Buffer.concat(chunks));
      });
    });
  }

  const isMediaUpload = (req: http.IncomingMessage) => req.method === 'POST' && decodeURIComponent(req.url ?? '').includes('/wp/v2/media');

  /** Attachments whose file is `stem`.png; a second upload of the same file would be stored as `stem-1.png`. */
  async function mediaNamed(stem: string): Promise<number[]> {
    const res = await client.get<Array<{ id: number; source_url: string }>>('/wp/v2/media', { search: stem, per_page: 100, context: 'edit' });
    const ids = res.data.filter((m) => new RegExp(`/${stem}(-\\d+)?\\.png$`).test(m.source_url)).map((m) => m.id);
    mediaIds.push(...ids);
    return ids.sort((a, b) => a - b);
  }

  it('tells whether an uploaded image is still there: not after someone deleted it in the media library', async () => {
    const c = connector();
    const file = pngFile(`${run}-xoa`, `anh-se-bi-xoa-${run}.png`);
    const media = await c.uploadMedia(file);
    expect(await c.hasMedia(media)).toBe(true);
    await deleteMedia(client, Number(media.remoteId));
    expect(await c.hasMedia(media)).toBe(false);
    // Uploaded again, it is a new attachment, which is there.
    const again = await c.uploadMedia(file);
    mediaIds.push(Number(again.remoteId));
    expect(again.remoteId).not.toBe(media.remoteId);
    expect(await c.hasMedia(again)).toBe(true);
  });

  it('an image upload that reached WordPress but whose answer was lost is found on the retry, not uploaded twice', async () => {
    let lost = 0;
    const proxy = await faultProxy((req) => (isMediaUpload(req) && lost++ === 0 ? 'reset-after' : 'pass'));
    try {
      const stem = `anh-mat-tra-loi-${run}`;
      const file = pngFile(`${run}-lost`, `${stem}.png`);
      expect((await rejection(connector({ url: proxy.url }).uploadMedia(file))).kind).toBe('ambiguous');
      const landed = await mediaNamed(stem);
      expect(landed).toHaveLength(1);
      // The outbox's retry: a new connector, which remembers nothing of the first attempt.
      const retried = await connector({ url: proxy.url }).uploadMedia(file);
      expect(lost).toBe(1);
      expect(retried).toEqual({ remoteId: String(landed[0]), url: expect.stringMatching(new RegExp(`/${stem}\\.png$`)) });
      expect(await mediaNamed(stem)).toEqual(landed);
      expect(warnings.some((w) => w.includes(`media ${landed[0]}`) && w.includes('reusing'))).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it('randomised faults between the app and WordPress (resets after sending, 503 + Retry-After, 500, timeouts): one post and one image per article', async () => {
    const FAULTS: Array<[Fault, number]> = [['reset-before', 0.04], ['reset-after', 0.08], ['503', 0.05], ['500-before', 0.03], ['500-after', 0.05], ['timeout', 0.015]];
    const RUNS = 20;
    const rngs = new Map<string, () => number>();
    const injected: Record<string, number> = {};
    const proxy = await faultProxy((req) => {
      const rng = rngs.get(String(req.headers['x-bbt-run'])) ?? Math.random;
      let fault: Fault = 'pass';
      // Writes get faults more often than reads (discovery and look-ups make most of the traffic).
      const scale = req.method === 'POST' ? 2 : 0.5;
      let x = rng();
      for (const [f, p] of FAULTS) {
        if (x < p * scale) {
          fault = f;
          break;
        }
        x -= p * scale;
      }
      const what = `${isMediaUpload(req) ? 'media ' : ''}${req.method}:${fault}`;
      if (fault !== 'pass') injected[what] = (injected[what] ?? 0) + 1;
      return fault;
    });

    /** The outbox worker's write (outbox-worker.ts): update the known item, else look up when a send may have landed. */
    async function write(c: WordPressConnector, p: PortalPost, known: RemoteItem | null, attempt: number, lastKind: string | null): Promise<RemoteItem> {
      if (known) {
        try {
          return await c.update(known, p);
        } catch (err) {
          if (!(err instanceof PortalError && err.kind === 'not_found')) throw err;
        }
      }
      const mayExist = attempt > 1 || lastKind === 'ambiguous' || known !== null;
      const found = mayExist ? await c.find(p.key) : null;
      return found ? c.update(found, p) : c.create(p);
    }

    const kinds: Record<string, number> = {};
    /** Retries `step` as the outbox does, with a new connector per attempt (the worker builds one per job). */
    async function retrying<T>(seed: number, step: (c: WordPressConnector, attempt: number, lastKind: string | null) => Promise<T>): Promise<T> {
      let lastKind: string | null = null;
      for (let attempt = 1; attempt <= 25; attempt++) {
        const c = connector({ url: proxy.url }, undefined, {
          timeoutMs: 2_000,
          uploadTimeoutMs: 2_000,
          sleep: async () => undefined,
          fetch: (u, init) => fetch(u, { ...init, headers: { ...(init.headers as Record<string, string>), 'x-bbt-run': String(seed) } })
        });
        try {
          return await step(c, attempt, lastKind);
        } catch (err) {
          if (!(err instanceof PortalError)) throw err;
          kinds[err.kind] = (kinds[err.kind] ?? 0) + 1;
          if (!err.retryable) throw new Error(`seed ${seed} attempt ${attempt}: not retryable: ${err.kind}: ${err.message}`, { cause: err });
          if (err.kind === 'throttled') expect(err.retryAfterMs === null || err.retryAfterMs === 1000).toBe(true);
          lastKind = err.kind;
        }
      }
      throw new Error(`seed ${seed}: gave up after 25 attempts`);
    }
    const send = (seed: number, p: PortalPost, known: RemoteItem | null) => retrying(seed, (c, attempt, lastKind) => write(c, p, known, attempt, lastKind));

    const started = Date.now();
    try {
      const results: Array<{ key: string; remoteId: string; title: string; stem: string; mediaId: string }> = [];
      // Four runs at a time (the test WordPress has four PHP workers); each run is sequential and seeded.
      for (let i = 0; i < RUNS; i += 4) {
        const batch = [0, 1, 2, 3].map(async (j) => {
          const seed = 1000 + i + j;
          rngs.set(String(seed), seededRandom(seed));
          const stem = `anh-loi-mang-${run}-${i + j}`;
          const file = pngFile(stem, `${stem}.png`);
          const media = await retrying(seed, (c) => c.uploadMedia(file));
          const p = post({ title: `Bài chịu lỗi mạng ${i + j}`, image: { ...media, caption: 'Ảnh' } });
          const published = await send(seed, p, null);
          const signed = { ...p, title: `${p.title} (đã sửa)`, contentHash: `${p.contentHash}-v2` };
          const updated = await send(seed, signed, published);
          results.push({ key: p.key, remoteId: updated.remoteId, title: signed.title, stem, mediaId: media.remoteId });
        });
        await Promise.all(batch);
      }
      console.info(`[faults] ${RUNS} runs in ${Date.now() - started} ms; injected ${JSON.stringify(injected)}; errors seen ${JSON.stringify(kinds)}`);
      for (const r of results) {
        const onSite = await postsWithKey(r.key);
        expect(onSite.map((x) => x.id), r.key).toEqual([Number(r.remoteId)]);
        expect(onSite[0]!.title.raw).toBe(r.title);
        expect(onSite[0]!.status).toBe('publish');
        expect(onSite[0]!.featured_media).toBe(Number(r.mediaId));
        expect(await mediaNamed(r.stem), r.stem).toEqual([Number(r.mediaId)]);
      }
      expect(Object.keys(injected).length).toBeGreaterThan(3);
      expect(Object.keys(injected).some((k) => k.startsWith('media POST:') && /reset-after|500-after|timeout/.test(k))).toBe(true);
      expect(kinds.ambiguous ?? 0).toBeGreaterThan(0);
    } finally {
      await proxy.close();
    }
  }, 90_000);
});
