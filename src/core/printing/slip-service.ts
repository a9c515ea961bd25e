// "In phiếu duyệt": the approval slip of an article's current, valid sign-off, and `verify --slip`.
// Printing first appends a "print.slip" audit entry and prints that entry's seq and hash on the slip: the
// head the slip witnesses is then a real entry of the chain, and it says who printed which version when.
// That head is sealed at once with the installation key (ChainSealer, the one seal service): the seal goes
// to the backup folder, and its key id and signature into the slip's QR code and onto the paper.
import type { Account } from '../../shared/accounts';
import type { Article, UserRef } from '../../shared/article';
import { AppError, ErrorCode } from '../../shared/errors';
import type { ProfileVersion } from '../../shared/profile';
import { ACTION_LABELS, type AuditEntry, type WorkflowAction } from '../../shared/workflow';
import type { AuditLog, Clock, Hasher } from '../ports';
import type { ChainSealer } from '../audit/seal-stamp';
import { asciiFileName } from '../publishing/outbox-worker';
import { approvalFingerprint } from '../publishing/keys';
import type { SignOffCheckDeps, SignOffRecord, SignOffVoid } from '../signoff/signoff';
import type { AuditReader } from '../workflow/ports';
import type { SignOffView } from '../../shared/workflow';
import { buildApprovalSlipHtml, type SlipPerson, type SlipStep } from './approval-slip';
import type { PdfRenderer, PrintFonts, QrEncoder } from './ports';
import type { PrintedFile } from './printing-service';
import { formatSlipCode, parseSlipCode, type SlipCode } from './slip-code';
import { SLIP_AUDIT_ACTION, verifySlip, type SlipReport } from './slip-verify';

export interface SlipServiceDeps {
  articles: { get(id: string): Article };
  signOffs: { current(article: Article): SignOffView | null; checkDeps(): SignOffCheckDeps };
  signOffRecords: { forArticle(articleId: string): SignOffRecord[]; voidsFor(articleId: string): SignOffVoid[] };
  audit: AuditLog & AuditReader;
  accounts: { get(id: string): Account | null };
  profile: { at(iso: string): ProfileVersion | null };
  fonts: PrintFonts;
  pdf: PdfRenderer;
  qr: QrEncoder;
  clock: Clock;
  hasher: Hasher;
  sealer: ChainSealer;
}

/** Steps of the approval round the slip lists at most (the newest ones), so that it stays on one page. */
const MAX_STEPS = 8;
const WORKFLOW_LIMIT = 500;

export interface PrintedSlip extends PrintedFile {
  /** The QR text. */
  code: string;
}

export class SlipService {
  constructor(private readonly d: SlipServiceDeps) {}

  /** Prints the slip of the article's current sign-off; refuses an article that has none. */
  async printSlip(articleId: string, user: UserRef): Promise<PrintedSlip> {
    const { html, code, title } = this.issue(articleId, user);
    const bytes = await this.d.pdf.render(html, { pageSize: 'A4' });
    return { fileName: asciiFileName(`phieu-duyet-${title.trim() || 'bai-viet'}.pdf`, 'application/pdf'), bytes, code: formatSlipCode(code) };
  }

  /** Checks a slip's QR text against the workspace (malformed text: an AppError naming what is wrong). */
  verify(text: string): SlipReport {
    const code = parseSlipCode(text);
    let article: Article | null = null;
    try {
      article = this.d.articles.get(code.articleId);
    } catch (err) {
      if (!(err instanceof AppError && err.code === ErrorCode.NOT_FOUND)) throw err;
    }
    return verifySlip(
      {
        code,
        title: article?.title ?? null,
        signOffs: this.d.signOffRecords.forArticle(code.articleId),
        voids: this.d.signOffRecords.voidsFor(code.articleId),
        entries: this.d.audit.all(),
        totalEntries: this.d.audit.list({ offset: 0, limit: 1 }).total,
        currentContentHash: article?.contentHash ?? null,
        seal: code.seal ? this.d.sealer.checkStamp({ seq: code.seq, hash: code.headHash, at: code.printedAt, installationKeyId: code.seal.keyId, signature: code.seal.signature }) : null
      },
      this.d.signOffs.checkDeps(),
      this.d.hasher
    );
  }

