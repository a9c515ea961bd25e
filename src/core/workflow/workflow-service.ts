// Workflow actions: what the user may do with an article now (the view) and doing it (act), with
// permission checks from the rules table, signing for "Ký duyệt" and voiding for "Hủy duyệt".
import { STATUS_LABELS, type Article, type ArticleStatus, type UserRef } from '../../shared/article';
import type { SecuritySettings } from '../../shared/accounts';
import { formatDateTime } from '../../shared/dates';
import { AppError, ErrorCode } from '../../shared/errors';
import { ACTION_LABELS, type SignOffView, type WorkflowAction, type WorkflowView } from '../../shared/workflow';
import type { ArticleReader } from '../articles/article-reader';
import type { EventSink } from '../events';
import { foldLogin } from '../accounts/login-name';
import type { PasswordAttempts } from '../accounts/password-attempts';
import type { AccountRepository, Clock, KeySigner, TransactionRunner } from '../ports';
import { actorOf } from './actor';
import type { EditLocks } from './edit-locks';
import type { WorkflowRepository } from './ports';
import { WorkflowRefusal } from './refusal';
import { ACTION_SPECS, evaluateAction, evaluateAll, evaluateEdit } from './rules';
import type { SignOffs } from './signoffs';
import type { WorkflowRecorder } from './workflow-recorder';

export interface WorkflowServiceDeps {
  articles: ArticleReader;
  workflow: WorkflowRepository;
  signOffs: SignOffs;
  locks: EditLocks;
  recorder: WorkflowRecorder;
  accounts: Pick<AccountRepository, 'get'>;
  tx: TransactionRunner;
  clock: Clock;
  events: EventSink;
  security: () => SecuritySettings;
  /** Ids of the article's comment threads not resolved yet ("Trả lại" may point at them). */
  openComments: (articleId: string) => string[];
  /** The signing password is throttled with the login password (one guess budget per user). */
  attempts: PasswordAttempts;
}

export interface ActOptions {
  reason?: string;
  password?: string;
  /** For "Trả lại": open comment threads of the article the author should look at. */
  commentIds?: string[];
  /** The revision (and content hash) on the user's screen; the action is refused if the article changed since. */
  revisionId?: string;
  contentHash?: string;
}

export class WorkflowService {
  constructor(private readonly d: WorkflowServiceDeps) {}

  /** Refuses unknown or disabled accounts (for read-only methods such as the audit list). */
  ensureActive(user: UserRef): void {
    actorOf(this.d.accounts, user);
  }

  view(articleId: string, user: UserRef): WorkflowView {
    const actor = actorOf(this.d.accounts, user);
    const article = this.d.articles.get(articleId);
    const returned = article.status === 'tra_lai' ? this.d.workflow.lastEvent(articleId, 'tra-lai') : null;
    return {
      status: article.status,
      actions: evaluateAll(actor, factsOf(article), this.d.security().separationOfDuties),
      edit: evaluateEdit(actor, article.status),
      lock: this.d.locks.info(articleId, actor.userId),
      // Only the valid sign-off of the current version; lapsed ones (with the reason) are in signOffs().
      signOff: this.d.signOffs.current(article),
      returned: returned ? { reason: returned.reason ?? '', by: returned.user, at: returned.at, commentIds: returned.commentIds } : null
    };
  }

  /** "Ký duyệt" first unlocks the signing key (async, throttled); then everything is checked again and done at once. */
  async act(articleId: string, action: WorkflowAction, user: UserRef, opts: ActOptions = {}): Promise<WorkflowView> {
    const signer = ACTION_SPECS[action].signs ? await this.unlockSigner(articleId, action, user, opts.password ?? '') : null;
    return this.actNow(articleId, action, user, opts, signer);
  }

  private async unlockSigner(articleId: string, action: WorkflowAction, user: UserRef, password: string): Promise<KeySigner> {
    const { actor, article } = this.allowed(articleId, action, user);
    this.d.signOffs.signingKey(actor, password);
    const login = foldLogin(this.d.accounts.get(actor.userId)!.login);
    let signer: KeySigner | null = null;
    await this.d.attempts.attempt(
      login,
      async () => (signer = await this.d.signOffs.unlock(actor, password)) !== null,
      {
        user: actor.ref,
        action: 'signoff.password-failed',
        description: `Ký duyệt thất bại vì sai mật khẩu (${actor.ref.name}, bài “${article.title}”)`,
        details: { login, articleId }
      },
      () => new WorkflowRefusal('BAD_PASSWORD', 'Mật khẩu không đúng nên chưa ký duyệt. Hãy nhập lại mật khẩu đăng nhập của bạn.')
    );
    return signer!;
  }

