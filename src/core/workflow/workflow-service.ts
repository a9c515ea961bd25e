// Workflow use-cases: actions with permission checks, verifiable sign-off, voiding, edit locks,
// "Việc của tôi". Every state change is recorded in the article history and the audit log.
import { articleContentHash, type ArticleService, type EditGuard } from '../articles/article-service';
import { approvalStatusOf, STATUS_LABELS, type Article, type ArticleStatus, type UserRef } from '../../shared/article';
import { ROLE_CAPABILITY, type Role, type SecuritySettings } from '../../shared/accounts';
import { formatDateTime } from '../../shared/dates';
import { AppError, ErrorCode } from '../../shared/errors';
import { ACTION_LABELS, type EditLockInfo, type MyWork, type SignOffView, type WorkflowAction, type WorkflowView } from '../../shared/workflow';
import type { AccountRepository, AuditLog, Clock, Hasher, HistoryRepository, IdGenerator, KeyVault, TransactionRunner } from '../ports';
import { checkSignOff, signOffMessage, type SignOffPayload, type SignOffRecord } from '../signoff/signoff';
import type { EditLockRecord, LockRepository, SignOffRepository, WorkflowRepository } from './ports';
import { WorkflowRefusal } from './refusal';
import { ACTION_SPECS, evaluateAction, evaluateAll, evaluateEdit, mayTakeOver, type ActorFacts } from './rules';

export interface WorkflowServiceDeps {
  articles: ArticleService;
  history: HistoryRepository;
  workflow: WorkflowRepository;
  signOffs: SignOffRepository;
  locks: LockRepository;
  audit: AuditLog;
  accounts: AccountRepository;
  keys: KeyVault;
  tx: TransactionRunner;
  clock: Clock;
  ids: IdGenerator;
  hasher: Hasher;
  security: () => SecuritySettings;
  /** Ids of the article's comment threads not resolved yet ("Trả lại" may point at them). */
  openComments: (articleId: string) => string[];
  /** How long an edit lock lives without a heartbeat (default 2 minutes). */
  lockLeaseMs?: number;
}

export interface ActOptions {
  reason?: string;
  password?: string;
  /** For "Trả lại": open comment threads of the article the author should look at. */
  commentIds?: string[];
}

interface Actor extends ActorFacts {
  ref: UserRef;
  position: string;
}

export const AUTO_VOID_ACTION = 'tu-dong-huy-duyet';
const DEFAULT_LEASE_MS = 2 * 60 * 1000;
const MY_WORK_LIMIT = 200;

export class WorkflowService {
  constructor(private readonly d: WorkflowServiceDeps) {}

  private get leaseMs(): number {
    return this.d.lockLeaseMs ?? DEFAULT_LEASE_MS;
  }

  private now(): string {
    return this.d.clock.now().toISOString();
  }

  /** The account behind a session user, with its current roles; disabled or unknown accounts are refused. */
  private actor(user: UserRef): Actor {
    const account = this.d.accounts.get(user.id);
    if (!account || account.disabled) throw new WorkflowRefusal('NOT_LOGGED_IN', 'Bạn cần đăng nhập bằng một tài khoản đang hoạt động.');
    return { userId: account.id, roles: account.roles, ref: { id: account.id, name: account.fullName }, position: account.position };
  }

  /** Refuses unknown or disabled accounts (for read-only methods such as the audit list). */
  ensureActive(user: UserRef): void {
    this.actor(user);
  }

  view(articleId: string, user: UserRef): WorkflowView {
    const actor = this.actor(user);
    const article = this.d.articles.get(articleId);
    const facts = { status: article.status, createdBy: article.createdBy.id, modifiedBy: article.modifiedBy.id };
    const returned = article.status === 'tra_lai' ? this.d.workflow.lastEvent(articleId, 'tra-lai') : null;
    // Only the valid sign-off of the current version; lapsed ones (with the reason) are in workflow.signOffs.
    const signOff = this.signOffViews(article).find((s) => s.current) ?? null;
    return {
      status: article.status,
      actions: evaluateAll(actor, facts, this.d.security().separationOfDuties),
      edit: evaluateEdit(actor, article.status),
      lock: this.lockInfo(articleId, actor.userId),
      signOff,
      returned: returned ? { reason: returned.reason ?? '', by: returned.user, at: returned.at, commentIds: returned.commentIds } : null
    };
  }

