// The WordPress connector: the publishing port (PortalConnector) over the WordPress REST client in this folder.
//
// Mapping. title → title, html → content, summary → excerpt, publishAt → date_gmt, scheduled → status `future`
// (else `publish`; WordPress itself turns `publish` + a future date into `future` and `future` + a past date into
// `publish`, and RemoteItem.status is always what WordPress answered), featured → sticky, category → categories
// (found by name, see category-match.ts; never created here), image → featured_media (the id uploadMedia returned),
// slug → slug (on create only: a portal admin's later slug change is kept). Post meta, only for keys the site
// registers (the mu-plugin scripts/wordpress/mu-plugins/ban-bien-tap.php): syncKey → bbt_sync_key,
// fingerprint → bbt_fingerprint, responsible → bbt_responsible, contentHash → bbt_content_hash (read: views →
// bbt_views); `config.mapping` may rename them (null: not written) or map the other article fields (author,
// articleType, alternateLink, pageCount, photoCount, agency, imageCaption) to other registered meta keys.
// Mappings of the native fields above are ignored: WordPress has one place for each.
//
// No duplicates. WordPress has no unique constraint and ignores If-Match, and a timed-out create may have landed
// (`ambiguous`), so every create first looks the key up (lookup(): the mu-plugin's `?bbt_sync_key=` filter, then
// the deterministic slug, then — with the meta but without the filter — a scan of the newest posts) and updates what
// it finds instead of creating a second post. The outbox also calls find(key) before a re-create after an
// ambiguous failure or on any later attempt. A post only counts as ours when its sync-key meta equals the key (by
// slug alone only where the site does not store the meta at all).
// Media: the attachment slug is derived from the file's hash (mediaSlug) and looked up before every upload, so an
// upload whose answer was lost is reused on the retry instead of leaving a spare attachment.
import type { MediaFile, PortalConnector, PortalDiscovery, PortalPost, RemoteItem, RemoteMedia, RemoteReadback } from '../../../../core/publishing/ports';
import { DEFAULT_META, META_TITLES, NATIVE, metaFieldsOf, metaNameOf, postId, remoteOf, siteLabel } from './post-fields';
import { PortalError, type ConnectionProblem } from '../../../../core/publishing/ports';
import type { FieldMapping, PortalField, TargetConfig } from '../../../../shared/publishing';
import { categoryNames, matchCategory } from './category-match';
import { listCategories } from './categories';
import { WordPressClient } from './client';
import { problemCode, toPortalError, vietnameseFor } from './connector-errors';
import { discover, type WordPressDiscovery } from './discover';
import { isWordPressError, WordPressError } from './errors';
import { findMediaBySlug, getMedia, mediaSlug, uploadMedia } from './media';
import { createPost, findPostsBySlug, getPost, unpublishPost, updatePost, type WpPostInput } from './posts';
import { postInput } from './post-input';
import { wordpressVersion } from './site-version';
import { parseAs, wpPostSchema, type WpCategory, type WpPost } from './schemas';
import { z } from 'zod';

export interface WordPressConnectorOptions {
  /** Default: the global fetch (Electron may pass net.fetch). */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Per request (default 20 s). */
  timeoutMs?: number;
  /** Per media upload (default: 120 s, or timeoutMs if longer); large files take a while on an office uplink. */
  uploadTimeoutMs?: number;
  now?: () => Date;
  /** Warnings for the log (default console.warn). */
  warn?: (message: string) => void;
  /** The client's automatic GET retries (default 2) and their sleep (tests). */
  maxGetRetries?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Newest posts scanned for the sync-key meta when the site lacks the `?bbt_sync_key=` filter and no slug is known. */
export const FIND_SCAN_LIMIT = 100;
/** Category list reuse before reloading (a miss always reloads once). */
const CATEGORY_TTL_MS = 10 * 60_000;

interface Site {
  discovery: WordPressDiscovery;
  registered: Set<string>;
  syncKeyQuery: boolean;
  categories: WpCategory[];
  categoriesAt: number;
}

const postList = z.array(wpPostSchema);

export class WordPressConnector implements PortalConnector {
  private readonly client: WordPressClient | null;
  private readonly clientError: WordPressError | null;
  private readonly host: string;
  private readonly now: () => Date;
  private readonly warn: (message: string) => void;
  private site: Promise<Site> | null = null;
  /** key → slug of the posts this instance wrote: find(key) gets no slug, so it uses the one it knows. */
  private readonly slugs = new Map<string, string>();

