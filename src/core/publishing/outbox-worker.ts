// The outbox worker: claims a due entry (a lease recorded as a 'sending' event, so a crash mid-send
// leaves it to run out), renders exactly the signed revision, uploads its files once, writes the one
// remote item of the article on the target, records a receipt and moves the article on. Each publication
// seals the audit chain first (ChainSealer): the seal goes to the backup folder, into the page and the
// folder manifest, and its stamp into the receipt. Failures are
// retried with backoff (Retry-After honoured); an ambiguous failure (timeout, reset after sending) is
// followed by a lookup before any re-create, so the portal never gets a second item.
import { STATUS_LABELS, type Article, type ArticleStatus, type UserRef } from '../../shared/article';
import { formatDateTime } from '../../shared/dates';
import type { OutboxEntry, PublicationReceipt } from '../../shared/publishing';
import type { ArticleReader } from '../articles/article-reader';
import type { EventSink } from '../events';
import type { Clock, Hasher, IdGenerator, MediaStore, TransactionRunner } from '../ports';
import type { ProfileService } from '../profile/profile-service';
import type { SignOffRecord } from '../signoff/signoff';
import type { SignOffs } from '../workflow/signoffs';
import type { WorkflowRecorder } from '../workflow/workflow-recorder';
import { formatSealStamp, stampOf, type ChainSealer } from '../audit/seal-stamp';
import { approvalFingerprint } from './keys';
import { entryOf, isPortalScheduled } from './outbox-entry';
import { PortalError, type PortalConnector, type PortalPost, type RemoteItem, type RemoteMedia } from './ports';
import { bodyImageHashes, imprintOf, renderPortalHtml, type HtmlSanitizer } from './render';
import type { AuditHead, OutboxEvent, OutboxRepository, OutboxRow, TargetRepository } from './store';

/** How long a claim holds; a worker that died mid-send leaves the entry to others after this. */
const LEASE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 10;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 30 * 60_000;

export interface OutboxWorkerDeps {
  outbox: OutboxRepository;
  targets: Pick<TargetRepository, 'get'>;
  /** The target's connector (secret unsealed in the main process). */
  connector: (targetId: string) => PortalConnector;
  articles: ArticleReader;
  media: MediaStore;
  profile: Pick<ProfileService, 'at'>;
  signOffs: Pick<SignOffs, 'current'>;
  signOffRecord: (articleId: string, signOffId: string) => SignOffRecord | null;
  recorder: WorkflowRecorder;
  auditHead: () => AuditHead;
  sealer: Pick<ChainSealer, 'sealHead'>;
  sanitizer: HtmlSanitizer;
  hasher: Hasher;
  tx: TransactionRunner;
  clock: Clock;
  ids: IdGenerator;
  events: EventSink;
  /** Who claims (process and PC): recorded on the 'sending' event. */
  workerId: string;
  log: (line: string) => void;
}

export interface WorkerOutcome {
  entry: OutboxEntry;
  ok: boolean;
}

export class OutboxWorker {
  constructor(private readonly d: OutboxWorkerDeps) {}

  /** Sends every due entry once, one at a time; returns what happened to each. */
  async runOnce(): Promise<WorkerOutcome[]> {
    const outcomes: WorkerOutcome[] = [];
    // One connector per target for the run: discovery, the digest and list details are fetched once.
    const connectors = new Map<string, PortalConnector>();
    const connectorFor = (targetId: string) => connectors.get(targetId) ?? connectors.set(targetId, this.d.connector(targetId)).get(targetId)!;
    for (const row of this.d.outbox.open()) {
      const claimed = this.claim(row.item.id);
      if (!claimed) continue;
      outcomes.push(await this.send(claimed, () => connectorFor(claimed.item.targetId)));
    }
    return outcomes;
  }

  /** When the next entry becomes due (for the job's timer), or null when nothing waits. */
  nextDueAt(): string | null {
    const times = this.d.outbox
      .open()
      .map((r) => (r.latest.state === 'sending' ? r.latest.leaseUntil : r.latest.nextAttemptAt))
      .filter((t): t is string => t !== null)
      .sort();
    return times[0] ?? null;
  }

