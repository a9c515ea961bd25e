// Publishing use-cases: targets (admin), the gate, putting an article in the outbox (Xuất bản, Cập nhật,
// Cải chính, Gỡ bài), retry/cancel, the queue and receipts. Sending is the outbox worker's job.
import type { SessionUser } from '../../shared/accounts';
import type { Article, UserRef } from '../../shared/article';
import type { ProfileVersion } from '../../shared/profile';
import { AppError, ErrorCode } from '../../shared/errors';
import { nfc, fold } from '../../shared/text';
import {
  PUBLISH_ROLES,
  TAKE_DOWN_ROLES,
  TargetConfigSchema,
  TARGET_TYPE_LABELS,
  type OutboxEntry,
  type OutboxKind,
  type PublicationReceipt,
  type PublishCheck,
  type PublishTarget,
  type TargetConfig,
  type TargetType
} from '../../shared/publishing';
import { formatDateTime } from '../../shared/dates';
import { requireAdmin } from '../accounts/account-service';
import type { ArticleReader } from '../articles/article-reader';
import type { EventSink } from '../events';
import type { AccountRepository, AuditLog, Clock, HistoryRepository, IdGenerator, TransactionRunner } from '../ports';
import type { ProfileService } from '../profile/profile-service';
import { actorOf } from '../workflow/actor';
import type { SignOffs } from '../workflow/signoffs';
import { checkAccessibility } from './accessibility';
import { bodyFacts, checkPublication } from './gate';
import { publicationKey, publicationSlug } from './keys';
import { entryOf } from './outbox-entry';
import type { Imprint, PortalConnector, PortalDiscovery, RemoteMedia } from './ports';
import { bodyImageHashes, imprintOf, renderPortalHtml, type HtmlSanitizer } from './render';
import type { OutboxRepository, OutboxRow, SecretBox, TargetRepository } from './store';

const PUBLISHERS = new Set<string>(PUBLISH_ROLES);
/** Without a profile the gate refuses anyway (no responsible person); the preview then has no imprint block. */
const NO_IMPRINT: Imprint = { agencyName: '', responsible: '', responsibleName: '', responsiblePosition: '', address: '', phone: '', fax: '', email: '', licence: '' };
const TAKE_DOWN = new Set<string>(TAKE_DOWN_ROLES);

export interface PublishingServiceDeps {
  targets: TargetRepository;
  outbox: OutboxRepository;
  secrets: SecretBox;
  articles: ArticleReader;
  signOffs: Pick<SignOffs, 'current'>;
  profile: Pick<ProfileService, 'at' | 'current'>;
  openComments: (articleId: string) => string[];
  accounts: Pick<AccountRepository, 'get'>;
  history: HistoryRepository;
  audit: AuditLog;
  /** Builds the connector of a target with its unsealed secret (main process only). */
  connect: (target: PublishTarget, secret: string | null) => PortalConnector;
  /** The sanitiser the outbox worker uses, so the checklist sees the HTML the portal will get. */
  sanitizer: HtmlSanitizer;
  tx: TransactionRunner;
  clock: Clock;
  ids: IdGenerator;
  events: EventSink;
}

export interface NewTarget {
  name: string;
  type: TargetType;
  config: Partial<TargetConfig>;
  /** Password or token; null keeps the stored one (on update), '' removes it. */
  secret?: string | null;
}

export interface PublishOptions {
  /** The user saw the warnings and goes ahead (the CLI's --yes). */
  confirm?: boolean;
  /** "Cải chính": the correction note shown with the article. */
  correctionNote?: string;
}

export class PublishingService {
  constructor(private readonly d: PublishingServiceDeps) {}

  // ---- Targets ("Cổng thông tin", admin) ----

  /** Every target, without secrets (anyone logged in: the publish dialog lists them). */
  listTargets(user: UserRef): PublishTarget[] {
    actorOf(this.d.accounts, user);
    return this.d.targets.list();
  }