  constructor(
    private readonly config: TargetConfig,
    private readonly secret: string | null,
    private readonly options: WordPressConnectorOptions = {}
  ) {
    this.now = options.now ?? (() => new Date());
    this.warn = options.warn ?? ((m) => console.warn(m));
    let client: WordPressClient | null = null;
    let clientError: WordPressError | null = null;
    try {
      client = new WordPressClient({
        baseUrl: config.url,
        username: config.user,
        appPassword: secret ?? undefined,
        timeoutMs: options.timeoutMs,
        fetch: options.fetch,
        maxGetRetries: options.maxGetRetries,
        sleep: options.sleep
      });
    } catch (e) {
      clientError = e instanceof WordPressError ? e : new WordPressError('BAD_URL', String(e));
    }
    this.client = client;
    this.clientError = clientError;
    this.host = siteLabel(config.url);
  }

  // ---- PortalConnector ----

  async discover(): Promise<PortalDiscovery> {
    const empty = (problems: ConnectionProblem[], summary: string): PortalDiscovery => ({
      ok: false,
      problems,
      summary,
      columns: [],
      proposedMapping: {},
      schedules: true,
      uniqueKey: false,
      categories: []
    });
    if (!this.client) {
      const e = this.clientError ?? new WordPressError('BAD_URL', 'no site address');
      return empty([{ code: 'bad_url', message: vietnameseFor(e, this.ctx('kiểm tra kết nối', false)) }], 'Địa chỉ cổng không hợp lệ');
    }
    if (!this.config.user.trim() || !this.secret) {
      return empty([{ code: 'auth', message: 'Chưa nhập tên đăng nhập WordPress hoặc mật khẩu ứng dụng (tạo trong WordPress: Người dùng → Hồ sơ → Mật khẩu ứng dụng).' }], 'Thiếu thông tin đăng nhập');
    }
    let site: Site;
    try {
      this.site = null;
      site = await this.siteInfo();
    } catch (e) {
      const err = toPortalError(e, this.ctx('kiểm tra kết nối', false));
      const cause = e instanceof PortalError ? e.cause : e;
      return empty([{ code: isWordPressError(cause) ? problemCode(cause.code) : 'other', message: err.vi }], `Không kết nối được cổng WordPress ${this.host}`);
    }
    const d = site.discovery;
    const problems: ConnectionProblem[] = [];
    const roles = d.user.roles.join(', ') || 'không rõ';
    if (!d.user.canPublish) {
      problems.push({ code: 'forbidden', message: `Tài khoản WordPress “${d.user.slug}” (vai trò: ${roles}) không có quyền đăng bài trên cổng; cần vai trò Biên tập viên (Editor) hoặc Quản trị viên.` });
    }
    if (!d.user.canUpload) {
      problems.push({ code: 'forbidden', message: `Tài khoản WordPress “${d.user.slug}” (vai trò: ${roles}) không có quyền tải ảnh lên cổng.` });
    }
    const wanted = this.metaFields().filter(([, name]) => !site.registered.has(name));
    if (wanted.length) {
      const pluginMissing = wanted.some(([, name]) => name.startsWith('bbt_'));
      problems.push({
        code: 'missing_columns',
        message:
          `Cổng chưa có các trường (post meta) ${wanted.map(([f, n]) => `${n} (${f})`).join(', ')}` +
          (pluginMissing
            ? ': hãy cài plugin “Ban Biên Tập — portal fields” (tệp ban-bien-tap.php vào wp-content/mu-plugins/). Thiếu nó, cổng không lưu được khóa đồng bộ và dấu phê duyệt.'
            : ': hãy đăng ký chúng trên cổng (register_post_meta với show_in_rest) hoặc sửa bảng ghép trường.')
      });
    }
    const version = await wordpressVersion(d.siteUrl, this.options.fetch ?? ((u: string, i: RequestInit) => fetch(u, i)));
    const syncName = metaNameOf(this.config.mapping, 'syncKey');
    const uniqueKey = syncName !== null && site.registered.has(syncName) && (syncName !== DEFAULT_META.syncKey || site.syncKeyQuery);
    const summary = [
      `WordPress${version ? ` ${version}` : ''} tại ${d.siteUrl}, tài khoản “${d.user.slug}” ${d.user.canPublish ? 'được' : 'KHÔNG được'} đăng bài; ${site.categories.length} chuyên mục`,
      d.siteUrl !== d.baseUrl ? `trang tự báo địa chỉ ${d.siteUrl} (đang cấu hình ${d.baseUrl})` : '',
      uniqueKey ? `có khóa đồng bộ ${syncName}` : 'không tìm được bài theo khóa đồng bộ trên cổng: chỉ tìm theo đường dẫn (slug) trước khi đăng lại'
    ].filter(Boolean);
    // The built-in fields always carry their article field; meta keys only when the site registered them.
    const proposedMapping: FieldMapping = Object.fromEntries(NATIVE.map(({ field, name }) => [field, name]));
    for (const [field, name] of Object.entries(DEFAULT_META) as Array<[PortalField, string]>) if (site.registered.has(name)) proposedMapping[field] = name;
    return {
      ok: problems.length === 0,
      problems,
      summary: summary.join('; '),
      columns: [
        ...NATIVE.map(({ name, title, type, required }) => ({ name, title, type, required })),
        ...[...site.registered].map((name) => ({ name, title: META_TITLES[name] ?? name, type: 'meta', required: false }))
      ],
      proposedMapping,
      schedules: true,
      uniqueKey,
      categories: categoryNames(site.categories)
    };
  }