  act(articleId: string, action: WorkflowAction, user: UserRef, opts: ActOptions = {}): WorkflowView {
    const actor = this.actor(user);
    const article = this.d.articles.get(articleId);
    const facts = { status: article.status, createdBy: article.createdBy.id, modifiedBy: article.modifiedBy.id };
    const availability = evaluateAction(action, actor, facts, this.d.security().separationOfDuties);
    if (!availability.allowed) throw new WorkflowRefusal(availability.refusal!, availability.reason!);
    const spec = ACTION_SPECS[action];
    const commentIds = this.pointedComments(articleId, action, opts.commentIds ?? []);
    const typed = (opts.reason ?? '').normalize('NFC').trim();
    const reason = typed === '' && commentIds.length ? `Đề nghị sửa theo ${commentIds.length} bình luận trong bài.` : typed;
    if (spec.needsReason && reason === '') {
      throw new WorkflowRefusal('REASON_REQUIRED', 'Hãy ghi lý do trả lại để người viết biết cần sửa gì.');
    }
    const at = this.now();
    const signOff = spec.signs ? this.sign(article, actor, opts.password ?? '', reason, at) : null;
    this.d.tx.transaction(() => {
      this.d.workflow.setStatus(articleId, spec.to);
      this.d.workflow.appendEvent({ id: this.d.ids.newId(), articleId, at, user: actor.ref, action, from: article.status, to: spec.to, reason: reason || null, commentIds });
      if (spec.voidsSignOff) this.voidCurrent(article, actor.ref, at, `${ACTION_LABELS[action]}${reason ? `: ${reason}` : ''}`);
      if (signOff) this.d.signOffs.insert(signOff);
      const pointed = typed && commentIds.length ? ` (kèm ${commentIds.length} bình luận)` : '';
      const description = describe(action, article.status, spec.to, reason, article.version) + pointed;
      this.d.history.append(articleId, { id: this.d.ids.newId(), at, user: actor.ref, action, description, version: article.version });
      this.d.audit.append({
        at,
        user: actor.ref,
        action: `workflow.${action}`,
        articleId,
        description,
        details: {
          from: article.status,
          to: spec.to,
          revisionId: article.revisionId,
          contentHash: article.contentHash,
          ...(reason ? { reason } : {}),
          ...(commentIds.length ? { commentIds } : {}),
          ...(signOff ? { signOffId: signOff.id, keyId: signOff.keyId, signature: signOff.signature } : {})
        }
      });
      const lock = this.d.locks.get(articleId);
      if (lock && lock.holder.id === actor.userId) this.d.locks.remove(articleId);
    });
    return this.view(articleId, user);
  }

  /** The distinct thread ids "Trả lại" points at; each must be an open thread of the article. */
  private pointedComments(articleId: string, action: WorkflowAction, ids: string[]): string[] {
    if (ids.length === 0) return [];
    if (action !== 'tra-lai') throw new AppError(ErrorCode.INVALID_INPUT, 'Chỉ khi trả lại bài mới kèm được bình luận cho người viết.');
    const open = new Set(this.d.openComments(articleId));
    const unique = [...new Set(ids)];
    if (unique.some((id) => !open.has(id))) {
      throw new AppError(
        ErrorCode.CONFLICT,
        'Có bình luận được chọn đã được đánh dấu xong hoặc không thuộc bài này. Hãy tải lại danh sách bình luận rồi chọn lại.'
      );
    }
    return unique;
  }

