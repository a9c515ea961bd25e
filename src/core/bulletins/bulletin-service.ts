// "Bản tin": numbered issues composed of signed-off articles in sections. The composer saves the whole
// layout at once (date + sections); numbers come from the store and are never reused. The command
// line may compose an issue from any articles ("--articles"): it is then a draft ("BẢN NHÁP").
import type { SessionUser } from '../../shared/accounts';
import { STATUS_LABELS, type Article, type ArticleStatus, type UserRef } from '../../shared/article';
import {
  BULLETIN_READY_STATUSES,
  BULLETIN_ROLES,
  ISO_DAY,
  issueInstant,
  type BulletinArticleRef,
  type BulletinIssue,
  type BulletinIssueView,
  type BulletinSection
} from '../../shared/bulletin';
import { formatDate, toVnLocalInput } from '../../shared/dates';
import { AppError, ErrorCode } from '../../shared/errors';
import { nfc } from '../../shared/text';
import type { ArticleRepository, AuditLog, Clock, IdGenerator, ParsedListQuery, TransactionRunner } from '../ports';
import { bodyImageHashes } from '../publishing/render';
import type { BulletinIssueRepository } from './ports';

export interface BulletinServiceDeps {
  issues: BulletinIssueRepository;
  articles: Pick<ArticleRepository, 'get' | 'list'>;
  audit: AuditLog;
  tx: TransactionRunner;
  clock: Clock;
  ids: IdGenerator;
}

const MAX_SECTIONS = 20;
const MAX_ARTICLES = 120;
const COMPOSERS = new Set<string>(BULLETIN_ROLES);
export const DEFAULT_SECTION = 'Tin tức – Sự kiện';

export interface IssueLayout {
  date: string;
  sections: BulletinSection[];
}

export class BulletinService {
  constructor(private readonly d: BulletinServiceDeps) {}

  list(): BulletinIssueView[] {
    return this.d.issues.list().map((i) => this.view(i));
  }

  get(id: string): BulletinIssueView {
    return this.view(this.issue(id));
  }

  byNumber(n: number): BulletinIssueView {
    const issue = this.d.issues.byNumber(n);
    if (!issue) throw new AppError(ErrorCode.NOT_FOUND, `Không có bản tin Số ${n}.`);
    return this.view(issue);
  }

  /** The issue with its articles, in print order (for the printer). */
  contents(id: string): { issue: BulletinIssueView; sections: { title: string; articles: Article[] }[] } {
    const issue = this.get(id);
    const sections = issue.sections.map((s) => ({ title: s.title, articles: s.articleIds.map((a) => this.article(a)) }));
    return { issue, sections };
  }

  /** Articles the composer may pick: signed off, scheduled or on the portal, newest first. */
  candidates(): BulletinArticleRef[] {
    const out: BulletinArticleRef[] = [];
    for (const status of BULLETIN_READY_STATUSES) {
      const query: ParsedListQuery = { status, sort: 'modifiedAt', direction: 'desc', offset: 0, limit: 500 };
      for (const s of this.d.articles.list(query).items) {
        const a = this.d.articles.get(s.id);
        if (a) out.push(refOf(a));
      }
    }
    return out;
  }

  /** "Tạo số mới": the next number, dated today, with one empty section. */
  create(user: SessionUser, date?: string): BulletinIssueView {
    requireComposer(user);
    return this.insert({ date: date ?? this.today(), sections: [{ title: DEFAULT_SECTION, articleIds: [] }] }, user, 'Tạo');
  }

  /**
   * `bulletin --articles`: a new issue of exactly these articles in this order, whatever their state.
   * Command line only (no contract method): it runs as the workspace's operator, who can open the file anyway.
   */
  composeFrom(articleIds: readonly string[], user: UserRef): BulletinIssueView {
    if (articleIds.length === 0) throw new AppError(ErrorCode.INVALID_INPUT, 'Hãy chọn ít nhất một bài cho bản tin.');
    const sections = [{ title: '', articleIds: [...articleIds] }];
    this.checkArticles(sections, false);
    return this.insert({ date: this.today(), sections }, user, 'Soạn từ danh sách bài');
  }

  save(id: string, layout: IssueLayout, user: SessionUser): BulletinIssueView {
    requireComposer(user);
    const issue = this.issue(id);
    const clean = this.clean(layout);
    // Articles already in the issue may stay even if no longer ready (it stays a draft); new ones must be ready.
    const before = new Set(issue.sections.flatMap((s) => s.articleIds));
    this.checkArticles(clean.sections, true, before);
    const now = this.d.clock.now().toISOString();
    const next: BulletinIssue = { ...issue, ...clean, updatedAt: now, updatedBy: user.name };
    return this.d.tx.transaction(() => {
      this.d.issues.update(next);
      this.record(user, next, 'bulletin.save', `Lưu bản tin Số ${next.number} (${formatDate(issueInstant(next.date))}): ${countOf(next)} bài`);
      return this.view(next);
    });
  }

