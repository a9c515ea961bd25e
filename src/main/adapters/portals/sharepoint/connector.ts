// The SharePoint connector: PortalConnector over SharePoint 2013/2016 REST (_api).
//
// Idempotency. Every post carries `key` (one remote item per article and target, ever):
// - With a sync-key column (mapping.syncKey, e.g. PortalSyncKey, ideally indexed + EnforceUniqueValues):
//   create writes the key; `find` filters on it. If a create that "failed" had in fact landed, the retry's create
//   gets SharePoint's 500 SPDuplicateValuesFoundException and is turned into an update of the item `find` returns.
//   Without EnforceUniqueValues the column still serves `find`; the outbox looks up before every re-create.
// - Without one: the key rides in the HTML body as an empty `<div data-bbt-key="…" hidden>` (Note/HTML columns
//   cannot be filtered in SharePoint), `find` scans the newest items (ID desc, FIND_SCAN_LIMIT of them) for it,
//   and `read` strips it. An ambiguous create is looked up right after it failed, so the item is among the newest.
//   If the portal's HTML filter removes data-* attributes, `find` cannot see it: it returns null and logs a warning;
//   updates still go by the remote id of the outbox receipt.
import type { MediaFile, PortalConnector, PortalDiscovery, PortalPost, RemoteItem, RemoteMedia, RemoteReadback } from '../../../../core/publishing/ports';
import type { FieldMapping, TargetConfig } from '../../../../shared/publishing';
import { NtlmFetch } from '../ntlm/ntlm-fetch';
import type { FetchFn } from './auth';
import { discover, hasUniqueKey, normalizeWebUrl } from './discover';
import { HRESULT, isSpError, SharePointError } from './errors';
import { SpHttp } from './http';
import { listByIdPath, loadList, SCHEDULING_START, type Column, type ListInfo } from './list-info';
import { columnFor, effectiveMapping } from './mapping';
import { assertFormAccepted, formBody, formResults, formValues, type FormResult } from './form';
import { MediaUploader } from './media';
import { entityOf, etagOf, query, rowsOf, str, type Json } from './odata';
import { detectWeb, type WebInfo } from './profile';
import { itemBody, MARKER_ATTR, stripMarker } from './values';

export interface SharePointConnectorOptions {
  /** Default: global fetch. In Electron the main process passes `net.fetch` (integrated Windows auth, system proxy).
   *  Not used for auth 'ntlm': user + password NTLM always goes through NtlmFetch. */
  fetch?: FetchFn;
  /** Per request, including reading the answer (default 30 s; uploads get at least 120 s). */
  timeoutMs?: number;
  now?: () => number;
  /** Warnings for the log (default console.warn). */
  warn?: (message: string) => void;
}

/** How many of the newest items `find` scans for the HTML marker when the list has no sync-key column. */
export const FIND_SCAN_LIMIT = 200;

interface Target { web: WebInfo; list: ListInfo; mapping: FieldMapping; syncKey: Column | null; uniqueKey: boolean }

export class SharePointConnector implements PortalConnector {
  private readonly http: SpHttp;
  private readonly media: MediaUploader;
  private readonly warn: (message: string) => void;
  private target: Promise<Target> | null = null;
  /** Learned on the first refusal: the account may not approve items of a moderated list. */
  private mayApprove = true;

  constructor(private readonly config: TargetConfig, secret: string, options: SharePointConnectorOptions = {}) {
    const now = options.now ?? Date.now;
    this.warn = options.warn ?? ((m) => console.warn(m));
    const webUrl = normalizeWebUrl(config.url) ?? config.url.replace(/\/+$/, '');
    // Chromium would answer an NTLM challenge with user + password only through a 'login' prompt; our own handshake
    // behaves the same in Electron, browser mode and the CLI.
    const send = config.auth === 'ntlm' ? new NtlmFetch({ login: config.user, password: secret }).fetch : options.fetch ?? ((u, i) => fetch(u, i));
    this.http = new SpHttp(webUrl, { kind: config.auth, user: config.user, secret }, { fetch: send, timeoutMs: options.timeoutMs ?? 30_000, now });
    this.media = new MediaUploader(this.http, async () => (await this.resolve()).web.serverRelativeUrl, now, this.warn);
  }