  /** Signs the article's current version; a wrong password is refused before anything is stored. */
  private sign(article: Article, actor: Actor, password: string, comment: string, at: string): SignOffRecord {
    if (password === '') throw new WorkflowRefusal('BAD_PASSWORD', 'Hãy nhập lại mật khẩu của bạn để ký duyệt.');
    const key = this.d.keys.activeKey(actor.userId);
    if (!key) throw new AppError(ErrorCode.FORBIDDEN, 'Tài khoản của bạn chưa có khóa ký số. Hãy đổi mật khẩu hoặc nhờ quản trị đặt lại mật khẩu rồi ký lại.');
    const previous = this.previousHash(article);
    const payload: SignOffPayload = {
      articleId: article.id,
      revisionId: article.revisionId,
      version: article.version,
      contentHash: article.contentHash,
      previousHash: previous,
      decision: 'approve',
      comment,
      signedAt: at,
      signerId: actor.userId,
      signerKeyId: key.keyId
    };
    const message = signOffMessage(payload);
    let signed: { keyId: string; signature: string };
    try {
      signed = this.d.keys.sign(actor.userId, password, message);
    } catch (err) {
      if (err instanceof AppError && err.code === ErrorCode.FORBIDDEN) {
        throw new WorkflowRefusal('BAD_PASSWORD', 'Mật khẩu không đúng nên chưa ký duyệt. Hãy nhập lại mật khẩu đăng nhập của bạn.');
      }
      throw err;
    }
    if (signed.keyId !== key.keyId) throw new AppError(ErrorCode.INTERNAL, 'Khóa ký số vừa thay đổi; hãy thử ký lại.');
    return {
      id: this.d.ids.newId(),
      articleId: article.id,
      revisionId: article.revisionId,
      contentHash: article.contentHash,
      message,
      signature: signed.signature,
      keyId: key.keyId,
      signerId: actor.userId,
      signerName: actor.ref.name,
      signerPosition: actor.position,
      signedAt: at,
      comment
    };
  }

  private previousHash(article: Article): string | null {
    return this.d.signOffs.previousContentHash(article.revisionId);
  }

  /** Voids the article's still-current sign-off, if any (append-only: a void row, never an update). */
  private voidCurrent(article: Article, user: UserRef | null, at: string, reason: string): boolean {
    const voided = new Set(this.d.signOffs.voidsFor(article.id).map((v) => v.signOffId));
    const live = this.d.signOffs.forArticle(article.id).filter((s) => !voided.has(s.id));
    for (const s of live) {
      this.d.signOffs.addVoid({ signOffId: s.id, articleId: article.id, at, userId: user?.id ?? null, userName: user?.name ?? null, reason });
    }
    return live.length > 0;
  }

  /**
   * Signs an already approved article without a state change: only for seeding sample data, where
   * articles are created directly in Đã duyệt.
   */
  signExisting(articleId: string, signerId: string, password: string, comment: string): SignOffRecord {
    const account = this.d.accounts.get(signerId);
    if (!account) throw new AppError(ErrorCode.NOT_FOUND, 'Không tìm thấy người ký.');
    const actor: Actor = { userId: account.id, roles: account.roles, ref: { id: account.id, name: account.fullName }, position: account.position };
    const article = this.d.articles.get(articleId);
    const at = this.now();
    const record = this.sign(article, actor, password, comment, at);
    this.d.tx.transaction(() => {
      this.d.signOffs.insert(record);
      this.d.audit.append({
        at,
        user: actor.ref,
        action: 'workflow.ky-duyet',
        articleId,
        description: `Ký duyệt phiên bản ${article.version} (dữ liệu mẫu)`,
        details: { revisionId: article.revisionId, contentHash: article.contentHash, signOffId: record.id, keyId: record.keyId, signature: record.signature }
      });
    });
    return record;
  }

  /**
   * Records why a sample article sits in Trả lại (it was created there directly): only for seeding,
   * so "Việc của tôi" and the article show the reason as they would after a real "Trả lại".
   */
  seedReturn(articleId: string, reviewerId: string, reason: string): void {
    const account = this.d.accounts.get(reviewerId);
    if (!account) throw new AppError(ErrorCode.NOT_FOUND, 'Không tìm thấy người trả lại.');
    const user = { id: account.id, name: account.fullName };
    const at = this.now();
    const description = describe('tra-lai', 'cho_duyet', 'tra_lai', reason, this.d.articles.get(articleId).version);
    this.d.tx.transaction(() => {
      this.d.workflow.appendEvent({ id: this.d.ids.newId(), articleId, at, user, action: 'tra-lai', from: 'cho_duyet', to: 'tra_lai', reason, commentIds: [] });
      this.d.history.append(articleId, { id: this.d.ids.newId(), at, user, action: 'tra-lai', description, version: null });
      this.d.audit.append({ at, user, action: 'workflow.tra-lai', articleId, description, details: { from: 'cho_duyet', to: 'tra_lai', reason } });
    });
  }

  hasSignOff(articleId: string): boolean {
    return this.d.signOffs.forArticle(articleId).length > 0;
  }

  signOffs(articleId: string, user: UserRef): SignOffView[] {
    this.actor(user);
    return this.signOffViews(this.d.articles.get(articleId));
  }