  /** Records the printing in the audit chain and builds the slip around that entry. */
  private issue(articleId: string, user: UserRef): { html: string; code: SlipCode; title: string } {
    const article = this.d.articles.get(articleId);
    const view = this.d.signOffs.current(article);
    const record = view ? this.d.signOffRecords.forArticle(articleId).find((r) => r.id === view.id) : undefined;
    if (!view || !record) {
      throw new AppError(
        ErrorCode.CONFLICT,
        'Bài viết chưa được ký duyệt, hoặc chữ ký duyệt không còn hiệu lực vì bài đã được sửa sau khi ký: chưa thể in phiếu duyệt. Hãy trình ký duyệt phiên bản hiện tại trước.'
      );
    }
    const profile = this.d.profile.at(record.signedAt) ?? this.d.profile.at(this.d.clock.now().toISOString());
    if (!profile) {
      throw new AppError(ErrorCode.INVALID_INPUT, 'Chưa có hồ sơ cơ quan (tên cơ quan, người Chịu trách nhiệm chính): hãy nhập trong Cài đặt trước khi in.');
    }
    const round = this.round(articleId, record.id);
    const fingerprint = approvalFingerprint(record, this.d.hasher);
    const entry = this.d.audit.append({
      at: this.d.clock.now().toISOString(),
      user,
      action: SLIP_AUDIT_ACTION,
      articleId,
      description: `In phiếu duyệt tin bài (phiên bản ${article.version}, ký duyệt bởi ${record.signerName})`,
      details: { revisionId: record.revisionId, contentHash: record.contentHash, signOffId: record.id, fingerprint }
    });
    const seal = this.d.sealer.sealHead('slip', user, entry.at);
    // Another process (a second PC on a shared folder) appended in between: the seal is not this slip's head.
    if (!seal || seal.seq !== entry.seq || seal.hash !== entry.hash) {
      throw new AppError(ErrorCode.CONFLICT, 'Nhật ký vừa có thêm mục khác trong lúc in phiếu nên không niêm phong được đúng lần in này; hãy in lại.');
    }
    const code: SlipCode = {
      articleId,
      revisionId: record.revisionId,
      contentHash: record.contentHash,
      fingerprint,
      seq: entry.seq,
      headHash: entry.hash,
      printedAt: entry.at,
      seal: { keyId: seal.installationKeyId, signature: seal.signature }
    };
    const person = (u: UserRef): SlipPerson => ({ name: u.name, position: this.d.accounts.get(u.id)?.position ?? '' });
    const steps: SlipStep[] = round.map((e) => ({ at: e.at, by: person(e.user!), action: actionLabel(e.action), note: noteOf(e) || (e.details.signOffId === record.id ? record.comment : '') }));
    const submit = round.filter((e) => e.action === 'workflow.gui-duyet').at(-1);
    const reviewers = new Map<string, SlipPerson>();
    for (const e of round) if (e.action === 'workflow.chuyen-trinh-duyet' || e.action === 'workflow.tra-lai') reviewers.set(e.user!.id, person(e.user!));
    const html = buildApprovalSlipHtml({
      profile,
      article: { title: article.title, articleType: article.articleType, category: article.category, author: article.author, version: article.version },
      submitted: submit ? { by: person(submit.user!), at: submit.at } : null,
      reviewers: [...reviewers.values()],
      approver: { name: record.signerName, position: record.signerPosition, signedAt: record.signedAt },
      comment: record.comment,
      steps: steps.slice(-MAX_STEPS),
      omittedSteps: Math.max(0, steps.length - MAX_STEPS),
      code,
      qr: this.d.qr.encode(formatSlipCode(code)),
      fonts: this.d.fonts.fonts()
    });
    return { html, code, title: article.title };
  }

  /**
   * The workflow steps (oldest first) from after the article's previous sign-off up to the one signing
   * `signOffId`: who submitted, who reviewed or returned it and why, and the signing itself.
   */
  private round(articleId: string, signOffId: string): AuditEntry[] {
    const newestFirst = this.d.audit.list({ articleId, action: 'workflow', offset: 0, limit: WORKFLOW_LIMIT }).items;
    const at = newestFirst.findIndex((e) => e.details.signOffId === signOffId);
    if (at < 0) return [];
    const out: AuditEntry[] = [];
    for (const e of newestFirst.slice(at)) {
      if (out.length > 0 && e.action === 'workflow.ky-duyet') break;
      if (e.user) out.push(e);
    }
    return out.reverse();
  }
}

function actionLabel(action: string): string {
  const name = action.replace(/^workflow\./, '');
  if (name === 'tu-dong-huy-duyet') return 'Tự động hủy duyệt (bài bị sửa)';
  return ACTION_LABELS[name as WorkflowAction] ?? name;
}

function noteOf(e: AuditEntry): string {
  const reason = e.details.reason;
  return typeof reason === 'string' ? reason : '';
}
