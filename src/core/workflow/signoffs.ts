// Sign-offs: signing the exact version with the approver's Ed25519 key, voiding (append-only), and
// the views that say whether a sign-off still holds for the article's current content.
import type { Article, UserRef } from '../../shared/article';
import { AppError, ErrorCode } from '../../shared/errors';
import type { SignOffView } from '../../shared/workflow';
import { pendingKeyMessage } from '../accounts/key-origin';
import { articleContentHash } from '../articles/article-service';
import type { Hasher, IdGenerator, KeySigner, KeyVault, PublicKeyRecord } from '../ports';
import { checkSignOff, signOffMessage, type SignOffPayload, type SignOffRecord } from '../signoff/signoff';
import type { Actor } from './actor';
import type { SignOffRepository } from './ports';
import { WorkflowRefusal } from './refusal';

export interface SignOffsDeps {
  signOffs: SignOffRepository;
  keys: KeyVault;
  hasher: Hasher;
  ids: IdGenerator;
}

export class SignOffs {
  constructor(private readonly d: SignOffsDeps) {}

  /** The key "Ký duyệt" would use; refused before any password check when there is none or it is pending. */
  signingKey(actor: Actor, password: string): PublicKeyRecord {
    if (password === '') throw new WorkflowRefusal('BAD_PASSWORD', 'Hãy nhập lại mật khẩu của bạn để ký duyệt.');
    const key = this.d.keys.activeKey(actor.userId);
    if (!key) throw new AppError(ErrorCode.FORBIDDEN, 'Tài khoản của bạn chưa có khóa ký số. Hãy đổi mật khẩu hoặc nhờ quản trị đặt lại mật khẩu rồi ký lại.');
    if (key.pending) throw new WorkflowRefusal('KEY_PENDING', pendingKeyMessage(key.origin));
    return key;
  }

  /** Unlocks the signing key with the password (async scrypt); null when the password is wrong. */
  async unlock(actor: Actor, password: string): Promise<KeySigner | null> {
    this.signingKey(actor, password);
    try {
      return await this.d.keys.unlock(actor.userId, password);
    } catch (err) {
      if (err instanceof AppError && err.code === ErrorCode.FORBIDDEN) return null;
      throw err;
    }
  }

  /** Unlocks synchronously (the sample seed only). */
  unlockSync(actor: Actor, password: string): KeySigner {
    this.signingKey(actor, password);
    return this.d.keys.unlockSync(actor.userId, password);
  }

  /** Signs the article's current version with an unlocked key; nothing is stored here. */
  sign(article: Article, actor: Actor, signer: KeySigner, comment: string, at: string): SignOffRecord {
    const key = this.d.keys.activeKey(actor.userId);
    if (!key || key.pending || key.keyId !== signer.keyId) throw new AppError(ErrorCode.CONFLICT, 'Khóa ký số vừa thay đổi; hãy thử ký lại.');
    const payload: SignOffPayload = {
      articleId: article.id,
      revisionId: article.revisionId,
      version: article.version,
      contentHash: article.contentHash,
      previousHash: this.d.signOffs.previousContentHash(article.revisionId),
      decision: 'approve',
      comment,
      signedAt: at,
      signerId: actor.userId,
      signerKeyId: key.keyId
    };
    const message = signOffMessage(payload);
    const signed = { keyId: key.keyId, signature: signer.sign(message) };
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

  insert(record: SignOffRecord): void {
    this.d.signOffs.insert(record);
  }

  hasAny(articleId: string): boolean {
    return this.d.signOffs.forArticle(articleId).length > 0;
  }

  /** Voids the article's still-current sign-offs, if any (append-only: a void row, never an update). */
  voidCurrent(article: Article, user: UserRef | null, at: string, reason: string): boolean {
    const voided = new Set(this.d.signOffs.voidsFor(article.id).map((v) => v.signOffId));
    const live = this.d.signOffs.forArticle(article.id).filter((s) => !voided.has(s.id));
    for (const s of live) {
      this.d.signOffs.addVoid({ signOffId: s.id, articleId: article.id, at, userId: user?.id ?? null, userName: user?.name ?? null, reason });
    }
    return live.length > 0;
  }

  /** Every sign-off of the article, voided ones included, each checked against its signer's key. */
  views(article: Article): SignOffView[] {
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

  /** The valid sign-off of the article's current content, if any. */
  current(article: Article): SignOffView | null {
    return this.views(article).find((s) => s.current) ?? null;
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
}
