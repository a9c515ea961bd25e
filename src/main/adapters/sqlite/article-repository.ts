// ArticleRepository over SQLite: immutable revisions, a current row per article, FTS5 search.
import type Database from 'better-sqlite3';
import type { ArticleRepository, ParsedListQuery } from '../../../core/ports';
import type { Article, ListPage, SearchHit, SortKey } from '../../../shared/article';
import type { Facets } from '../../../shared/contract';
import { AppError, ErrorCode } from '../../../shared/errors';
import { compareVi } from '../../../shared/text';
import {
  ARTICLE_SELECT,
  REVISION_COLUMNS,
  SUMMARY_COLUMNS,
  currentRowParams,
  revisionParams,
  toArticle,
  type ArticleRow,
  type SummaryRow
} from './article-rows';
import { ArticleSearch } from './article-search';
import { ArticleSummaries } from './article-summaries';
import { RevisionStore } from './revision-store';
import { toUtcIso } from './time';

const CURRENT_COLUMNS = [
  'current_revision_id', 'version', 'status', 'title', 'title_key', 'author', 'author_key', 'category', 'article_type',
  'featured', 'publish_at', 'publish_utc', 'image_hash', 'word_count', 'view_count', 'modified_at', 'modified_by', 'modified_by_name', 'body_text'
];

/** ORDER BY for each sort key; every one ends with id so pages are stable. */
const ORDER: Record<SortKey, (dir: 'ASC' | 'DESC') => string> = {
  modifiedAt: (d) => `a.modified_at ${d}, a.id ${d}`,
  createdAt: (d) => `a.created_at ${d}, a.id ${d}`,
  publishAt: (d) => `a.publish_utc ${d}, a.id ${d}`,
  title: (d) => `a.title_key ${d}, a.id ${d}`,
  author: (d) => `a.author_key ${d}, a.id ${d}`,
  status: (d) => `a.status ${d}, a.modified_at ${d}, a.id ${d}`
};

export class SqliteArticleRepository implements ArticleRepository {
  private readonly search_: ArticleSearch;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly insertCurrent: Database.Statement;
  private readonly insertRevision: Database.Statement;
  private readonly texts: RevisionStore;
  private readonly updateCurrent: Database.Statement;
  private readonly current: Database.Statement<[string], { doc_no: number; current_revision_id: string }>;
  private readonly byId: Database.Statement<[string], ArticleRow>;
  private readonly summaries: ArticleSummaries;

  constructor(private readonly db: Database.Database) {
    this.search_ = new ArticleSearch(db);
    const allCurrent = ['id', ...CURRENT_COLUMNS, 'created_at', 'created_by', 'created_by_name'];
    this.insertCurrent = db.prepare(
      `INSERT INTO articles (${allCurrent.join(', ')}) VALUES (${allCurrent.map((c) => '@' + c).join(', ')})`
    );
    this.insertRevision = db.prepare(
      `INSERT INTO article_revisions (${REVISION_COLUMNS.join(', ')}) VALUES (${REVISION_COLUMNS.map((c) => '@' + c).join(', ')})`
    );
    this.texts = new RevisionStore(db);
    this.updateCurrent = db.prepare(`UPDATE articles SET ${CURRENT_COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`);
    this.current = db.prepare('SELECT doc_no, current_revision_id FROM articles WHERE id = ?');
    this.byId = db.prepare(`${ARTICLE_SELECT} WHERE a.id = ?`);
    this.summaries = new ArticleSummaries(db);
  }

  insert(article: Article): void {
    this.atomically(() => {
      const { lastInsertRowid } = this.insertCurrent.run(currentRowParams(article));
      this.appendRevision(article, null);
      this.search_.index(Number(lastInsertRowid), article.title, article.summary, article.bodyText, false);
    });
  }

  update(article: Article, expectedRevisionId: string): void {
    this.atomically(() => {
      const row = this.current.get(article.id);
      if (!row) throw new AppError(ErrorCode.NOT_FOUND, 'Không tìm thấy bài viết. Có thể bài đã bị xóa khỏi không gian làm việc này.');
      if (row.current_revision_id !== expectedRevisionId) {
        throw new AppError(
          ErrorCode.CONFLICT,
          'Bài viết đã được lưu ở nơi khác (cửa sổ hoặc máy khác) sau khi bạn mở. Hãy tải lại bài viết để xem bản mới nhất rồi sửa tiếp.'
        );
      }
      this.appendRevision(article, expectedRevisionId);
      const { created_at: _a, created_by: _b, created_by_name: _c, ...current } = currentRowParams(article);
      this.updateCurrent.run(current);
      this.search_.index(row.doc_no, article.title, article.summary, article.bodyText, true);
    });
  }