  /**
   * One attachment per file, however often the upload is retried: the slug is derived from the file's hash and
   * looked up first, so an upload that reached WordPress but whose answer was lost (reset, timeout; the outbox then
   * retries) is found instead of uploaded again. The lookup is one GET per file the outbox does not yet remember.
   */
  async uploadMedia(file: MediaFile): Promise<RemoteMedia> {
    const slug = mediaSlug(file.hash);
    const [existing] = await this.call('tìm ảnh/tệp đã tải lên', false, (c) => findMediaBySlug(c, slug));
    const media =
      existing ??
      (await this.call('tải ảnh/tệp lên', true, (c) =>
        uploadMedia(c, { data: file.bytes, fileName: file.name, mimeType: file.mime, slug, timeoutMs: this.options.uploadTimeoutMs ?? Math.max(120_000, this.options.timeoutMs ?? 0) })
      ));
    if (existing) this.warn(`WordPress: media ${existing.id} (${slug}) was already uploaded; reusing it instead of uploading again`);
    return { remoteId: String(media.id), url: media.source_url };
  }

  async hasMedia(media: RemoteMedia): Promise<boolean> {
    const id = Number(media.remoteId);
    if (!Number.isInteger(id) || id <= 0) return false;
    try {
      const found = await this.call('kiểm tra ảnh/tệp đã tải lên', false, (c) => getMedia(c, id));
      return found.status !== 'trash';
    } catch (e) {
      if (e instanceof PortalError && e.kind === 'not_found') return false;
      throw e;
    }
  }

  async find(key: string): Promise<RemoteItem | null> {
    const site = await this.siteInfo();
    const found = await this.lookup(key, this.slugs.get(key), site);
    return found ? remoteOf(found) : null;
  }

  async create(post: PortalPost): Promise<RemoteItem> {
    const site = await this.siteInfo();
    const input = await this.input(post, site);
    this.slugs.set(post.key, post.slug);
    // The guard against a second post: a create retried after a timeout finds the first one and updates it.
    const existing = await this.lookup(post.key, post.slug, site);
    if (existing) {
      this.warn(`WordPress: create ${post.key}: post ${existing.id} already carries this key; updating it instead of creating another`);
      return this.write(existing.id, existing.modified_gmt, input, 'cập nhật bài');
    }
    const created = await this.call('đăng bài', true, (c) => createPost(c, { ...input, slug: post.slug }));
    const syncName = metaNameOf(this.config.mapping, 'syncKey');
    if (syncName && site.registered.has(syncName) && created.meta[syncName] !== post.key) {
      this.warn(`WordPress: post ${created.id} was created but its ${syncName} meta was not stored (a plugin or permission dropped it): retries can only find it by slug`);
    }
    return remoteOf(created);
  }

  async update(item: RemoteItem, post: PortalPost): Promise<RemoteItem> {
    const site = await this.siteInfo();
    const input = await this.input(post, site);
    this.slugs.set(post.key, post.slug);
    return this.write(postId(item), item.version, input, 'cập nhật bài');
  }

