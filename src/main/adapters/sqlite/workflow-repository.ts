// Workflow state changes and transition events over SQLite, and the queries behind "Việc của tôi".
import type Database from 'better-sqlite3';
import type { WorkflowEvent, WorkflowRepository } from '../../../core/workflow/ports';
import type { ArticleStatus, ArticleSummary } from '../../../shared/article';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './article-rows';

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
}

export class SqliteWorkflowRepository implements WorkflowRepository {
  constructor(private readonly db: Database.Database) {}

  setStatus(articleId: string, status: ArticleStatus): void {
    this.db.prepare('UPDATE articles SET status = ? WHERE id = ?').run(status, articleId);
  }

  appendEvent(e: WorkflowEvent): void {
    this.db
      .prepare(
        'INSERT INTO workflow_events (id, article_id, at, user_id, user_name, action, from_status, to_status, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
      )
      .run(e.id, e.articleId, e.at, e.user.id, e.user.name, e.action, e.from, e.to, e.reason);
  }

  lastEvent(articleId: string, action: string): WorkflowEvent | null {
    const r = this.db
      .prepare('SELECT * FROM workflow_events WHERE article_id = ? AND action = ? ORDER BY id DESC LIMIT 1')
      .get(articleId, action) as EventRow | undefined;
    return r
      ? { id: r.id, articleId: r.article_id, at: r.at, user: { id: r.user_id, name: r.user_name }, action: r.action, from: r.from_status, to: r.to_status, reason: r.reason }
      : null;
  }

  inStates(statuses: readonly ArticleStatus[], createdBy: string | null, limit: number): ArticleSummary[] {
    const marks = statuses.map(() => '?').join(', ');
    const byCreator = createdBy === null ? '' : 'AND a.created_by = ?';
    const params: (string | number)[] = [...statuses, ...(createdBy === null ? [] : [createdBy]), limit];
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.status IN (${marks}) ${byCreator} ORDER BY a.modified_at DESC, a.id DESC LIMIT ?`)
      .all(...params) as SummaryRow[];
    return rows.map(toSummary);
  }
}
