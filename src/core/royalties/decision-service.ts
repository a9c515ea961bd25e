// Per-article royalty decisions: the approver (the settings' decider roles) sets the coefficient within
// the type's range, confirms the photos and names who is paid and how it is split. The amounts are
// computed with the settings in force on the first publication, stored with the decision (append-only;
// the newest per article applies) and written to the article's "Lịch sử" and the audit log together.
// A decision can change only while the article's month and quarter are open.
import type { Role, SessionUser } from '../../shared/accounts';
import { userRefOf, type Article } from '../../shared/article';
import { formatDate } from '../../shared/dates';
import { AppError, ErrorCode } from '../../shared/errors';
import type { RoyaltyAccess, RoyaltyAmounts, RoyaltyArticle, RoyaltyArticleRow, RoyaltyDecisionView, RoyaltySettingsVersion } from '../../shared/royalties';
import { compareVi, nfc } from '../../shared/text';
import type { AccountRepository, AuditLog, Clock, HistoryRepository, IdGenerator, TransactionRunner } from '../ports';
import { canDecide, requireDecider, requireReader, royaltyAccess } from './access';
import { calculateRoyalty, rangeOf, type DecisionValues } from './calculation';
import { canonicalDecimal, showDecimal } from './decimal';
import { EXAMPLE_ROYALTY_SETTINGS } from './example-table';
import type { PeriodBook } from './period-book';
import { monthOf, parsePeriod, periodRange } from './periods';
import type { PublicationDates, RoyaltyDecisionRepository, StoredRoyaltyDecision } from './ports';
import type { RoyaltySettingsService } from './settings-service';
import { formatDong } from './vnd';

export interface DecisionServiceDeps {
  settings: RoyaltySettingsService;
  decisions: RoyaltyDecisionRepository;
  periods: PeriodBook;
  publications: PublicationDates;
  articles: { get(id: string): Article };
  accounts: Pick<AccountRepository, 'list'>;
  history: HistoryRepository;
  audit: AuditLog;
  tx: TransactionRunner;
  clock: Clock;
  ids: IdGenerator;
}

/** A decision's input as the contract parses it (note defaults to ''). */
export type DecisionInput = DecisionValues & { note: string };

export class DecisionService {
  constructor(private readonly d: DecisionServiceDeps) {}

  /** Who decides now: the current table's roles (Trưởng ban before any table is saved). */
  deciderRoles(): readonly Role[] {
    return this.d.settings.current()?.deciderRoles ?? EXAMPLE_ROYALTY_SETTINGS.deciderRoles;
  }

  /** What `user` may do with royalties now (the screens ask this instead of repeating the rules). */
  access(user: SessionUser): RoyaltyAccess {
    return royaltyAccess(user, this.deciderRoles());
  }

  /** Published articles of a month or quarter with their decision state, oldest publication first. */
  articles(period: string, user: SessionUser): RoyaltyArticleRow[] {
    requireReader(user, this.deciderRoles());
    return this.publishedIn(period).map((a) => {
      const decision = this.d.decisions.latest(a.id);
      return { ...a, decided: decision !== null, total: decision?.amounts.total ?? null };
    });
  }

  /** Published articles of the period (no permission check: for reports built by the core). */
  publishedIn(period: string): RoyaltyArticle[] {
    const { fromUtc, toUtc } = periodRange(parsePeriod(period));
    return this.d.publications
      .publishedBetween(fromUtc, toUtc)
      .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
      .map((p) => this.royaltyArticle(this.d.articles.get(p.articleId), p.publishedAt));
  }

  view(articleId: string, user: SessionUser): RoyaltyDecisionView {
    const deciders = this.deciderRoles();
    requireReader(user, deciders);
    const article = this.published(articleId);
    const settings = this.d.settings.at(article.publishedAt);
    const range = settings ? rangeOf(settings, article.articleType) : null;
    const decision = this.d.decisions.latest(articleId);
    const closed = this.d.periods.isMonthClosed(article.month);
    return {
      article,
      settings,
      range,
      decision,
      proposal: settings && range ? this.proposal(article, settings, range.min) : null,
      editable: !closed,
      canDecide: canDecide(user, deciders),
      blocked: closed ? closedMessage(article) : !settings ? noSettingsMessage(article) : !range ? noTypeMessage(article) : null
    };
  }

  preview(articleId: string, input: DecisionInput, user: SessionUser): RoyaltyAmounts {
    requireDecider(user, this.deciderRoles());
    const article = this.published(articleId);
    return calculateRoyalty(this.settingsFor(article), article.articleType, input);
  }