  async takeDown(item: RemoteItem): Promise<RemoteItem> {
    const id = postId(item);
    const current = await this.call('đọc bài', false, (c) => getPost(c, id));
    // Already out of public view: nothing to do (unpublishing a trashed post would take it out of the trash).
    if (['draft', 'pending', 'private', 'trash'].includes(current.status)) return remoteOf(current);
    // No modified_gmt check: a take-down must happen even if someone edited the post on the portal; it only
    // changes the status, the portal keeps the content (and its revisions).
    return remoteOf(await this.call('gỡ bài', true, (c) => unpublishPost(c, id)));
  }

  async read(item: RemoteItem): Promise<RemoteReadback | null> {
    const id = postId(item);
    let p: WpPost;
    try {
      p = await this.call('đọc bài', false, (c) => getPost(c, id));
    } catch (e) {
      if (e instanceof PortalError && e.kind === 'not_found') return null;
      throw e;
    }
    const metaString = (field: PortalField): string | null => {
      const name = metaNameOf(this.config.mapping, field);
      const v = name ? p.meta[name] : undefined;
      return typeof v === 'string' && v !== '' ? v : null;
    };
    const viewsName = metaNameOf(this.config.mapping, 'views');
    const views = viewsName ? p.meta[viewsName] : undefined;
    return {
      ...remoteOf(p),
      html: p.content?.raw ?? p.content?.rendered ?? '',
      fingerprint: metaString('fingerprint'),
      contentHash: metaString('contentHash'),
      views: typeof views === 'number' ? views : typeof views === 'string' && /^\d+$/.test(views) ? Number(views) : null
    };
  }

  // ---- Writing ----

  /**
   * Update post `id` if it is still at `version` (modified_gmt). WordPress has no If-Match, so updatePost reads first.
   *
   * On CONFLICT (someone edited the post on the portal since our last write) we re-read and write once more over it:
   * the signed version wins. What the portal shows must be what was approved (the fingerprint and content hash in the
   * meta testify to it), an edit made in wp-admin bypassed the sign-off, and the outbox entry being sent is a newer
   * approved decision. Nothing is lost: WordPress keeps the portal edit as a post revision, and the overwrite is logged.
   * A second conflict in a row (someone is editing right now) goes to the outbox as a retryable `conflict`.
   */
  private async write(id: number, version: string | null, input: WpPostInput, action: string): Promise<RemoteItem> {
    let expected = version;
    if (expected === null) {
      const current = await this.call('đọc bài', false, (c) => getPost(c, id));
      this.assertNotTrashed(current);
      expected = current.modified_gmt;
    }
    for (let round = 0; ; round++) {
      try {
        return remoteOf(await this.call(action, true, (c) => updatePost(c, id, input, { expectModifiedGmt: expected ?? undefined })));
      } catch (e) {
        const conflict = e instanceof PortalError && e.kind === 'conflict' ? (e.cause as WordPressError | undefined) : undefined;
        const current = conflict ? (conflict.data as { post?: WpPost } | undefined)?.post : undefined;
        if (!current || round >= 1) throw e;
        this.assertNotTrashed(current);
        this.warn(`WordPress: post ${id} was modified on the portal at ${current.modified_gmt} (expected ${expected}); overwriting it with the signed version (the portal edit stays in its revisions)`);
        expected = current.modified_gmt;
      }
    }
  }

  /** A post in the trash was removed on the portal: the outbox treats it as gone and publishes anew. */
  private assertNotTrashed(p: WpPost): void {
    if (p.status === 'trash') {
      throw new PortalError('not_found', `WordPress post ${p.id} is in the trash`, `Bài đã bị chuyển vào thùng rác trên cổng ${this.host}.`);
    }
  }

  /** The post body for a create or an update (the slug is added by create only). */
  private input(post: PortalPost, site: Site): Promise<WpPostInput> {
    return postInput(post, { host: this.host, mapping: this.config.mapping, registered: site.registered }, async (name) => (await this.category(name, site)).id);
  }