  /** Takes the entry when it is due and nobody holds it (or their lease ran out); atomic. */
  private claim(itemId: string): OutboxRow | null {
    const now = this.now();
    const claimed = this.d.tx.transaction(() => {
      const row = this.d.outbox.get(itemId);
      if (!row) return null;
      const l = row.latest;
      const due = (l.state === 'waiting' || l.state === 'scheduled') && (l.nextAttemptAt === null || l.nextAttemptAt <= now);
      const abandoned = l.state === 'sending' && l.leaseUntil !== null && l.leaseUntil <= now;
      if (!due && !abandoned) return null;
      this.event(row, {
        state: 'sending',
        attempt: l.attempt + 1,
        detail: abandoned ? 'Đang gửi lại (lần gửi trước bị gián đoạn).' : 'Đang gửi lên cổng…',
        claimedBy: this.d.workerId,
        leaseUntil: new Date(Date.parse(now) + LEASE_MS).toISOString(),
        // A send that was cut off may have reached the portal: look the item up before creating.
        errorKind: abandoned ? 'ambiguous' : l.errorKind
      });
      return this.d.outbox.get(itemId)!;
    });
    if (claimed) this.announce(claimed);
    return claimed;
  }

  private async send(row: OutboxRow, connectorOf: () => PortalConnector): Promise<WorkerOutcome> {
    try {
      // Built here, so that a target that cannot be reached (secret unreadable, folder gone) fails this entry only.
      const connector = connectorOf();
      const receipt = row.item.kind === 'take-down' ? await this.takeDown(row, connector) : await this.publish(row, connector);
      return { entry: this.finish(row, receipt), ok: true };
    } catch (err) {
      return { entry: this.fail(row, err), ok: false };
    }
  }

  private async publish(row: OutboxRow, connector: PortalConnector): Promise<PublicationReceipt> {
    const { item } = row;
    const article = this.d.articles.get(item.articleId);
    // Exactly the signed revision goes out: an edit since queueing voided it (a new sign-off is needed).
    const signOff = this.d.signOffs.current(article);
    if (article.revisionId !== item.revisionId || !signOff || signOff.id !== item.signOffId) {
      throw new PortalError('invalid', 'article changed after it was queued', 'Bài đã được sửa sau khi đưa vào hàng đợi nên chữ ký duyệt không còn khớp; hãy ký duyệt lại rồi xuất bản.');
    }
    const record = this.d.signOffRecord(article.id, signOff.id)!;
    const fingerprint = approvalFingerprint(record, this.d.hasher);
    const target = this.d.targets.get(item.targetId)!;
    const media = new Map<string, RemoteMedia>();
    for (const hash of [...(article.imageHash ? [article.imageHash] : []), ...bodyImageHashes(article.body)]) {
      media.set(hash, await this.upload(connector, item.targetId, hash, `anh-${hash.slice(0, 12)}`, article));
    }
    const attachments = [];
    for (const a of article.attachments) {
      const up = await this.upload(connector, item.targetId, a.hash, a.name, article, a.mime);
      attachments.push({ name: a.name, url: up.url, remoteId: up.remoteId });
    }
    const publishAt = article.publishAt ?? this.now();
    const profile = this.d.profile.at(publishAt);
    if (!profile) throw new PortalError('invalid', 'no agency profile', 'Chưa có thông tin cơ quan áp dụng vào ngày xuất bản.');
    const imprint = imprintOf(profile);
    // Sealed at every attempt that gets this far: the chain is never empty here (the sign-off is in it).
    const seal = this.d.sealer.sealHead('publication', null)!;
    const sealStamp = formatSealStamp(stampOf(seal));
    const html = renderPortalHtml(
      { article, imprint, media, attachments, correctionNote: item.correctionNote, appendImprint: target.type === 'folder' || target.config.appendImprint, fingerprint, sealStamp },
      this.d.sanitizer
    );
    const image = article.imageHash ? { ...media.get(article.imageHash)!, caption: article.imageCaption } : null;
    const post: PortalPost = {
      key: item.key,
      slug: item.slug,
      title: article.title,
      html,
      summary: article.summary,
      image,
      author: article.author,
      category: article.category,
      articleType: article.articleType,
      alternateLink: article.alternateLink,
      publishAt,
      scheduled: publishAt > this.now(),
      featured: article.featured,
      pageCount: article.pageCount.value,
      photoCount: article.photoCount.value,
      imprint,
      fingerprint,
      contentHash: article.contentHash,
      seal,
      correctionNote: item.correctionNote,
      attachments
    };
    const remote = await this.write(connector, row, post);
    return this.receipt(row, remote, { revisionId: article.revisionId, contentHash: article.contentHash, publishedHtmlHash: this.d.hasher.sha256(html), signOffId: signOff.id, fingerprint, seal: sealStamp });
  }

