// What royalties need from storage: effective-dated settings, append-only decisions and period events,
// and when each published article was first published.
import type { UserRef } from '../../shared/article';
import type { RoyaltyDecision, RoyaltyReport, RoyaltySettingsFields } from '../../shared/royalties';

export interface StoredRoyaltySettings extends RoyaltySettingsFields {
  id: string;
  effectiveFrom: string;
  createdAt: string;
  createdBy: string;
}

export interface RoyaltySettingsRepository {
  insert(version: StoredRoyaltySettings): void;
  /** All versions, newest effectiveFrom first. */
  list(): StoredRoyaltySettings[];
  /** The version in force at the instant (latest effectiveFrom ≤ at), or null. */
  at(iso: string): StoredRoyaltySettings | null;
}

/** A decision as stored: with the month it is paid in and the publication it was made for. */
export interface StoredRoyaltyDecision extends RoyaltyDecision {
  /** "2026-11": month of the first publication in Viet Nam time. */
  month: string;
  publishedAt: string;
  /** The article's type when decided (the range was chosen for it). */
  articleType: string;
}

export interface RoyaltyDecisionRepository {
  insert(decision: StoredRoyaltyDecision): void;
  /** The article's newest decision, or null. */
  latest(articleId: string): StoredRoyaltyDecision | null;
  /** The newest decision of every article paid in one of these months. */
  latestInMonths(months: readonly string[]): StoredRoyaltyDecision[];
}

export interface RoyaltyPeriodEvent {
  id: string;
  /** "2026-11" or "2026-Q4". */
  period: string;
  action: 'close' | 'reopen';
  at: string;
  user: UserRef;
  reason: string;
}

export interface RoyaltyPeriodRepository {
  append(event: RoyaltyPeriodEvent): void;
  /** The period's newest event, or null when it was never closed. */
  latest(period: string): RoyaltyPeriodEvent | null;
}

export interface PublishedArticle {
  articleId: string;
  /** First publication (UTC ISO). */
  publishedAt: string;
}

/**
 * When articles were first published: the earliest "publish" receipt; for an article marked Đã xuất bản
 * without any receipt (published outside the app, sample data), its Ngày xuất bản.
 */
export interface PublicationDates {
  /** Published articles whose first publication is in [fromUtc, toUtc). */
  publishedBetween(fromUtc: string, toUtc: string): PublishedArticle[];
  /** The article's first publication, or null when it was never published. */
  firstPublished(articleId: string): string | null;
}

/** Writes the report as an .xlsx workbook (exceljs in main). */
export interface RoyaltyWorkbookWriter {
  write(report: RoyaltyReport): Promise<Uint8Array>;
}