  /** The portal's category for the article's; refuses (never creates one) when none or several match. */
  private async category(name: string, site: Site): Promise<WpCategory> {
    let m = matchCategory(name, site.categories);
    if (m.kind === 'none' || this.now().getTime() - site.categoriesAt > CATEGORY_TTL_MS) {
      site.categories = await this.call('đọc danh sách chuyên mục', false, (c) => listCategories(c));
      site.categoriesAt = this.now().getTime();
      m = matchCategory(name, site.categories);
    }
    if (m.kind === 'one') return m.category;
    const list = categoryNames(m.kind === 'several' ? m.categories : site.categories).map((n) => `“${n}”`).join(', ');
    if (m.kind === 'several') {
      throw new PortalError('invalid', `category "${name}" matches several on the portal`, `Chuyên mục “${name}” khớp với nhiều chuyên mục trên cổng ${this.host}: ${list}. Hãy đặt tên chuyên mục của bài cho đúng một chuyên mục.`);
    }
    throw new PortalError(
      'invalid',
      `no category "${name}" on the portal`,
      `Cổng ${this.host} không có chuyên mục “${name}”. Các chuyên mục trên cổng: ${list || '(chưa có)'}. Hãy chọn một chuyên mục có sẵn cho bài, hoặc nhờ quản trị cổng tạo chuyên mục này (ứng dụng không tự tạo chuyên mục).`
    );
  }

  // ---- Finding ----

  /**
   * The post carrying `key` (the oldest if several do), or null. A candidate counts when its sync-key meta equals
   * the key; by slug alone only if the site does not store that meta (the field is absent from the post).
   */
  private async lookup(key: string, slug: string | undefined, site: Site): Promise<WpPost | null> {
    const syncName = metaNameOf(this.config.mapping, 'syncKey');
    const ours = (p: WpPost, bySlug: boolean) => (syncName !== null && p.meta[syncName] === key) || (bySlug && (syncName === null || !(syncName in p.meta)));
    const found = new Map<number, WpPost>();
    const add = (posts: WpPost[], bySlug: boolean) => {
      for (const p of posts) if (ours(p, bySlug)) found.set(p.id, p);
    };
    if (syncName === DEFAULT_META.syncKey && site.syncKeyQuery) {
      add(await this.listPosts({ bbt_sync_key: key, per_page: 100 }), false);
    }
    if (found.size === 0 && slug) {
      add(await this.call('tìm bài', false, (c) => findPostsBySlug(c, slug)), true);
    }
    // Without the filter: the newest posts (also finds ours when a foreign post held the slug and WordPress added -2).
    if (found.size === 0 && syncName !== null && site.registered.has(syncName) && !(syncName === DEFAULT_META.syncKey && site.syncKeyQuery)) {
      add(await this.listPosts({ orderby: 'id', order: 'desc', per_page: FIND_SCAN_LIMIT }), false);
    }
    if (found.size === 0 && !slug && (syncName === null || !site.registered.has(syncName))) {
      this.warn(`WordPress: find(${key}): the site does not store the sync key and no slug is known: cannot look the post up`);
    }
    const posts = [...found.values()].sort((a, b) => a.id - b.id);
    if (posts.length > 1) this.warn(`WordPress: ${posts.length} posts carry sync key ${key} (${posts.map((p) => p.id).join(', ')}); using the oldest`);
    return posts[0] ?? null;
  }

  private listPosts(query: Record<string, string | number>): Promise<WpPost[]> {
    return this.call('tìm bài', false, async (c) => parseAs(postList, (await c.get('/wp/v2/posts', { status: 'any', context: 'edit', ...query })).data, 'post list'));
  }

  // ---- Site facts ----

  private siteInfo(): Promise<Site> {
    this.site ??= this.call('kiểm tra kết nối', false, (c) => discover(c)).then(
      (d): Site => ({
        discovery: d,
        registered: new Set(d.meta.registered),
        syncKeyQuery: d.supportsSyncKeyQuery,
        categories: d.categories,
        categoriesAt: this.now().getTime()
      }),
      (e: unknown) => {
        this.site = null;
        throw e;
      }
    );
    return this.site;
  }

  /** [field, meta key] the connector writes (or reads, for views). */
  private metaFields(): Array<[PortalField, string]> {
    return metaFieldsOf(this.config.mapping);
  }

  private ctx(action: string, write: boolean) {
    return { host: this.host, user: this.config.user, action, write };
  }

  private async call<T>(action: string, write: boolean, fn: (client: WordPressClient) => Promise<T>): Promise<T> {
    try {
      if (!this.client) throw this.clientError ?? new WordPressError('BAD_URL', 'no site address');
      return await fn(this.client);
    } catch (e) {
      const err = toPortalError(e, this.ctx(action, write));
      if (err !== e && e instanceof Error) Object.defineProperty(err, 'cause', { value: e, enumerable: false });
      throw err;
    }
  }
}