  /** Update the item the portal already has, else (after a lookup when a send may have landed) create it. */
  private async write(connector: PortalConnector, row: OutboxRow, post: PortalPost): Promise<RemoteItem> {
    const known = this.d.outbox.latestReceipt(row.item.articleId, row.item.targetId);
    if (known) {
      try {
        return await connector.update(remoteOf(known), post);
      } catch (err) {
        // Deleted on the portal meanwhile: publish it again (the key still guards against doubles).
        if (!(err instanceof PortalError && err.kind === 'not_found')) throw err;
      }
    }
    const mayExist = row.latest.attempt > 1 || row.latest.errorKind === 'ambiguous' || known !== null;
    const found = mayExist ? await connector.find(post.key) : null;
    return found ? connector.update(found, post) : connector.create(post);
  }

  private async takeDown(row: OutboxRow, connector: PortalConnector): Promise<PublicationReceipt> {
    const known = this.d.outbox.latestReceipt(row.item.articleId, row.item.targetId);
    if (!known) throw new PortalError('invalid', 'nothing to take down', 'Không tìm thấy bài trên cổng để gỡ.');
    const remote = await connector.takeDown(remoteOf(known));
    return this.receipt(row, remote, { revisionId: known.revisionId, contentHash: known.contentHash, publishedHtmlHash: known.publishedHtmlHash, signOffId: known.signOffId, fingerprint: known.fingerprint, seal: null });
  }

  private async upload(connector: PortalConnector, targetId: string, hash: string, name: string, article: Article, mime?: string): Promise<RemoteMedia> {
    const known = this.d.outbox.remoteMedia(targetId, hash);
    if (known) {
      if (await connector.hasMedia(known)) return { remoteId: known.remoteId, url: known.url };
      this.d.log(`[outbox] ${known.remoteId} (file ${hash.slice(0, 12)}) is gone from target ${targetId}; uploading it again`);
      this.d.tx.transaction(() => this.d.outbox.remoteMediaGone(known, this.now()));
    }
    const bytes = this.d.media.get(hash);
    if (!bytes) throw new PortalError('invalid', `media ${hash} missing`, `Tệp “${name}” của bài “${article.title}” không còn trong thư mục dữ liệu; hãy chèn lại rồi ký duyệt lại.`);
    const uploaded = await connector.uploadMedia({ hash, name: asciiFileName(name, mime ?? sniffMime(bytes)), mime: mime ?? sniffMime(bytes), bytes });
    // Remembered at once: a retry after a later failure reuses it instead of uploading a second copy.
    this.d.tx.transaction(() => this.d.outbox.insertRemoteMedia(targetId, hash, uploaded, this.now()));
    return uploaded;
  }

  private receipt(row: OutboxRow, remote: RemoteItem, signed: Pick<PublicationReceipt, 'revisionId' | 'contentHash' | 'publishedHtmlHash' | 'signOffId' | 'fingerprint' | 'seal'>): PublicationReceipt {
    const head = this.d.auditHead();
    return {
      id: this.d.ids.newId(),
      outboxId: row.item.id,
      articleId: row.item.articleId,
      targetId: row.item.targetId,
      kind: row.item.kind,
      remoteId: remote.remoteId,
      remoteUrl: remote.url,
      remoteStatus: remote.status,
      remoteVersion: remote.version,
      ...signed,
      auditHeadSeq: head.seq,
      auditHeadHash: head.hash,
      at: this.now()
    };
  }

  /** The portal confirmed: receipt, 'done', and the article's new state with its history and audit lines. */
  private finish(row: OutboxRow, receipt: PublicationReceipt): OutboxEntry {
    const target = this.d.targets.get(row.item.targetId)!;
    const article = this.d.articles.get(row.item.articleId);
    const future = isPortalScheduled(receipt.remoteStatus);
    const to: ArticleStatus = row.item.kind === 'take-down' ? 'da_go' : future ? 'hen_gio' : 'da_xuat_ban';
    const verb = { publish: 'Xuất bản', update: 'Cập nhật', correction: 'Cải chính', 'take-down': 'Gỡ bài' }[row.item.kind];
    const when = future && article.publishAt ? ` ${formatDateTime(article.publishAt)}` : ' vào ngày xuất bản';
    const description = `${verb} trên “${target.name}”${future ? ` (hẹn giờ trên cổng: cổng tự đăng${when})` : ''}: ${receipt.remoteUrl}`;
    this.d.tx.transaction(() => {
      this.d.outbox.insertReceipt(receipt);
      this.event(this.d.outbox.get(row.item.id)!, { state: 'done', detail: description, remoteId: receipt.remoteId, remoteUrl: receipt.remoteUrl });
      const by: UserRef = row.item.createdBy;
      this.d.recorder.record({
        articleId: article.id,
        at: receipt.at,
        user: by,
        action: `publish.${row.item.kind}.done`,
        from: article.status,
        to,
        reason: null,
        commentIds: [],
        description: `${description} (${STATUS_LABELS[article.status]} → ${STATUS_LABELS[to]})`,
        version: article.version,
        auditDetails: { ...receipt }
      });
    });
    const done = this.d.outbox.get(row.item.id)!;
    this.announce(done);
    this.d.events.emit('article.changed', {
      articleId: article.id,
      revisionId: article.revisionId,
      version: article.version,
      status: to,
      title: article.title,
      by: row.item.createdBy,
      at: receipt.at,
      action: `publish.${row.item.kind}`
    });
    return this.entryFor(done);
  }

