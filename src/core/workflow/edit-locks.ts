// Edit locks: a lease per article that the editing window renews; others can read meanwhile, and a
// reviewer or leader may take it over (audited).
import type { UserRef } from '../../shared/article';
import { formatDateTime } from '../../shared/dates';
import type { EditLockInfo } from '../../shared/workflow';
import type { ArticleReader } from '../articles/article-reader';
import type { AccountRepository, AuditLog, Clock, TransactionRunner } from '../ports';
import { actorOf } from './actor';
import type { EditLockRecord, LockRepository } from './ports';
import { WorkflowRefusal } from './refusal';
import { evaluateEdit, mayTakeOver } from './rules';

export interface EditLocksDeps {
  locks: LockRepository;
  accounts: Pick<AccountRepository, 'get'>;
  /** Reads the article's state (edit rights depend on it). */
  articles: ArticleReader;
  audit: AuditLog;
  tx: TransactionRunner;
  clock: Clock;
  /** How long a lock lives without a heartbeat (default 2 minutes). */
  leaseMs?: number;
}

const DEFAULT_LEASE_MS = 2 * 60 * 1000;

export class EditLocks {
  private readonly leaseMs: number;

  constructor(private readonly d: EditLocksDeps) {
    this.leaseMs = d.leaseMs ?? DEFAULT_LEASE_MS;
  }

  /** The lock while its lease runs, else null. */
  live(articleId: string): EditLockRecord | null {
    const lock = this.d.locks.get(articleId);
    return lock && Date.parse(lock.expiresAt) > this.d.clock.now().getTime() ? lock : null;
  }

  info(articleId: string, userId: string): EditLockInfo | null {
    const lock = this.live(articleId);
    return lock ? { articleId, holder: lock.holder, since: lock.since, expiresAt: lock.expiresAt, mine: lock.holder.id === userId } : null;
  }

  /** Refuses when someone else holds a live lease on the article. */
  ensureNotHeldByOther(articleId: string, userId: string): void {
    const live = this.live(articleId);
    if (live && live.holder.id !== userId) throw lockedBy(live);
  }

  /** Takes or refreshes (heartbeat) the edit lock; refused while someone else holds a live lease. */
  acquire(articleId: string, user: UserRef): EditLockInfo {
    const actor = actorOf(this.d.accounts, user);
    const right = evaluateEdit(actor, this.d.articles.get(articleId).status);
    if (!right.allowed) throw new WorkflowRefusal(right.refusal!, right.reason!);
    const live = this.live(articleId);
    if (live && live.holder.id !== actor.userId) throw lockedBy(live);
    this.put(articleId, actor.ref, live?.since ?? this.d.clock.now().toISOString());
    return this.info(articleId, actor.userId)!;
  }

  release(articleId: string, user: UserRef): void {
    const actor = actorOf(this.d.accounts, user);
    this.releaseIfHeld(articleId, actor.userId);
  }

  /** Drops the lock when `userId` holds it (after a workflow action, the article leaves the editor). */
  releaseIfHeld(articleId: string, userId: string): void {
    const lock = this.d.locks.get(articleId);
    if (lock && lock.holder.id === userId) this.d.locks.remove(articleId);
  }

  /** Renews the holder's lease after a save, so an active editor never loses the lock. */
  renewIfHeld(articleId: string, user: UserRef): void {
    const lock = this.live(articleId);
    if (lock?.holder.id === user.id) this.put(articleId, user, lock.since);
  }

  /** A reviewer or approver takes the lock from its holder; recorded in the audit log. */
  takeOver(articleId: string, user: UserRef): EditLockInfo {
    const actor = actorOf(this.d.accounts, user);
    if (!mayTakeOver(actor.roles)) {
      throw new WorkflowRefusal('ROLE', 'Chỉ Thành viên BBT, Thư ký, Phó trưởng ban hoặc Trưởng ban mới được tiếp quản bài đang có người sửa.');
    }
    const right = evaluateEdit(actor, this.d.articles.get(articleId).status);
    if (!right.allowed) throw new WorkflowRefusal(right.refusal!, right.reason!);
    const previous = this.live(articleId);
    const at = this.d.clock.now().toISOString();
    this.d.tx.transaction(() => {
      this.put(articleId, actor.ref, at);
      if (previous && previous.holder.id !== actor.userId) {
        this.d.audit.append({
          at,
          user: actor.ref,
          action: 'lock.takeOver',
          articleId,
          description: `Tiếp quản quyền sửa bài từ ${previous.holder.name} (đang sửa từ ${formatDateTime(previous.since)})`,
          details: { previousHolder: previous.holder, previousSince: previous.since }
        });
      }
    });
    return this.info(articleId, actor.userId)!;
  }

  private put(articleId: string, holder: UserRef, since: string): void {
    const expiresAt = new Date(this.d.clock.now().getTime() + this.leaseMs).toISOString();
    this.d.locks.put({ articleId, holder, since, expiresAt });
  }
}

function lockedBy(lock: EditLockRecord): WorkflowRefusal {
  return new WorkflowRefusal(
    'LOCKED_BY_OTHER',
    `${lock.holder.name} đang sửa bài này từ ${formatDateTime(lock.since)}. Bạn vẫn xem được; hãy chờ người đó đóng bài hoặc nhờ Thành viên BBT/lãnh đạo Ban tiếp quản.`
  );
}
