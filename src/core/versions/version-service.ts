// Versions of an article: the timeline, read-only snapshots, "Lưu phiên bản", "Khôi phục" (as a new
// version through ArticleService, so edit rules, locks and sign-off voiding apply) and the
// admin's retention policy for autosaves.
import { fieldsOf, userRefOf, type Article, type UserRef } from '../../shared/article';
import type { SessionUser } from '../../shared/accounts';
import { AppError, ErrorCode } from '../../shared/errors';
import { nfc } from '../../shared/text';
import type { RetentionPolicy, VersionInfo } from '../../shared/versions';
import { requireAdmin } from '../accounts/account-service';
import type { ArticleService } from '../articles/article-service';
import type { AuditLog, Clock, HistoryRepository, IdGenerator, TransactionRunner } from '../ports';
import type { VersionRepository } from './ports';
import { revisionsToThin } from './retention';

export interface VersionServiceDeps {
  versions: VersionRepository;
  articles: ArticleService;
  history: HistoryRepository;
  audit: AuditLog;
  tx: TransactionRunner;
  clock: Clock;
  ids: IdGenerator;
}

const VERSION_NOT_FOUND = 'Không tìm thấy phiên bản này của bài viết. Hãy mở lại danh sách “Phiên bản” để chọn phiên bản khác.';
const SAME_AS_CURRENT = 'Phiên bản này giống hệt nội dung hiện tại của bài viết, nên không cần khôi phục.';

export class VersionService {
  constructor(private readonly d: VersionServiceDeps) {}

  list(articleId: string): VersionInfo[] {
    this.d.articles.get(articleId);
    return this.d.versions.timeline(articleId);
  }

  /** The full Article as it was in `versionId` (any version id from `list`, or a revision id); read-only. */
  get(articleId: string, versionId: string): Article {
    return this.snapshotOf(articleId, versionId).article;
  }

  /** "Lưu phiên bản": names the current revision; kept forever by retention. */
  saveNamed(articleId: string, note: string, user: UserRef): VersionInfo {
    const article = this.d.articles.get(articleId);
    const text = nfc(note).trim();
    const at = this.d.clock.now().toISOString();
    const id = this.d.ids.newId();
    const description = text ? `Lưu phiên bản ${article.version}: ${text}` : `Lưu phiên bản ${article.version}`;
    this.d.tx.transaction(() => {
      this.d.versions.mark({ id, articleId, revisionId: article.revisionId, kind: 'named', note: text, status: article.status, at, user: userRefOf(user) });
      this.d.history.append(articleId, { id: this.d.ids.newId(), at, user: userRefOf(user), action: 'version.named', description, version: article.version });
      this.d.audit.append({ at, user: userRefOf(user), action: 'version.named', articleId, description, details: { revisionId: article.revisionId, note: text } });
    });
    return this.infoOf(articleId, id);
  }

  /**
   * "Khôi phục": saves the old version's content as a NEW version on top of the current one. Refused
   * like any edit the user may not make; voids a sign-off like any edit. The attachment list becomes the
   * old version's too (media files are content-addressed and never deleted), in the same new version.
   */
  restore(articleId: string, versionId: string, user: UserRef): Article {
    const { article: old, number } = this.snapshotOf(articleId, versionId);
    const current = this.d.articles.get(articleId);
    if (old.contentHash === current.contentHash) throw new AppError(ErrorCode.CONFLICT, SAME_AS_CURRENT);
    const description = `Khôi phục từ phiên bản ${number}`;
    return this.d.tx.transaction(() => {
      const saved = this.d.articles.saveWithAttachments(articleId, current.revisionId, fieldsOf(old), old.attachments, user);
      const at = this.d.clock.now().toISOString();
      this.d.versions.mark({ id: this.d.ids.newId(), articleId, revisionId: saved.revisionId, kind: 'restore', note: description, status: saved.status, at, user: userRefOf(user) });
      this.d.history.append(articleId, { id: this.d.ids.newId(), at, user: userRefOf(user), action: 'version.restore', description, version: saved.version });
      this.d.audit.append({ at, user: userRefOf(user), action: 'version.restore', articleId, description, details: { fromVersion: number, fromRevisionId: old.revisionId, revisionId: saved.revisionId } });
      return saved;
    });
  }