  private fail(row: OutboxRow, err: unknown): OutboxEntry {
    const current = this.d.outbox.get(row.item.id)!;
    const attempt = current.latest.attempt;
    let detail: string;
    let retry = false;
    let waitMs = 0;
    let kind = 'internal';
    if (err instanceof PortalError) {
      kind = err.kind;
      retry = err.retryable && attempt < MAX_ATTEMPTS;
      waitMs = err.retryAfterMs ?? Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (attempt - 1));
      detail = err.vi;
      this.d.log(`[outbox] ${row.item.id} attempt ${attempt}: ${err.kind}: ${err.message}`);
    } else {
      detail = 'Lỗi không mong muốn khi gửi; bài chưa được xuất bản. Hãy thử lại hoặc báo quản trị.';
      this.d.log(`[outbox] ${row.item.id} attempt ${attempt} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
    const next = new Date(Date.parse(this.now()) + waitMs).toISOString();
    this.d.tx.transaction(() =>
      this.event(current, retry
        ? { state: 'waiting', detail: `${detail} Sẽ thử lại lúc ${timeVi(next)}.`, nextAttemptAt: next, errorKind: kind }
        : { state: 'failed', detail: attempt >= MAX_ATTEMPTS && err instanceof PortalError && err.retryable ? `${detail} Đã thử ${attempt} lần.` : detail, errorKind: kind })
    );
    const failed = this.d.outbox.get(row.item.id)!;
    this.announce(failed);
    return this.entryFor(failed);
  }

  private event(row: OutboxRow, e: Partial<OutboxEvent> & Pick<OutboxEvent, 'state' | 'detail'>): void {
    this.d.outbox.appendEvent({
      id: this.d.ids.newId(),
      itemId: row.item.id,
      at: this.now(),
      attempt: row.latest.attempt,
      nextAttemptAt: null,
      claimedBy: null,
      leaseUntil: null,
      errorKind: null,
      remoteId: null,
      remoteUrl: null,
      ...e
    });
  }

  private entryFor(row: OutboxRow): OutboxEntry {
    return entryOf(row, this.d.articles.get(row.item.articleId).title, this.d.targets.get(row.item.targetId)?.name ?? '?', this.d.outbox.latestReceipt(row.item.articleId, row.item.targetId));
  }

  private announce(row: OutboxRow): void {
    this.d.events.emit('outbox.changed', this.entryFor(row));
  }

  private now(): string {
    return this.d.clock.now().toISOString();
  }
}

function remoteOf(r: PublicationReceipt): RemoteItem {
  return { remoteId: r.remoteId, url: r.remoteUrl, status: r.remoteStatus, version: r.remoteVersion };
}

const EXT: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf'
};

function sniffMime(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return 'image/png';
  if (bytes[0] === 0x47 && bytes[1] === 0x49) return 'image/gif';
  if (bytes[0] === 0x52 && bytes[1] === 0x49) return 'image/webp';
  return 'application/octet-stream';
}

/** Portal-safe ASCII file names: no `" # % * : < > ? / \ |`, Vietnamese letters folded. */
export function asciiFileName(name: string, mime: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
  const dot = folded.lastIndexOf('.');
  const stem = (dot > 0 ? folded.slice(0, dot) : folded).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'tep';
  const ext = (dot > 0 ? folded.slice(dot + 1).replace(/[^a-z0-9]/g, '') : '') || EXT[mime] || 'bin';
  return `${stem}.${ext}`;
}

function timeVi(iso: string): string {
  const d = new Date(Date.parse(iso) + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())} ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}`;
}
