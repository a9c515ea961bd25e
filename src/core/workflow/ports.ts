// Storage the workflow needs beyond the article ports (implemented over SQLite in src/main/adapters/sqlite).
import type { Article, ArticleStatus, ArticleSummary, UserRef } from '../../shared/article';
import type { AuditEntry } from '../../shared/workflow';
import type { SignOffRecord, SignOffVoid } from '../signoff/signoff';

export interface WorkflowEvent {
  id: string;
  articleId: string;
  at: string;
  user: UserRef;
  /** A WorkflowAction, or 'tu-dong-huy-duyet' when a content change voided the approval. */
  action: string;
  from: ArticleStatus;
  to: ArticleStatus;
  reason: string | null;
  /** Comment threads a "Trả lại" points the author at (empty for other actions). */
  commentIds: string[];
}

export interface WorkflowRepository {
  /** Changes only the article's workflow state (content and revisions stay as they are). */
  setStatus(articleId: string, status: ArticleStatus): void;
  appendEvent(e: WorkflowEvent): void;
  lastEvent(articleId: string, action: string): WorkflowEvent | null;
  /** Articles in the given states, newest change first; `createdBy` narrows to one creator. */
  inStates(statuses: readonly ArticleStatus[], createdBy: string | null, limit: number): ArticleSummary[];
}

export interface SignOffRepository {
  insert(r: SignOffRecord): void;
  addVoid(v: SignOffVoid): void;
  forArticle(articleId: string): SignOffRecord[];
  voidsFor(articleId: string): SignOffVoid[];
  all(): SignOffRecord[];
  /** The stored revision as an article (for recomputing its content hash), or null. */
  revision(revisionId: string): Article | null;
  /** Articles in Đã duyệt whose current revision has no sign-off that was never voided. */
  approvedWithoutSignOff(): { articleId: string; title: string }[];
  /** Content hash of the revision saved before this one, or null for a first version. */
  previousContentHash(revisionId: string): string | null;
}

export interface EditLockRecord {
  articleId: string;
  holder: UserRef;
  since: string;
  expiresAt: string;
}

export interface LockRepository {
  get(articleId: string): EditLockRecord | null;
  put(lock: EditLockRecord): void;
  remove(articleId: string): void;
}

export interface AuditQuery {
  articleId?: string;
  userId?: string;
  action?: string;
  from?: string;
  to?: string;
  offset: number;
  limit: number;
}

export interface AuditReader {
  list(q: AuditQuery): { total: number; items: AuditEntry[] };
  /** Every entry in stored (seq) order, for verification. */
  all(): Iterable<AuditEntry>;
}
