// Workflow state changes and transition events over SQLite, and the queries behind "Việc của tôi".
import type Database from 'better-sqlite3';
import type { WorkflowEvent, WorkflowRepository } from '../../../core/workflow/ports';
import type { ArticleStatus, ArticleSummary } from '../../../shared/article';
import { SUMMARY_COLUMNS, type SummaryRow } from './article-rows';
import { ArticleSummaries } from './article-summaries';

interface EventRow {
  id: string;
  article_id: string;
  at: string;
  user_id: string;
  user_name: string;
  action: string;
  from_status: ArticleStatus;
  to_status: ArticleStatus;
  reason: string | null;
  comment_ids: string | null;
}

export class SqliteWorkflowRepository implements WorkflowRepository {
  private readonly summaries: ArticleSummaries;

  constructor(private readonly db: Database.Database) {
    this.summaries = new ArticleSummaries(db);
  }

  setStatus(articleId: string, status: ArticleStatus): void {
    this.db.prepare('UPDATE articles SET status = ? WHERE id = ?').run(status, articleId);
  }

  appendEvent(e: WorkflowEvent): void {
    this.db
      .prepare(
        'INSERT INTO workflow_events (id, article_id, at, user_id, user_name, action, from_status, to_status, reason, comment_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
      )
      .run(e.id, e.articleId, e.at, e.user.id, e.user.name, e.action, e.from, e.to, e.reason, e.commentIds.length ? JSON.stringify(e.commentIds) : null);
  }

  lastEvent(articleId: string, action: string): WorkflowEvent | null {
    const r = this.db
      .prepare('SELECT * FROM workflow_events WHERE article_id = ? AND action = ? ORDER BY id DESC LIMIT 1')
      .get(articleId, action) as EventRow | undefined;
    return r
      ? {
          id: r.id,
          articleId: r.article_id,
          at: r.at,
          user: { id: r.user_id, name: r.user_name },
          action: r.action,
          from: r.from_status,
          to: r.to_status,
          reason: r.reason,
          commentIds: r.comment_ids ? (JSON.parse(r.comment_ids) as string[]) : []
        }
      : null;
  }

  inStates(statuses: readonly ArticleStatus[], createdBy: string | null, limit: number): ArticleSummary[] {
    const marks = statuses.map(() => '?').join(', ');
    const byCreator = createdBy === null ? '' : 'AND a.created_by = ?';
    const params: (string | number)[] = [...statuses, ...(createdBy === null ? [] : [createdBy]), limit];
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.status IN (${marks}) ${byCreator} ORDER BY a.modified_at DESC, a.id DESC LIMIT ?`)
      .all(...params) as SummaryRow[];
    return this.summaries.of(rows);
  }
}