  private signOffViews(article: Article): SignOffView[] {
    const voids = new Map(this.d.signOffs.voidsFor(article.id).map((v) => [v.signOffId, v.reason]));
    return this.d.signOffs.forArticle(article.id).map((r) => {
      const problem = checkSignOff(r, this.checkDeps());
      const voidedReason = voids.get(r.id) ?? null;
      return {
        id: r.id,
        articleId: r.articleId,
        revisionId: r.revisionId,
        contentHash: r.contentHash,
        signedAt: r.signedAt,
        signer: { id: r.signerId, name: r.signerName, position: r.signerPosition },
        keyId: r.keyId,
        comment: r.comment,
        signatureValid: problem === null,
        current: problem === null && voidedReason === null && r.revisionId === article.revisionId && r.contentHash === article.contentHash,
        voidedReason
      };
    });
  }

  /** What verification of a sign-off needs: public keys, Ed25519 and the stored revisions. */
  checkDeps() {
    return {
      publicKey: (keyId: string) => this.d.keys.publicKey(keyId),
      verify: (pem: string, message: string, signature: string) => this.d.keys.verify(pem, message, signature),
      revisionHash: (revisionId: string) => {
        const rev = this.d.signOffs.revision(revisionId);
        return rev ? articleContentHash(rev, this.d.hasher) : null;
      }
    };
  }

  myWork(user: UserRef): MyWork {
    const actor = this.actor(user);
    const caps = new Set(actor.roles.map(capabilityOf));
    const toEdit = caps.has('author') ? this.d.workflow.inStates(['nhap', 'tra_lai'], actor.userId, MY_WORK_LIMIT) : [];
    const toReview = caps.has('reviewer') ? this.d.workflow.inStates(['cho_bien_tap'], null, MY_WORK_LIMIT) : [];
    const toSign = caps.has('approver') ? this.d.workflow.inStates(['cho_duyet'], null, MY_WORK_LIMIT) : [];
    const returned = this.d.workflow.inStates(['tra_lai'], null, MY_WORK_LIMIT).map((s) => ({ s, e: this.d.workflow.lastEvent(s.id, 'tra-lai') }));
    const withNote = ({ s, e }: (typeof returned)[number]) => (e ? { ...s, note: e.reason ?? '', by: e.user, at: e.at } : s);
    const mine = new Set(this.d.workflow.inStates(['tra_lai'], actor.userId, MY_WORK_LIMIT).map((s) => s.id));
    return {
      toEdit: toEdit.map((s) => returned.find((r) => r.s.id === s.id) ?? { s, e: null }).map(withNote),
      toReview,
      toSign,
      returnedByMe: returned.filter((r) => r.e?.user.id === actor.userId).map(withNote),
      returnedToMe: returned.filter((r) => mine.has(r.s.id)).map(withNote)
    };
  }

  // ---- Edit locks (leases) ----

  private liveLock(articleId: string): EditLockRecord | null {
    const lock = this.d.locks.get(articleId);
    return lock && Date.parse(lock.expiresAt) > this.d.clock.now().getTime() ? lock : null;
  }

  private lockInfo(articleId: string, userId: string): EditLockInfo | null {
    const lock = this.liveLock(articleId);
    return lock ? { articleId, holder: lock.holder, since: lock.since, expiresAt: lock.expiresAt, mine: lock.holder.id === userId } : null;
  }

  private lockedBy(lock: EditLockRecord): WorkflowRefusal {
    return new WorkflowRefusal(
      'LOCKED_BY_OTHER',
      `${lock.holder.name} đang sửa bài này từ ${formatDateTime(lock.since)}. Bạn vẫn xem được; hãy chờ người đó đóng bài hoặc nhờ Thành viên BBT/lãnh đạo Ban tiếp quản.`
    );
  }

  /** Takes or refreshes (heartbeat) the edit lock; refused while someone else holds a live lease. */
  acquireLock(articleId: string, user: UserRef): EditLockInfo {
    const actor = this.actor(user);
    const article = this.d.articles.get(articleId);
    const right = evaluateEdit(actor, article.status);
    if (!right.allowed) throw new WorkflowRefusal(right.refusal!, right.reason!);
    const live = this.liveLock(articleId);
    if (live && live.holder.id !== actor.userId) throw this.lockedBy(live);
    this.putLock(articleId, actor.ref, live?.since ?? this.now());
    return this.lockInfo(articleId, actor.userId)!;
  }