  addTarget(input: NewTarget, user: SessionUser): PublishTarget {
    requireAdmin(user, 'thêm cổng xuất bản');
    const name = nfc(input.name).trim();
    if (name === '') throw new AppError(ErrorCode.INVALID_INPUT, 'Hãy đặt tên cho cổng xuất bản.', { name: 'Tên không được để trống.' });
    if (this.d.targets.byName(name)) throw new AppError(ErrorCode.CONFLICT, `Đã có cổng xuất bản tên “${name}”; hãy chọn tên khác.`, { name: 'Tên đã dùng.' });
    const config = validConfig(input.type, input.config);
    const id = this.d.ids.newId();
    const at = this.now();
    this.d.tx.transaction(() => {
      this.d.targets.insert({ id, name, type: input.type, config, at, by: user.name });
      if (input.secret) this.d.targets.setSecret(id, this.d.secrets.seal(input.secret), at);
      this.audit(user, 'publish.target.add', `Thêm cổng xuất bản “${name}” (${TARGET_TYPE_LABELS[input.type]})`, { targetId: id, type: input.type, url: config.url, folder: config.folder, list: config.list });
    });
    return this.d.targets.get(id)!;
  }

  updateTarget(id: string, input: Omit<NewTarget, 'type'> & { disabled?: boolean }, user: SessionUser): PublishTarget {
    requireAdmin(user, 'sửa cổng xuất bản');
    const current = this.target(id);
    const name = nfc(input.name).trim();
    const other = this.d.targets.byName(name);
    if (name === '') throw new AppError(ErrorCode.INVALID_INPUT, 'Hãy đặt tên cho cổng xuất bản.', { name: 'Tên không được để trống.' });
    if (other && other.id !== id) throw new AppError(ErrorCode.CONFLICT, `Đã có cổng xuất bản tên “${name}”; hãy chọn tên khác.`, { name: 'Tên đã dùng.' });
    const config = validConfig(current.type, { ...current.config, ...input.config });
    const at = this.now();
    this.d.tx.transaction(() => {
      this.d.targets.update(id, { name, config, disabled: input.disabled ?? current.disabled, at });
      if (input.secret !== undefined && input.secret !== null) this.d.targets.setSecret(id, input.secret === '' ? null : this.d.secrets.seal(input.secret), at);
      this.audit(user, 'publish.target.update', `Sửa cổng xuất bản “${name}”${input.secret ? ' (đổi mật khẩu/khóa truy cập)' : ''}`, { targetId: id, url: config.url, folder: config.folder, list: config.list });
    });
    return this.d.targets.get(id)!;
  }

  /** "Kiểm tra kết nối": discovery with every problem explained in Vietnamese. */
  async testTarget(id: string, user: SessionUser): Promise<PortalDiscovery> {
    requireAdmin(user, 'kiểm tra kết nối cổng xuất bản');
    const target = this.target(id);
    const found = await this.connector(target).discover();
    // The gate checks Phân loại and Loại bài viết against what the portal has (it would refuse them otherwise).
    // Whether a SharePoint list schedules decides, when an article is queued, if it waits in the outbox until due.
    const learnt = { categories: found.categories, articleTypes: found.articleTypes ?? [], schedules: found.schedules };
    const known = { categories: target.config.categories, articleTypes: target.config.articleTypes, schedules: target.config.schedules };
    if (found.ok && JSON.stringify(learnt) !== JSON.stringify(known)) {
      this.d.targets.update(target.id, { name: target.name, config: { ...target.config, ...learnt }, disabled: target.disabled, at: this.now() });
    }
    return found;
  }

  target(id: string): PublishTarget {
    const t = this.d.targets.get(id) ?? this.d.targets.byName(id);
    if (!t) throw new AppError(ErrorCode.NOT_FOUND, 'Không tìm thấy cổng xuất bản này; hãy kiểm tra tên trong trang “Cổng thông tin”.');
    return t;
  }

  /** The target's connector, its secret unsealed here in the main process. */
  connector(target: PublishTarget): PortalConnector {
    const sealed = this.d.targets.secret(target.id);
    return this.d.connect(target, sealed === null ? null : this.d.secrets.open(sealed));
  }

  // ---- The gate and the outbox ----

  check(articleId: string, targetId: string, user: UserRef, opts: PublishOptions = {}): PublishCheck {
    actorOf(this.d.accounts, user);
    const article = this.d.articles.get(articleId);
    const target = this.target(targetId);
    const facts = bodyFacts(article.body.json);
    const profile = this.d.profile.at(article.publishAt ?? this.now());
    return checkPublication({
      article,
      target,
      signOff: this.d.signOffs.current(article),
      profile,
      openComments: this.d.openComments(articleId).length,
      receipt: this.liveReceipt(articleId, target.id),
      links: facts.links,
      uncaptionedImages: facts.uncaptionedImages,
      remoteImages: facts.remoteImages,
      correction: opts.correctionNote !== undefined,
      accessibility: checkAccessibility(this.previewHtml(article, target, profile, opts.correctionNote ?? null))
    });
  }

