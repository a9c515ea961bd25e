// The workflow's rules around every content change, given to ArticleService at construction: before a
// change, the user's edit right and the edit lock; inside the save's transaction, the audit entry and,
// for an approved article, voiding its sign-off and sending it back to Chờ duyệt.
import { approvalStatusOf, STATUS_LABELS, type Article, type ArticleStatus, type UserRef } from '../../shared/article';
import type { EditGuard } from '../articles/article-service';
import type { AccountRepository, AuditLog } from '../ports';
import { actorOf } from './actor';
import type { EditLocks } from './edit-locks';
import { WorkflowRefusal } from './refusal';
import { evaluateEdit } from './rules';
import type { SignOffs } from './signoffs';
import type { WorkflowRecorder } from './workflow-recorder';

export const AUTO_VOID_ACTION = 'tu-dong-huy-duyet';

export interface WorkflowEditGuardDeps {
  accounts: Pick<AccountRepository, 'get'>;
  locks: EditLocks;
  signOffs: SignOffs;
  recorder: WorkflowRecorder;
  audit: AuditLog;
}

export class WorkflowEditGuard implements EditGuard {
  constructor(private readonly d: WorkflowEditGuardDeps) {}

  beforeChange(current: Article, user: UserRef): void {
    const actor = actorOf(this.d.accounts, user);
    const right = evaluateEdit(actor, current.status);
    if (!right.allowed) throw new WorkflowRefusal(right.refusal!, right.reason!);
    this.d.locks.ensureNotHeldByOther(current.id, actor.userId);
  }

  afterChange(before: Article | null, saved: Article, user: UserRef, action: string, description: string): Article {
    const at = saved.modifiedAt;
    this.d.audit.append({
      at,
      user,
      action: `article.${action}`,
      articleId: saved.id,
      description,
      details: { version: saved.version, revisionId: saved.revisionId, contentHash: saved.contentHash, previousHash: before?.contentHash ?? null }
    });
    if (before === null) return saved;
    this.d.locks.renewIfHeld(saved.id, user);
    if (saved.status !== 'da_duyet') return saved;
    return this.voidAfterChange(before, saved, user, at);
  }

  /** A content change to an approved article: the sign-off is void, the article goes back to Chờ duyệt. */
  private voidAfterChange(before: Article, saved: Article, user: UserRef, at: string): Article {
    const to: ArticleStatus = 'cho_duyet';
    const reason = `Nội dung thay đổi sau khi ký duyệt (phiên bản ${saved.version} do ${user.name} lưu); bản ký duyệt mất hiệu lực, bài trở lại “${STATUS_LABELS[to]}”.`;
    this.d.signOffs.voidCurrent(before, user, at, reason);
    this.d.recorder.record({
      articleId: saved.id,
      at,
      user,
      action: AUTO_VOID_ACTION,
      from: 'da_duyet',
      to,
      reason,
      commentIds: [],
      description: reason,
      version: saved.version,
      auditDetails: { from: 'da_duyet', to, revisionId: saved.revisionId, contentHash: saved.contentHash, approvedContentHash: before.contentHash }
    });
    return { ...saved, status: to, approvalStatus: approvalStatusOf(to) };
  }
}