  releaseLock(articleId: string, user: UserRef): void {
    const actor = this.actor(user);
    const lock = this.d.locks.get(articleId);
    if (lock && lock.holder.id === actor.userId) this.d.locks.remove(articleId);
  }

  /** A reviewer or approver takes the lock from its holder; recorded in the audit log. */
  takeOverLock(articleId: string, user: UserRef): EditLockInfo {
    const actor = this.actor(user);
    if (!mayTakeOver(actor.roles)) {
      throw new WorkflowRefusal('ROLE', 'Chỉ Thành viên BBT, Thư ký, Phó trưởng ban hoặc Trưởng ban mới được tiếp quản bài đang có người sửa.');
    }
    const article = this.d.articles.get(articleId);
    const right = evaluateEdit(actor, article.status);
    if (!right.allowed) throw new WorkflowRefusal(right.refusal!, right.reason!);
    const previous = this.liveLock(articleId);
    const at = this.now();
    this.d.tx.transaction(() => {
      this.putLock(articleId, actor.ref, at);
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
    return this.lockInfo(articleId, actor.userId)!;
  }

  private putLock(articleId: string, holder: UserRef, since: string): void {
    const expiresAt = new Date(this.d.clock.now().getTime() + this.leaseMs).toISOString();
    this.d.locks.put({ articleId, holder, since, expiresAt });
  }

  // ---- The guard ArticleService calls around every content change ----

  readonly editGuard: EditGuard = {
    beforeChange: (current, user) => {
      const actor = this.actor(user);
      const right = evaluateEdit(actor, current.status);
      if (!right.allowed) throw new WorkflowRefusal(right.refusal!, right.reason!);
      const live = this.liveLock(current.id);
      if (live && live.holder.id !== actor.userId) throw this.lockedBy(live);
    },
    afterChange: (before, saved, user, action, description) => {
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
      const lock = this.liveLock(saved.id);
      if (lock?.holder.id === user.id) this.putLock(saved.id, user, lock.since);
      if (saved.status !== 'da_duyet') return saved;
      return this.voidAfterChange(before, saved, user, at);
    }
  };

  /** A content change to an approved article: the sign-off is void, the article goes back to Chờ duyệt. */
  private voidAfterChange(before: Article, saved: Article, user: UserRef, at: string): Article {
    const to: ArticleStatus = 'cho_duyet';
    const reason = `Nội dung thay đổi sau khi ký duyệt (phiên bản ${saved.version} do ${user.name} lưu); bản ký duyệt mất hiệu lực, bài trở lại “${STATUS_LABELS[to]}”.`;
    this.voidCurrent(before, user, at, reason);
    this.d.workflow.setStatus(saved.id, to);
    this.d.workflow.appendEvent({ id: this.d.ids.newId(), articleId: saved.id, at, user, action: AUTO_VOID_ACTION, from: 'da_duyet', to, reason, commentIds: [] });
    this.d.history.append(saved.id, { id: this.d.ids.newId(), at, user, action: AUTO_VOID_ACTION, description: reason, version: saved.version });
    this.d.audit.append({
      at,
      user,
      action: `workflow.${AUTO_VOID_ACTION}`,
      articleId: saved.id,
      description: reason,
      details: { from: 'da_duyet', to, revisionId: saved.revisionId, contentHash: saved.contentHash, approvedContentHash: before.contentHash }
    });
    return { ...saved, status: to, approvalStatus: approvalStatusOf(to) };
  }
}

function capabilityOf(role: Role) {
  return ROLE_CAPABILITY[role];
}

function describe(action: WorkflowAction, from: ArticleStatus, to: ArticleStatus, reason: string, version: number): string {
  const move = `${STATUS_LABELS[from]} → ${STATUS_LABELS[to]}`;
  switch (action) {
    case 'ky-duyet':
      return `Ký duyệt phiên bản ${version} (${move})${reason ? `. Ý kiến: ${reason}` : ''}`;
    case 'tra-lai':
      return `Trả lại (${move}). Lý do: ${reason}`;
    default:
      return `${ACTION_LABELS[action]} (${move})${reason ? `. Ghi chú: ${reason}` : ''}`;
  }
}