  async discover(): Promise<PortalDiscovery> {
    const result = await discover(this.http, this.config);
    if (result.web && result.list) {
      const target = this.targetOf(result.web, result.list);
      this.target = Promise.resolve(target);
    }
    return result.report;
  }

  uploadMedia(file: MediaFile): Promise<RemoteMedia> {
    return this.media.upload(file);
  }

  hasMedia(media: RemoteMedia): Promise<boolean> {
    return this.media.exists(media.remoteId);
  }

  async find(key: string): Promise<RemoteItem | null> {
    const t = await this.resolve();
    if (t.syncKey) {
      const url = `${this.items(t)}${query({ $filter: `${t.syncKey.property} eq '${key.replace(/'/g, "''")}'`, $select: this.select(t, ['Id']), $orderby: 'ID', $top: 10 })}`;
      const rows = rowsOf((await this.http.call({ method: 'GET', url, what: 'bài theo khóa đồng bộ' })).data);
      if (rows.length > 1) this.warn(`SharePoint: ${rows.length} items carry sync key ${key}; using the oldest (ID ${str(rows[0]?.Id)}).`);
      return rows[0] ? this.remote(t, rows[0]) : null;
    }
    const html = columnFor(t.mapping, 'html', t.list.columns);
    if (!html) {
      this.warn(`SharePoint: list "${t.list.title}" has neither a sync-key column nor a mapped HTML column; find(${key}) cannot look anything up.`);
      return null;
    }
    const url = `${this.items(t)}${query({ $select: this.select(t, ['Id', html.property]), $orderby: 'ID desc', $top: FIND_SCAN_LIMIT })}`;
    const rows = rowsOf((await this.http.call({ method: 'GET', url, what: 'bài theo dấu trong nội dung' })).data);
    const needle = `${MARKER_ATTR}="${key}"`;
    const hit = rows.filter((r) => str(r[html.property]).includes(needle)).sort((a, b) => Number(a.Id) - Number(b.Id))[0];
    if (!hit) this.warn(`SharePoint: no sync-key column; key ${key} not found among the newest ${FIND_SCAN_LIMIT} items of "${t.list.title}".`);
    return hit ? this.remote(t, hit) : null;
  }

  async create(post: PortalPost): Promise<RemoteItem> {
    const t = await this.resolve();
    try {
      const r = await this.write(t, post, (body) => ({ method: 'POST', url: this.items(t), json: body, what: `bài “${post.title}”` }));
      const e = entityOf(r.data);
      const created = this.remote(t, e, r.headers.get('etag'));
      return { ...created, version: await this.writeForm(t, post, created.remoteId, created.version) };
    } catch (e) {
      // The item already exists under this key (an earlier create landed although its answer was lost).
      if (!(isSpError(e) && e.status === 500 && e.hresult === HRESULT.duplicate && t.syncKey)) throw e;
      const existing = await this.find(post.key);
      if (!existing) throw e;
      return this.update(existing, post);
    }
  }

  async update(item: RemoteItem, post: PortalPost): Promise<RemoteItem> {
    const t = await this.resolve();
    const send = (etag: string) => this.write(t, post, (body) => ({
      method: 'POST', url: this.itemUrl(t, item.remoteId), xMethod: 'MERGE', ifMatch: etag, json: body, what: `bài “${post.title}”`
    }));
    let r;
    try {
      r = await send(item.version ?? '*');
    } catch (e) {
      if (!isSpError(e, 'conflict')) throw e;
      // 412: the etag moved on the portal (page-view counter, an attachment, an approver's status change, or an
      // edit made on the portal). The signed version is what must be published, so it wins: re-read the current
      // etag once and send again — still with IF-MATCH, so a change racing this very retry is not overwritten blind.
      const current = await this.readEtag(t, item.remoteId, post.title);
      r = await send(current);
    }
    const version = await this.writeForm(t, post, item.remoteId, r.headers.get('etag'));
    return { ...this.remote(t, { Id: item.remoteId }, version), status: this.statusAfterWrite(t, post) };
  }

  async takeDown(item: RemoteItem): Promise<RemoteItem> {
    const t = await this.resolve();
    try {
      await this.http.call({ method: 'POST', url: `${this.itemUrl(t, item.remoteId)}/recycle()`, what: `bài số ${item.remoteId}` });
      return { ...item, url: this.dispUrl(t, item.remoteId), status: 'recycled', version: null };
    } catch (e) {
      // Already gone (a previous take-down whose answer was lost, or removed on the portal): nothing left to do.
      if (isSpError(e, 'not_found')) return { ...item, status: 'gone', version: null };
      throw e;
    }
  }

  async read(item: RemoteItem): Promise<RemoteReadback | null> {
    const t = await this.resolve();
    const cols = (['html', 'fingerprint', 'contentHash', 'views'] as const).map((f) => [f, columnFor(t.mapping, f, t.list.columns)] as const);
    const select = this.select(t, ['Id', ...cols.flatMap(([, c]) => (c ? [c.property] : []))]);
    let r;
    try {
      r = await this.http.call({ method: 'GET', url: `${this.itemUrl(t, item.remoteId)}${query({ $select: select })}`, what: `bài số ${item.remoteId}` });
    } catch (e) {
      if (isSpError(e, 'not_found')) return null;
      throw e;
    }
    const e = entityOf(r.data);
    const value = (field: (typeof cols)[number][0]) => {
      const c = cols.find(([f]) => f === field)?.[1];
      return c ? e[c.property] : undefined;
    };
    const text = (v: unknown) => (v === undefined || v === null ? null : str(v).normalize('NFC'));
    const views = value('views');
    return {
      ...this.remote(t, e, r.headers.get('etag')),
      html: stripMarker(text(value('html')) ?? ''),
      fingerprint: text(value('fingerprint')),
      contentHash: text(value('contentHash')),
      views: typeof views === 'number' ? views : views === null || views === undefined || views === '' ? null : Number(views)
    };
  }

  // ---- internals ----

  private resolve(): Promise<Target> {
    if (!this.target) {
      this.target = (async () => {
        const web = await detectWeb(this.http, this.config.profile);
        this.http.format = web.format;
        return this.targetOf(web, await loadList(this.http, this.config.list));
      })();
      // A failed lookup (portal down, wrong password) is retried on the next call, not cached.
      this.target.catch(() => { this.target = null; });
    }
    return this.target;
  }

  private targetOf(web: WebInfo, list: ListInfo): Target {
    this.http.format = web.format;
    const mapping = effectiveMapping(this.config.mapping, list.columns);
    return { web, list, mapping, syncKey: columnFor(mapping, 'syncKey', list.columns), uniqueKey: hasUniqueKey(mapping, list.columns) };
  }

  /**
   * Sends a create/MERGE. On a moderated list the item is approved in the same write (OData__ModerationStatus 0)
   * when the account may approve; a 403 for that field means it may not: the write is sent again without it and
   * the item stays Pending for the portal's approver. On a list with scheduling the Ngày xuất bản is also the
   * Scheduling Start Date, so an approved item with a future date waits on the portal as Scheduled.
   */
  private async write(t: Target, post: PortalPost, request: (body: Json) => Parameters<SpHttp['call']>[0]) {
    if (post.scheduled && !t.list.schedules) {
      // The outbox sends a future article early only to a target whose list schedules: the list changed since.
      throw new SharePointError('invalid', `SharePoint: list "${t.list.title}" has no scheduling; not sending "${post.title}" before ${post.publishAt}`,
        `Danh sách “${t.list.title}” trên cổng không (còn) bật hẹn giờ đăng, nên không gửi trước ngày xuất bản được. Bấm “Kiểm tra kết nối” cho cổng này rồi “Thử lại”: bài sẽ chờ trong hàng đợi đến giờ.`);
    }
    const body = {
      ...itemBody(post, { columns: t.list.columns, mapping: t.mapping, format: this.http.format, entityType: t.list.entityType, withMarker: !t.syncKey }),
      ...(t.list.schedules ? { [SCHEDULING_START]: post.publishAt } : {})
    };
    if (t.list.moderated && this.mayApprove) {
      try {
        return await this.http.call(request({ ...body, OData__ModerationStatus: 0 }));
      } catch (e) {
        if (!(isSpError(e, 'forbidden') && e.hresult === HRESULT.accessDenied)) throw e;
        this.mayApprove = false;
        this.warn(`SharePoint: the account may not approve items in "${t.list.title}"; items stay Pending.`);
      }
    }
    return this.http.call(request(body));
  }

  /**
   * Writes the form-only columns (Publishing Image) of an item just created or merged, through ValidateUpdateListItem,
   * approving again on a moderated list (a form edit makes the item Pending like any edit). Returns the item's etag
   * afterwards. A refusal is an 'invalid' error naming the columns; the REST write before it stays (a retry finds the
   * item by its key and updates it).
   */
  private async writeForm(t: Target, post: PortalPost, id: string, etag: string | null): Promise<string | null> {
    const values = formValues(post, t.mapping, t.list.columns);
    if (values.length === 0) return etag;
    const send = async (approve: boolean) => {
      const all = approve ? [...values, { FieldName: '_ModerationStatus', FieldValue: '0' }] : values;
      const r = await this.http.call({ method: 'POST', url: `${this.itemUrl(t, id)}/ValidateUpdateListItem`, json: formBody(all, this.http.format), what: `bài “${post.title}”` });
      return { r, results: formResults(r.data) };
    };
    const approve = t.list.moderated && this.mayApprove;
    let { r, results } = await send(approve);
    const refusedApproval = (x: FormResult) => x.hasException && x.name === '_ModerationStatus';
    if (approve && results.some(refusedApproval)) {
      this.mayApprove = false;
      this.warn(`SharePoint: the account may not approve items in "${t.list.title}"; items stay Pending.`);
      // The form changes nothing when any field fails: send it again without the approval.
      if (results.every((x) => !x.hasException || refusedApproval(x))) ({ r, results } = await send(false));
    }
    assertFormAccepted(results.filter((x) => x.name !== '_ModerationStatus'), t.list.columns, post.title);
    return r.headers.get('etag') ?? (await this.readEtag(t, id, post.title));
  }

  private statusAfterWrite(t: Target, post?: PortalPost): string {
    if (!t.list.moderated) return 'published';
    if (!this.mayApprove) return 'pending';
    return post?.scheduled && t.list.schedules ? 'scheduled' : 'approved';
  }

  private async readEtag(t: Target, id: string, title: string): Promise<string> {
    const r = await this.http.call({ method: 'GET', url: `${this.itemUrl(t, id)}${query({ $select: 'Id' })}`, what: `bài “${title}”` });
    const tag = r.headers.get('etag') ?? etagOf(entityOf(r.data));
    if (!tag) throw new SharePointError('conflict', 'no etag on re-read', `Không đọc được phiên bản hiện tại của bài “${title}” trên cổng.`);
    return tag;
  }

  private remote(t: Target, e: Json, etagHeader?: string | null): RemoteItem {
    const id = str(e.Id ?? e.ID);
    const moderation = e.OData__ModerationStatus;
    const status = typeof moderation === 'number'
      ? (['approved', 'denied', 'pending', 'draft', 'scheduled'][moderation] ?? 'pending')
      : t.list.moderated ? this.statusAfterWrite(t) : 'published';
    return { remoteId: id, url: this.dispUrl(t, id), status, version: etagHeader ?? etagOf(e) };
  }

  private select(t: Target, props: string[]): string {
    return [...props, ...(t.list.moderated ? ['OData__ModerationStatus'] : [])].join(',');
  }

  private items(t: Target): string {
    return `${listByIdPath(this.http, t.list.id)}/items`;
  }

  private itemUrl(t: Target, id: string): string {
    if (!/^\d+$/.test(id)) throw new SharePointError('invalid', `bad item id ${id}`, `Mã bài trên cổng SharePoint “${id}” không hợp lệ.`);
    return `${this.items(t)}(${id})`;
  }

  private dispUrl(t: Target, id: string): string {
    return `${new URL(this.http.webUrl).origin}${encodeURI(t.list.rootFolder)}/DispForm.aspx?ID=${id}`;
  }
}