  private insert(layout: IssueLayout, user: UserRef, verb: string): BulletinIssueView {
    const clean = this.clean(layout);
    const now = this.d.clock.now().toISOString();
    return this.d.tx.transaction(() => {
      const issue: BulletinIssue = { id: this.d.ids.newId(), number: this.d.issues.nextNumber(), ...clean, createdAt: now, createdBy: user.name, updatedAt: now, updatedBy: user.name };
      this.d.issues.insert(issue);
      this.record(user, issue, 'bulletin.create', `${verb} bản tin Số ${issue.number}: ${countOf(issue)} bài`);
      return this.view(issue);
    });
  }

  private clean(layout: IssueLayout): IssueLayout {
    if (!ISO_DAY.test(layout.date) || Number.isNaN(Date.parse(issueInstant(layout.date)))) {
      throw new AppError(ErrorCode.INVALID_INPUT, 'Ngày phát hành không hợp lệ; hãy chọn lại ngày.', { date: 'Ngày phát hành không hợp lệ.' });
    }
    if (layout.sections.length === 0) throw new AppError(ErrorCode.INVALID_INPUT, 'Bản tin cần ít nhất một chuyên mục.');
    if (layout.sections.length > MAX_SECTIONS) throw new AppError(ErrorCode.INVALID_INPUT, `Bản tin có tối đa ${MAX_SECTIONS} chuyên mục.`);
    const sections = layout.sections.map((s) => ({ title: nfc(s.title).replace(/\s+/g, ' ').trim(), articleIds: [...s.articleIds] }));
    const all = sections.flatMap((s) => s.articleIds);
    if (all.length > MAX_ARTICLES) throw new AppError(ErrorCode.INVALID_INPUT, `Một số bản tin có tối đa ${MAX_ARTICLES} bài.`);
    const seen = new Set<string>();
    for (const id of all) {
      if (seen.has(id)) throw new AppError(ErrorCode.INVALID_INPUT, `Bài "${this.article(id).title}" có hai lần trong bản tin; mỗi bài chỉ đặt một lần.`);
      seen.add(id);
    }
    return { date: layout.date, sections };
  }

  private checkArticles(sections: BulletinSection[], readyOnly: boolean, kept: ReadonlySet<string> = new Set()): void {
    for (const id of sections.flatMap((s) => s.articleIds)) {
      const a = this.article(id);
      if (readyOnly && !kept.has(id) && !isReady(a.status)) {
        throw new AppError(
          ErrorCode.INVALID_INPUT,
          `Bài "${a.title.trim() || 'chưa có tiêu đề'}" đang ở trạng thái "${STATUS_LABELS[a.status]}": chỉ đưa vào bản tin bài đã duyệt hoặc đã xuất bản.`
        );
      }
    }
  }

  private view(issue: BulletinIssue): BulletinIssueView {
    const articles = issue.sections.flatMap((s) => s.articleIds).map((id) => {
      const a = this.d.articles.get(id);
      return a ? refOf(a) : { id, title: '(bài đã bị xoá)', status: 'nhap' as ArticleStatus, category: '', author: '', words: 0, images: 0, ready: false };
    });
    return { ...issue, articles, draft: articles.some((a) => !a.ready) };
  }

  private issue(id: string): BulletinIssue {
    const issue = this.d.issues.get(id);
    if (!issue) throw new AppError(ErrorCode.NOT_FOUND, 'Không tìm thấy số bản tin này; có thể đường dẫn không đúng.');
    return issue;
  }

  private article(id: string): Article {
    const a = this.d.articles.get(id);
    if (!a) throw new AppError(ErrorCode.NOT_FOUND, `Không tìm thấy bài viết ${id}.`);
    return a;
  }

  /** Today's date in Viet Nam, yyyy-MM-dd. */
  private today(): string {
    return toVnLocalInput(this.d.clock.now().toISOString()).slice(0, 10);
  }

  private record(user: UserRef, issue: BulletinIssue, action: string, description: string): void {
    this.d.audit.append({
      at: this.d.clock.now().toISOString(),
      user: { id: user.id, name: user.name },
      action,
      articleId: null,
      description,
      details: { issueId: issue.id, number: issue.number, date: issue.date, sections: issue.sections }
    });
  }
}

function requireComposer(user: SessionUser): void {
  if (!user.roles.some((r) => COMPOSERS.has(r))) {
    throw new AppError(ErrorCode.FORBIDDEN, 'Chỉ biên tập viên, thành viên, thư ký và lãnh đạo Ban biên tập mới được soạn bản tin.');
  }
}

function isReady(status: ArticleStatus): boolean {
  return BULLETIN_READY_STATUSES.includes(status);
}

function refOf(a: Article): BulletinArticleRef {
  const images = bodyImageHashes(a.body).length + (a.imageHash ? 1 : 0);
  return { id: a.id, title: a.title, status: a.status, category: a.category, author: a.author, words: a.wordCount, images, ready: isReady(a.status) };
}

function countOf(issue: BulletinIssue): number {
  return issue.sections.reduce((n, s) => n + s.articleIds.length, 0);
}
