// Article summaries of a list page: the row's columns plus its open comment threads, counted in one
// indexed query for the page's ids only (never for every row the filter matches).
import type Database from 'better-sqlite3';
import type { ArticleSummary } from '../../../shared/article';
import { toSummary, type SummaryRow } from './article-rows';

/**
 * Open threads per article of a JSON array of ids: a thread is open while its latest resolve/reopen
 * event (if any) is not a resolve.
 */
export const OPEN_COMMENT_COUNTS = `
  SELECT t.article_id AS id, count(*) AS n FROM comment_threads t
  WHERE t.article_id IN (SELECT value FROM json_each(?))
    AND coalesce((SELECT e.action FROM comment_thread_events e WHERE e.thread_id = t.id ORDER BY e.id DESC LIMIT 1), '') <> 'resolve'
  GROUP BY t.article_id`;

export class ArticleSummaries {
  private readonly openCounts: Database.Statement<[string], { id: string; n: number }>;

  constructor(db: Database.Database) {
    this.openCounts = db.prepare(OPEN_COMMENT_COUNTS);
  }

  of(rows: SummaryRow[]): ArticleSummary[] {
    const open = rows.length ? new Map(this.openCounts.all(JSON.stringify(rows.map((r) => r.id))).map((r) => [r.id, r.n])) : new Map<string, number>();
    return rows.map((r) => toSummary(r, open.get(r.id) ?? 0));
  }
}