  private allowed(articleId: string, action: WorkflowAction, user: UserRef) {
    const actor = actorOf(this.d.accounts, user);
    const article = this.d.articles.get(articleId);
    const availability = evaluateAction(action, actor, factsOf(article), this.d.security().separationOfDuties);
    if (!availability.allowed) throw new WorkflowRefusal(availability.refusal!, availability.reason!);
    return { actor, article };
  }

  private actNow(articleId: string, action: WorkflowAction, user: UserRef, opts: ActOptions, signer: KeySigner | null): WorkflowView {
    const { actor, article } = this.allowed(articleId, action, user);
    // "Ký duyệt" signs what the approver read: a save since then (a reviewer's edit) must be looked at first.
    if ((opts.revisionId && opts.revisionId !== article.revisionId) || (opts.contentHash && opts.contentHash !== article.contentHash)) {
      throw new WorkflowRefusal(
        'CHANGED_SINCE_SEEN',
        `Bài vừa được ${article.modifiedBy.name} sửa lúc ${formatDateTime(article.modifiedAt)} (phiên bản ${article.version}), sau bản bạn đang xem, nên chưa “${ACTION_LABELS[action]}”. Hãy xem phần thay đổi rồi làm lại.`
      );
    }
    const spec = ACTION_SPECS[action];
    const commentIds = this.pointedComments(articleId, action, opts.commentIds ?? []);
    const typed = (opts.reason ?? '').normalize('NFC').trim();
    const reason = typed === '' && commentIds.length ? `Đề nghị sửa theo ${commentIds.length} bình luận trong bài.` : typed;
    if (spec.needsReason && reason === '') {
      throw new WorkflowRefusal('REASON_REQUIRED', 'Hãy ghi lý do trả lại để người viết biết cần sửa gì.');
    }
    const at = this.d.clock.now().toISOString();
    const signOff = signer ? this.d.signOffs.sign(article, actor, signer, reason, at) : null;
    this.d.tx.transaction(() => {
      if (spec.voidsSignOff) this.d.signOffs.voidCurrent(article, actor.ref, at, `${ACTION_LABELS[action]}${reason ? `: ${reason}` : ''}`);
      if (signOff) this.d.signOffs.insert(signOff);
      const pointed = typed && commentIds.length ? ` (kèm ${commentIds.length} bình luận)` : '';
      this.d.recorder.record({
        articleId,
        at,
        user: actor.ref,
        action,
        from: article.status,
        to: spec.to,
        reason: reason || null,
        commentIds,
        description: describe(action, article.status, spec.to, reason, article.version) + pointed,
        version: article.version,
        auditDetails: {
          from: article.status,
          to: spec.to,
          revisionId: article.revisionId,
          contentHash: article.contentHash,
          ...(reason ? { reason } : {}),
          ...(commentIds.length ? { commentIds } : {}),
          ...(signOff ? { signOffId: signOff.id, keyId: signOff.keyId, signature: signOff.signature } : {})
        }
      });
      this.d.locks.releaseIfHeld(articleId, actor.userId);
      this.d.events.emit('article.changed', {
        articleId,
        revisionId: article.revisionId,
        version: article.version,
        status: spec.to,
        title: article.title,
        by: actor.ref,
        at,
        action: `workflow.${action}`
      });
    });
    return this.view(articleId, user);
  }

  /** Every sign-off of the article, lapsed ones with the reason. */
  signOffs(articleId: string, user: UserRef): SignOffView[] {
    actorOf(this.d.accounts, user);
    return this.d.signOffs.views(this.d.articles.get(articleId));
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
}

function factsOf(article: Article) {
  return { status: article.status, createdBy: article.createdBy.id, modifiedBy: article.modifiedBy.id };
}

export function describe(action: WorkflowAction, from: ArticleStatus, to: ArticleStatus, reason: string, version: number): string {
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