  /**
   * The HTML the outbox worker will send (render.ts, same sanitiser), before anything is uploaded: images
   * keep their workspace address, attachments a placeholder link, the imprint no seal yet.
   */
  private previewHtml(article: Article, target: PublishTarget, profile: ProfileVersion | null, correctionNote: string | null): string {
    const media = new Map<string, RemoteMedia>(bodyImageHashes(article.body).map((hash) => [hash, { remoteId: hash, url: `media:${hash}` }]));
    return renderPortalHtml(
      {
        article,
        imprint: profile ? imprintOf(profile) : NO_IMPRINT,
        media,
        attachments: article.attachments.map((a) => ({ name: a.name, url: '#tep-dinh-kem' })),
        correctionNote: correctionNote || null,
        appendImprint: profile !== null && (target.type === 'folder' || target.config.appendImprint),
        fingerprint: '',
        sealStamp: ''
      },
      this.d.sanitizer
    );
  }

  /** "Xuất bản" (or "Cập nhật" when the portal has it, "Cải chính" with a note): through the gate into the outbox. */
  publish(articleId: string, targetId: string, user: SessionUser, opts: PublishOptions = {}): OutboxEntry {
    this.requireRole(user, PUBLISHERS, 'xuất bản bài lên cổng');
    const target = this.target(targetId);
    const gate = this.check(articleId, target.id, user, opts);
    if (!gate.ok) throw new AppError(ErrorCode.CONFLICT, `Chưa xuất bản được: ${gate.errors.join(' ')}`);
    if (gate.warnings.length && !opts.confirm) {
      throw new AppError(ErrorCode.CONFLICT, `Cần xác nhận trước khi xuất bản: ${gate.warnings.join(' ')}`, { confirm: gate.warnings.join('\n') });
    }
    const article = this.d.articles.get(articleId);
    const signOff = this.d.signOffs.current(article)!;
    const note = opts.correctionNote !== undefined ? nfc(opts.correctionNote).trim() : null;
    if (note === '') throw new AppError(ErrorCode.INVALID_INPUT, 'Hãy ghi nội dung cải chính để bạn đọc biết bài đã sửa gì.', { correctionNote: 'Chưa có nội dung cải chính.' });
    const kind: OutboxKind = note !== null ? 'correction' : this.liveReceipt(articleId, target.id) ? 'update' : 'publish';
    const now = this.now();
    const due = article.publishAt && article.publishAt > now && !schedulesItself(target) ? article.publishAt : now;
    return this.enqueue(
      { articleId, targetId: target.id, kind, revisionId: article.revisionId, contentHash: article.contentHash, signOffId: signOff.id, correctionNote: note, dueAt: due },
      user,
      kind === 'update' ? `Đưa bản mới vào hàng đợi cập nhật lên “${target.name}”` : `Đưa vào hàng đợi ${kind === 'correction' ? 'cải chính' : 'xuất bản'} lên “${target.name}”`
    );
  }

  /** "Gỡ bài": the portal unpublishes or recycles the item; the app keeps its record. */
  takeDown(articleId: string, targetId: string, user: SessionUser): OutboxEntry {
    this.requireRole(user, TAKE_DOWN, 'gỡ bài khỏi cổng');
    const target = this.target(targetId);
    this.d.articles.get(articleId);
    if (!this.liveReceipt(articleId, target.id)) throw new AppError(ErrorCode.CONFLICT, `Bài chưa được xuất bản lên “${target.name}” (hoặc đã gỡ), nên không có gì để gỡ.`);
    return this.enqueue(
      { articleId, targetId: target.id, kind: 'take-down', revisionId: null, contentHash: null, signOffId: null, correctionNote: null, dueAt: this.now() },
      user,
      `Đưa vào hàng đợi gỡ bài khỏi “${target.name}”`
    );
  }

  retry(outboxId: string, user: SessionUser): OutboxEntry {
    this.requireRole(user, PUBLISHERS, 'gửi lại bài trong hàng đợi');
    const row = this.row(outboxId);
    // "Lỗi", or waiting for its next attempt after a failure (the USB stick is back: send now, not in 30 s).
    const retrying = row.latest.state === 'waiting' && row.latest.attempt > 0;
    if (row.latest.state !== 'failed' && !retrying) throw new AppError(ErrorCode.CONFLICT, 'Chỉ gửi lại được mục đang báo “Lỗi” hoặc đang chờ thử lại.');
    return this.append(row, 'waiting', 'Đang chờ gửi lại (theo yêu cầu).', user, { attempt: retrying ? row.latest.attempt : 0 });
  }

