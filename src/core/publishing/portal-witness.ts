// The portal as a witness: reading published items back to check them against their receipts and a
// valid local sign-off (verify --target), and to read "Số lượt người đọc" onto the articles.
import type { ArticleReader } from '../articles/article-reader';
import type { EventSink } from '../events';
import type { Clock, Hasher, TransactionRunner } from '../ports';
import type { WorkflowRecorder } from '../workflow/workflow-recorder';
import { checkSignOff, type SignOffCheckDeps, type SignOffRecord } from '../signoff/signoff';
import { approvalFingerprint } from './keys';
import { PortalError } from './ports';
import type { PublishingService } from './publishing-service';
import type { OutboxRepository, TargetRepository } from './store';

export interface TargetVerification {
  target: string;
  ok: boolean;
  items: Array<{ articleId: string; title: string; remoteUrl: string; ok: boolean; problems: string[]; views: number | null }>;
}

export interface PortalWitnessDeps {
  publishing: Pick<PublishingService, 'target' | 'connector'>;
  targets: Pick<TargetRepository, 'list'>;
  outbox: Pick<OutboxRepository, 'latestReceiptsOn'>;
  articles: ArticleReader;
  /** A stored sign-off by id, and what checking one needs. */
  signOffRecord: (articleId: string, signOffId: string) => SignOffRecord | null;
  signOffChecks: () => SignOffCheckDeps;
  hasher: Hasher;
  /** Stores "Số lượt người đọc" read back from a portal. */
  setViewCount: (articleId: string, count: number) => void;
  /** Moves a scheduled article to Đã xuất bản once its portal shows it (history and audit lines). */
  recorder: Pick<WorkflowRecorder, 'record'>;
  tx: TransactionRunner;
  clock: Clock;
  events: EventSink;
}

export class PortalWitness {
  constructor(private readonly d: PortalWitnessDeps) {}

  /**
   * Reads every item published on the target back and checks it against its receipt and a valid local
   * sign-off: an edit made on the portal, a missing item, or a local database rewritten after publishing
   * (a receipt whose sign-off no longer verifies) is reported.
   */
  async verifyTarget(targetId: string): Promise<TargetVerification> {
    const target = this.d.publishing.target(targetId);
    const connector = this.d.publishing.connector(target);
    const items: TargetVerification['items'] = [];
    for (const receipt of this.d.outbox.latestReceiptsOn(target.id)) {
      if (receipt.kind === 'take-down') continue;
      const problems: string[] = [];
      const local = receipt.signOffId ? this.d.signOffRecord(receipt.articleId, receipt.signOffId) : null;
      if (!local) problems.push('Biên nhận trỏ tới một bản ký duyệt không còn trong máy.');
      else {
        const broken = checkSignOff(local, this.d.signOffChecks());
        if (broken) problems.push(`Bản ký duyệt trong máy không hợp lệ: ${broken}`);
        if (local.contentHash !== receipt.contentHash) problems.push('Mã băm nội dung trong biên nhận khác với bản đã ký.');
        if (approvalFingerprint(local, this.d.hasher) !== receipt.fingerprint) problems.push('Dấu vân tay trong biên nhận không khớp chữ ký trong máy.');
      }
      let remote = null;
      try {
        remote = await connector.read({ remoteId: receipt.remoteId, url: receipt.remoteUrl, status: receipt.remoteStatus, version: receipt.remoteVersion });
      } catch (err) {
        problems.push(`Không đọc được bài trên cổng: ${err instanceof PortalError ? err.vi : String(err)}`);
      }
      if (remote === null && problems.length === 0) problems.push('Bài không còn trên cổng.');
      if (remote) {
        if (this.d.hasher.sha256(remote.html) !== receipt.publishedHtmlHash) problems.push('Nội dung trên cổng đã bị sửa sau khi xuất bản (khác bản đã gửi).');
        if (remote.fingerprint !== null && remote.fingerprint !== receipt.fingerprint) problems.push('Dấu vân tay phê duyệt trên cổng không khớp biên nhận.');
      }
      if (remote?.views != null) this.d.setViewCount(receipt.articleId, remote.views);
      const title = this.d.articles.get(receipt.articleId).title;
      items.push({ articleId: receipt.articleId, title, remoteUrl: receipt.remoteUrl, ok: problems.length === 0, problems, views: remote?.views ?? null });
    }
    return { target: target.name, ok: items.every((i) => i.ok), items };
  }

  /**
   * "Số lượt người đọc": reads each published item back from every enabled portal that counts readers and
   * stores the number on the article. Returns how many articles got a count; unreachable portals are skipped.
   */
  async readViews(): Promise<number> {
    let updated = 0;
    for (const target of this.d.targets.list().filter((t) => !t.disabled && t.type !== 'folder')) {
      const connector = this.d.publishing.connector(target);
      for (const r of this.d.outbox.latestReceiptsOn(target.id)) {
        if (r.kind === 'take-down') continue;
        try {
          const remote = await connector.read({ remoteId: r.remoteId, url: r.remoteUrl, status: r.remoteStatus, version: r.remoteVersion });
          if (remote?.views != null) {
            this.d.setViewCount(r.articleId, remote.views);
            updated += 1;
          }
        } catch (err) {
          if (err instanceof PortalError && (err.kind === 'unreachable' || err.kind === 'auth' || err.kind === 'forbidden')) break;
        }
      }
    }
    return updated;
  }

  /**
   * "Hẹn giờ" → "Đã xuất bản": when the publication date of a scheduled article has passed and its portal
   * shows the item (WordPress published the future post), the article is marked published. Returns how many.
   */
  async settleScheduled(): Promise<number> {
    const now = this.d.clock.now().toISOString();
    let settled = 0;
    for (const target of this.d.targets.list().filter((t) => !t.disabled)) {
      const due = this.d.outbox.latestReceiptsOn(target.id).filter((r) => {
        if (r.kind === 'take-down' || (r.remoteStatus !== 'future' && r.remoteStatus !== 'scheduled')) return false;
        const a = this.d.articles.get(r.articleId);
        return a.status === 'hen_gio' && (a.publishAt ?? now) <= now;
      });
      if (due.length === 0) continue;
      const connector = this.d.publishing.connector(target);
      for (const r of due) {
        let remote = null;
        try {
          remote = await connector.read({ remoteId: r.remoteId, url: r.remoteUrl, status: r.remoteStatus, version: r.remoteVersion });
        } catch {
          break; // the portal is not reachable now: try again at the next run
        }
        if (!remote || remote.status === 'future' || remote.status === 'scheduled') continue;
        const a = this.d.articles.get(r.articleId);
        const description = `Cổng “${target.name}” đã đăng bài theo lịch: ${r.remoteUrl}`;
        this.d.tx.transaction(() =>
          this.d.recorder.record({
            articleId: a.id,
            at: now,
            user: { id: 'he-thong', name: 'Hệ thống' },
            action: 'publish.scheduled.live',
            from: 'hen_gio',
            to: 'da_xuat_ban',
            reason: null,
            commentIds: [],
            description,
            version: a.version,
            auditDetails: { targetId: target.id, remoteId: r.remoteId, remoteStatus: remote.status }
          })
        );
        this.d.events.emit('article.changed', { articleId: a.id, revisionId: a.revisionId, version: a.version, status: 'da_xuat_ban', title: a.title, by: { id: 'he-thong', name: 'Hệ thống' }, at: now, action: 'publish.scheduled.live' });
        settled += 1;
      }
    }
    return settled;
  }
}