  save(articleId: string, input: DecisionInput, user: SessionUser): RoyaltyDecisionView {
    requireDecider(user, this.deciderRoles());
    const article = this.published(articleId);
    if (this.d.periods.isMonthClosed(article.month)) throw new AppError(ErrorCode.CONFLICT, closedMessage(article));
    const settings = this.settingsFor(article);
    const amounts = calculateRoyalty(settings, article.articleType, input);
    const clean = {
      coefficient: canonicalDecimal(input.coefficient, 'Hệ số'),
      newsPhotos: input.newsPhotos,
      artPhotos: input.artPhotos,
      newsPhotoCoefficient: canonicalDecimal(input.newsPhotoCoefficient, 'Hệ số ảnh thời sự'),
      artPhotoCoefficient: canonicalDecimal(input.artPhotoCoefficient, 'Hệ số ảnh nghệ thuật'),
      extras: [...new Set(input.extras)],
      payees: amounts.payees.map(({ amount: _amount, ...p }) => p),
      note: nfc(input.note).trim()
    };
    const at = this.d.clock.now().toISOString();
    const decision: StoredRoyaltyDecision = {
      id: this.d.ids.newId(),
      articleId,
      input: clean,
      settingsVersionId: settings.id,
      amounts,
      decidedAt: at,
      decidedBy: userRefOf(user),
      month: article.month,
      publishedAt: article.publishedAt,
      articleType: article.articleType
    };
    const previous = this.d.decisions.latest(articleId);
    const description = describeDecision(decision, previous !== null);
    const version = this.d.articles.get(articleId).version;
    this.d.tx.transaction(() => {
      this.d.decisions.insert(decision);
      const historyId = this.d.ids.newId();
      this.d.history.append(articleId, { id: historyId, at, user: decision.decidedBy, action: 'royalty.decide', description, version });
      this.d.audit.append({
        at,
        user: decision.decidedBy,
        action: 'royalty.decide',
        articleId,
        description,
        details: { decisionId: decision.id, historyId, settingsVersionId: settings.id, total: amounts.total, ...(previous ? { replaces: previous.id } : {}) }
      });
    });
    return this.view(articleId, user);
  }

  /** Active accounts that can be named as payees, in Vietnamese order. */
  people(user: SessionUser): { id: string; name: string }[] {
    requireReader(user, this.deciderRoles());
    return this.d.accounts
      .list()
      .filter((a) => !a.disabled)
      .map((a) => ({ id: a.id, name: a.fullName }))
      .sort((a, b) => compareVi(a.name, b.name));
  }

  private published(articleId: string): RoyaltyArticle {
    const article = this.d.articles.get(articleId);
    const publishedAt = this.d.publications.firstPublished(articleId);
    if (!publishedAt) throw new AppError(ErrorCode.CONFLICT, 'Bài viết chưa được xuất bản nên chưa tính nhuận bút.');
    return this.royaltyArticle(article, publishedAt);
  }

  private royaltyArticle(a: Article, publishedAt: string): RoyaltyArticle {
    return { id: a.id, title: a.title, articleType: a.articleType, author: a.author, photoCount: a.photoCount.value, publishedAt, month: monthOf(publishedAt) };
  }

  private settingsFor(article: RoyaltyArticle): RoyaltySettingsVersion {
    const settings = this.d.settings.at(article.publishedAt);
    if (!settings) throw new AppError(ErrorCode.CONFLICT, noSettingsMessage(article));
    return settings;
  }

  /** The form's starting point: the type's minimum, the article's photo count as news photos, its byline as author. */
  private proposal(article: RoyaltyArticle, settings: RoyaltySettingsVersion, min: string): DecisionInput {
    const byline = nfc(article.author).trim() || 'Ban biên tập';
    const account = this.d.accounts.list().find((a) => !a.disabled && nfc(a.fullName).toLocaleLowerCase('vi') === byline.toLocaleLowerCase('vi'));
    const person = { userId: account?.id ?? null, name: byline };
    return {
      coefficient: min,
      newsPhotos: Math.min(article.photoCount, 500),
      artPhotos: 0,
      newsPhotoCoefficient: settings.photos.news.min,
      artPhotoCoefficient: settings.photos.art.min,
      extras: [],
      payees: [{ ...person, part: 'text', sharePercent: '100' }, ...(article.photoCount > 0 ? [{ ...person, part: 'photo' as const, sharePercent: '100' }] : [])],
      note: ''
    };
  }
}

function describeDecision(d: StoredRoyaltyDecision, changed: boolean): string {
  const photos = d.input.newsPhotos + d.input.artPhotos;
  const split = d.amounts.payees.map((p) => `${p.name} ${formatDong(p.amount)}`).join('; ');
  return `${changed ? 'Sửa quyết định' : 'Quyết định'} nhuận bút: hệ số ${showDecimal(d.input.coefficient)}${photos > 0 ? `, ${photos} ảnh` : ''}; tổng ${formatDong(d.amounts.total)} (${split})`;
}

function closedMessage(a: RoyaltyArticle): string {
  const [y, m] = a.month.split('-');
  return `Kỳ nhuận bút tháng ${Number(m)}/${y} (hoặc quý của tháng đó) đã chốt: quyết định nhuận bút của bài này không sửa được nữa.`;
}

function noSettingsMessage(a: RoyaltyArticle): string {
  return `Chưa có bảng nhuận bút áp dụng cho ngày xuất bản ${formatDate(a.publishedAt)}: Quản trị cần lưu bảng hệ số (Cài đặt › Nhuận bút) có hiệu lực từ ngày đó trở về trước.`;
}

function noTypeMessage(a: RoyaltyArticle): string {
  return `Loại bài viết “${a.articleType || '(chưa chọn)'}” chưa có trong bảng hệ số nhuận bút; hãy chọn loại bài viết hoặc bổ sung bảng hệ số.`;
}