  retention(actor: SessionUser): RetentionPolicy {
    requireAdmin(actor, 'xem chính sách lưu giữ phiên bản');
    return this.d.versions.retention();
  }

  saveRetention(actor: SessionUser, next: RetentionPolicy): RetentionPolicy {
    requireAdmin(actor, 'thay đổi chính sách lưu giữ phiên bản');
    const before = this.d.versions.retention();
    const saved: RetentionPolicy = { keepAllHours: next.keepAllHours, hourlyForDays: next.hourlyForDays };
    this.d.tx.transaction(() => {
      this.d.versions.saveRetention(saved);
      this.d.audit.append({
        at: this.d.clock.now().toISOString(),
        user: userRefOf(actor),
        action: 'version.retention.save',
        articleId: null,
        description: `Thay đổi chính sách lưu giữ bản lưu tự động: giữ tất cả trong ${saved.keepAllHours} giờ, sau đó mỗi giờ một bản đến ${saved.hourlyForDays} ngày, rồi mỗi ngày một bản`,
        details: { before, after: saved }
      });
    });
    return saved;
  }

  /** "Dọn bản lưu cũ ngay": the administrator runs retention now instead of waiting for the background job. */
  applyRetentionNow(actor: SessionUser): { revisions: number; chunks: number } {
    requireAdmin(actor, 'dọn bản lưu tự động cũ');
    return this.applyRetention(actor);
  }

  /**
   * Thins autosave revisions of every article per the retention policy (see retention.ts): their
   * timeline entries and content go, their revision rows stay; each article's thinning is one
   * transaction with an audit entry. `user` is null when the app runs it on its own.
   */
  applyRetention(user: UserRef | null = null): { revisions: number; chunks: number } {
    let revisions = 0;
    let chunks = 0;
    for (const articleId of this.articlesForRetention()) {
      const done = this.applyRetentionTo(articleId, user);
      revisions += done.revisions;
      chunks += done.chunks;
    }
    return { revisions, chunks };
  }

  /** The articles `applyRetention` goes through (the background job takes them one at a time). */
  articlesForRetention(): string[] {
    return this.d.versions.articleIds();
  }

  /** `applyRetention` for one article. */
  applyRetentionTo(articleId: string, user: UserRef | null): { revisions: number; chunks: number } {
    const policy = this.d.versions.retention();
    const now = this.d.clock.now();
    const thin = revisionsToThin(this.d.versions.retentionStamps(articleId), policy, now);
    if (thin.length === 0) return { revisions: 0, chunks: 0 };
    return this.d.tx.transaction(() => {
      const at = now.toISOString();
      const chunks = this.d.versions.prune(articleId, thin, at, user ? userRefOf(user) : null);
      this.d.audit.append({
        at,
        user: user ? userRefOf(user) : null,
        action: 'version.prune',
        articleId,
        description: `Lược bớt ${thin.length} bản lưu tự động cũ theo chính sách lưu giữ`,
        details: { revisionIds: thin, policy }
      });
      return { revisions: thin.length, chunks };
    });
  }

  private snapshotOf(articleId: string, versionId: string): { article: Article; number: number } {
    this.d.articles.get(articleId);
    const found = this.d.versions.resolve(articleId, versionId);
    const article = found ? this.d.versions.snapshot(found.revisionId) : null;
    if (!found || !article) throw new AppError(ErrorCode.NOT_FOUND, VERSION_NOT_FOUND);
    return { article, number: found.number };
  }

  private infoOf(articleId: string, versionId: string): VersionInfo {
    const info = this.d.versions.timeline(articleId).find((v) => v.id === versionId);
    if (!info) throw new AppError(ErrorCode.NOT_FOUND, VERSION_NOT_FOUND);
    return info;
  }
}


