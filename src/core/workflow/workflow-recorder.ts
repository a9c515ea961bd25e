// One place that records a workflow step: the new state, the workflow event, the article's history
// line and the audit entry, always together (callers run it inside their transaction).
import type { AuditLog, HistoryRepository, IdGenerator } from '../ports';
import type { WorkflowEvent, WorkflowRepository } from './ports';

/** A workflow event (without its id) plus what the history and audit lines say. */
export interface WorkflowStep extends Omit<WorkflowEvent, 'id' | 'reason'> {
  reason: string | null;
  /** The history and audit line (Vietnamese). */
  description: string;
  /** The article version the history line refers to (null: none, e.g. seeded sample data). */
  version: number | null;
  auditDetails: Record<string, unknown>;
}

export interface WorkflowRecorderDeps {
  workflow: WorkflowRepository;
  history: HistoryRepository;
  audit: AuditLog;
  ids: IdGenerator;
}

export class WorkflowRecorder {
  constructor(private readonly d: WorkflowRecorderDeps) {}

  record(s: WorkflowStep): void {
    this.d.workflow.setStatus(s.articleId, s.to);
    const eventId = this.d.ids.newId();
    const historyId = this.d.ids.newId();
    this.d.workflow.appendEvent({ id: eventId, articleId: s.articleId, at: s.at, user: s.user, action: s.action, from: s.from, to: s.to, reason: s.reason, commentIds: s.commentIds });
    this.d.history.append(s.articleId, { id: historyId, at: s.at, user: s.user, action: s.action, description: s.description, version: s.version });
    // The row ids let `verify` tie the event and the history line to this entry (and notice either edited or removed).
    const details = { ...s.auditDetails, eventId, historyId, from: s.from, to: s.to, ...(s.reason ? { reason: s.reason } : {}) };
    this.d.audit.append({ at: s.at, user: s.user, action: `workflow.${s.action}`, articleId: s.articleId, description: s.description, details });
  }
}