  private appendRevision(article: Article, prevRevisionId: string | null): void {
    this.insertRevision.run(revisionParams(article, prevRevisionId));
    this.texts.write(article.id, article.revisionId, prevRevisionId, article.body.json, article.bodyText);
  }

  get(id: string): Article | null {
    const row = this.byId.get(id);
    return row ? toArticle(row, this.texts) : null;
  }

  /**
   * One page of the list. The page's rows are found by scanning only the sort's index for their
   * doc_no (no table row is read for the rows skipped by the offset), from whichever end of the
   * order is nearer, and only the page's own rows are then read. The total and the page come from
   * the same read transaction.
   */
  list(query: ParsedListQuery): ListPage {
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    const filter = (column: string, name: keyof ParsedListQuery, op = '=', map = (v: string) => v) => {
      const value = query[name];
      if (typeof value !== 'string') return;
      where.push(`a.${column} ${op} @${name}`);
      params[name] = map(value);
    };
    filter('status', 'status');
    filter('category', 'category');
    filter('article_type', 'articleType');
    filter('author', 'author');
    filter('list_date', 'from', '>=', toUtcIso);
    filter('list_date', 'to', '<=', toUtcIso);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const direction = query.direction === 'asc' ? 'ASC' : 'DESC';
    return this.reading(() => {
      const total = (this.statement(`SELECT count(*) AS n FROM articles a ${whereSql}`).get(params) as { n: number }).n;
      const window = scanWindow(total, query.offset, query.limit);
      if (!window) return { total, items: [] };
      const scanDirection = window.fromEnd ? (direction === 'ASC' ? 'DESC' : 'ASC') : direction;
      const rows = this.statement(
        `SELECT ${SUMMARY_COLUMNS}
         FROM (SELECT a.doc_no FROM articles a ${whereSql} ORDER BY ${ORDER[query.sort](scanDirection)} LIMIT @limit OFFSET @offset) p
         CROSS JOIN articles a ON a.doc_no = p.doc_no
         ORDER BY ${ORDER[query.sort](direction)}`
      ).all({ ...params, limit: window.limit, offset: window.offset }) as SummaryRow[];
      return { total, items: this.summaries.of(rows) };
    });
  }

  facets(): Facets {
    const distinct = (column: string) =>
      (this.statement(`SELECT DISTINCT ${column} AS v FROM articles WHERE ${column} <> ''`).all() as { v: string }[])
        .map((r) => r.v)
        .sort(compareVi);
    return { authors: distinct('author'), categories: distinct('category'), articleTypes: distinct('article_type') };
  }

  search(query: string, limit: number): SearchHit[] {
    return this.search_.search(query, limit);
  }

  count(): number {
    return (this.statement('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  setViewCount(id: string, count: number): void {
    this.statement('UPDATE articles SET view_count = ? WHERE id = ? AND view_count <> ?').run(count, id, count);
  }

  /**
   * Runs `fn` in a transaction, or directly inside the caller's. A nested savepoint would make FTS5
   * flush its pending index data on every call, which makes bulk imports quadratic. If `fn` throws
   * inside a caller's transaction, the caller's transaction must be rolled back (TransactionRunner does).
   */
  private atomically(fn: () => void): void {
    if (this.db.inTransaction) fn();
    else this.db.transaction(fn)();
  }

  /** Runs `fn` in a read transaction (one snapshot), or directly inside the caller's transaction. */
  private reading<T>(fn: () => T): T {
    return this.db.inTransaction ? fn() : this.db.transaction(fn)();
  }

  /** Prepared once per distinct SQL text (a handful of filter/sort combinations). */
  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }
}

/**
 * Where to scan for rows [offset, offset + limit) of `total` rows in order: from the start, or, when
 * the page is nearer the end, backwards from the end (the same rows, found in reverse order; every
 * ORDER ends with the unique id, so the reverse order is exact). Scanning past `offset` index
 * entries is the cost of a page, so this halves the worst case. Null when the page is empty.
 */
export function scanWindow(total: number, offset: number, limit: number): { offset: number; limit: number; fromEnd: boolean } | null {
  const end = Math.min(total, offset + limit);
  if (end <= offset) return null;
  const fromEnd = total - end < offset;
  return { offset: fromEnd ? total - end : offset, limit: end - offset, fromEnd };
}