  cancel(outboxId: string, user: SessionUser): OutboxEntry {
    this.requireRole(user, PUBLISHERS, 'hủy bài trong hàng đợi');
    const row = this.row(outboxId);
    if (!['waiting', 'scheduled', 'failed'].includes(row.latest.state)) {
      throw new AppError(ErrorCode.CONFLICT, row.latest.state === 'sending' ? 'Bài đang được gửi lên cổng; hãy chờ kết quả rồi hãy hủy hoặc gỡ bài.' : 'Mục này đã xong, không hủy được.');
    }
    return this.append(row, 'cancelled', `Đã hủy bởi ${user.name}.`, user, {});
  }

  queue(user: UserRef, limit = 200): OutboxEntry[] {
    actorOf(this.d.accounts, user);
    return this.d.outbox.recent(limit).map((r) => this.entry(r));
  }

  forArticle(articleId: string, user: UserRef): { entries: OutboxEntry[]; receipts: PublicationReceipt[] } {
    actorOf(this.d.accounts, user);
    this.d.articles.get(articleId);
    return { entries: this.d.outbox.forArticle(articleId).map((r) => this.entry(r)), receipts: this.d.outbox.receiptsFor(articleId) };
  }

  /**
   * Where a folder target wrote the article (its index.html), for opening it on this PC. Anyone who may see the
   * article's publications may open it; the main process still checks the path lies inside `folder`.
   */
  folderCopy(articleId: string, targetId: string, user: UserRef): { folder: string; path: string } {
    actorOf(this.d.accounts, user);
    const target = this.target(targetId);
    this.d.articles.get(articleId);
    if (target.type !== 'folder') throw new AppError(ErrorCode.CONFLICT, `“${target.name}” không phải cổng kiểu thư mục; hãy mở bài bằng liên kết “Xem trên cổng”.`);
    const receipt = this.liveReceipt(articleId, target.id);
    if (!receipt?.remoteUrl) throw new AppError(ErrorCode.NOT_FOUND, `Bài chưa được ghi vào thư mục “${target.name}” (hoặc đã gỡ).`);
    return { folder: target.config.folder, path: receipt.remoteUrl };
  }

  entry(row: OutboxRow): OutboxEntry {
    const article = this.d.articles.get(row.item.articleId);
    const target = this.d.targets.get(row.item.targetId);
    return entryOf(row, article.title, target?.name ?? '?', this.d.outbox.latestReceipt(row.item.articleId, row.item.targetId));
  }

  // ---- Helpers ----

  /** The latest receipt on the target while the item is up (not taken down). */
  private liveReceipt(articleId: string, targetId: string): PublicationReceipt | null {
    const r = this.d.outbox.latestReceipt(articleId, targetId);
    return r && r.kind !== 'take-down' ? r : null;
  }

  private enqueue(
    spec: { articleId: string; targetId: string; kind: OutboxKind; revisionId: string | null; contentHash: string | null; signOffId: string | null; correctionNote: string | null; dueAt: string },
    user: SessionUser,
    description: string
  ): OutboxEntry {
    const at = this.now();
    const id = this.d.ids.newId();
    const article = this.d.articles.get(spec.articleId);
    // The slug is chosen once per article and target; every later entry (and PC) reuses it.
    const earlier = this.d.outbox.forArticle(spec.articleId).find((r) => r.item.targetId === spec.targetId);
    const slug = earlier?.item.slug ?? publicationSlug(article.title, article.id);
    const scheduled = spec.dueAt > at;
    const row = this.d.tx.transaction(() => {
      this.d.outbox.insertItem({ ...spec, id, key: publicationKey(spec.articleId), slug, createdAt: at, createdBy: { id: user.id, name: user.name } });
      this.d.outbox.appendEvent({
        id: this.d.ids.newId(),
        itemId: id,
        state: scheduled ? 'scheduled' : 'waiting',
        at,
        attempt: 0,
        detail: scheduled ? `Hẹn giờ: chờ trong hàng đợi đến ${formatDateTime(spec.dueAt)} rồi mới gửi (cổng này không tự hẹn giờ).` : 'Đang chờ gửi.',
        nextAttemptAt: spec.dueAt,
        claimedBy: null,
        leaseUntil: null,
        errorKind: null,
        remoteId: null,
        remoteUrl: null
      });
      this.d.history.append(spec.articleId, { id: this.d.ids.newId(), at, user: { id: user.id, name: user.name }, action: `publish.${spec.kind}`, description, version: article.version });
      this.audit(user, `publish.${spec.kind}`, description, { outboxId: id, targetId: spec.targetId, revisionId: spec.revisionId, contentHash: spec.contentHash, signOffId: spec.signOffId }, spec.articleId, at);
      return this.d.outbox.get(id)!;
    });
    const entry = this.entry(row);
    // The publishing job hears this and sends at once.
    this.d.events.emit('outbox.changed', entry);
    return entry;
  }

  private append(row: OutboxRow, state: 'waiting' | 'cancelled', detail: string, user: SessionUser, o: { attempt?: number }): OutboxEntry {
    const at = this.now();
    this.d.tx.transaction(() => {
      this.d.outbox.appendEvent({
        id: this.d.ids.newId(),
        itemId: row.item.id,
        state,
        at,
        attempt: o.attempt ?? row.latest.attempt,
        detail,
        nextAttemptAt: state === 'waiting' ? at : null,
        claimedBy: null,
        leaseUntil: null,
        errorKind: null,
        remoteId: null,
        remoteUrl: null
      });
      this.audit(user, state === 'cancelled' ? 'publish.cancel' : 'publish.retry', `${state === 'cancelled' ? 'Hủy' : 'Gửi lại'} mục trong hàng đợi xuất bản`, { outboxId: row.item.id }, row.item.articleId);
    });
    const entry = this.entry(this.d.outbox.get(row.item.id)!);
    this.d.events.emit('outbox.changed', entry);
    return entry;
  }

  private row(outboxId: string): OutboxRow {
    const row = this.d.outbox.get(outboxId);
    if (!row) throw new AppError(ErrorCode.NOT_FOUND, 'Không tìm thấy mục này trong hàng đợi xuất bản.');
    return row;
  }

  private requireRole(user: UserRef, roles: Set<string>, what: string): void {
    const actor = actorOf(this.d.accounts, user);
    if (!actor.roles.some((r) => roles.has(r))) throw new AppError(ErrorCode.FORBIDDEN, `Tài khoản của bạn không có quyền ${what}.`);
  }

  /** `at`: the time of the history line written with it, so that `verify` can match the two. */
  private audit(user: UserRef, action: string, description: string, details: Record<string, unknown>, articleId: string | null = null, at = this.now()): void {
    this.d.audit.append({ at, user: { id: user.id, name: user.name }, action, articleId, description, details });
  }

  private now(): string {
    return this.d.clock.now().toISOString();
  }
}

/**
 * WordPress holds a future post itself (`future`); a folder carries the date in its manifest; a SharePoint list only
 * when "Kiểm tra kết nối" found it schedules (content approval + Scheduling Start Date).
 */
export function schedulesItself(target: PublishTarget): boolean {
  return target.type !== 'sharepoint' || target.config.schedules;
}

function validConfig(type: TargetType, input: Partial<TargetConfig>): TargetConfig {
  const parsed = TargetConfigSchema.safeParse(input);
  if (!parsed.success) throw new AppError(ErrorCode.INVALID_INPUT, 'Cấu hình cổng xuất bản không hợp lệ.');
  const c = { ...parsed.data, url: parsed.data.url.trim(), folder: parsed.data.folder.trim(), list: nfc(parsed.data.list).trim() };
  if (type === 'folder') {
    if (c.folder === '') throw new AppError(ErrorCode.INVALID_INPUT, 'Hãy chọn thư mục để ghi bài (ví dụ ổ USB).', { folder: 'Chưa chọn thư mục.' });
    return { ...c, auth: 'none', appendImprint: true };
  }
  const url = URL.canParse(c.url) ? new URL(c.url) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new AppError(ErrorCode.INVALID_INPUT, `“${c.url}” không phải địa chỉ trang web hợp lệ; hãy nhập đầy đủ, ví dụ https://kientuong.longan.gov.vn`, { url: 'Địa chỉ không hợp lệ.' });
  }
  if (type === 'sharepoint' && c.list === '') throw new AppError(ErrorCode.INVALID_INPUT, 'Hãy nhập tên danh sách SharePoint (ví dụ “Tin Tức Mở Rộng”).', { list: 'Chưa có tên danh sách.' });
  return { ...c, url: url.toString().replace(/\/$/, '') };
}

/** The folded name used for uniqueness and for the CLI's --target. */
export function targetNameKey(name: string): string {
  return fold(nfc(name).trim()).replace(/\s+/g, ' ');
}
