// Seeds a --sample workspace: the seed portal's agency profile and the sample articles.
// Runs only on an empty workspace; sample states are set directly, then approved ones are signed.
import type { ArticleService } from '../../core/articles/article-service';
import { describe, type WorkflowService } from '../../core/workflow/workflow-service';
import type { ProfileService } from '../../core/profile/profile-service';
import type { AccountRepository, AuditLog, Clock, KeySigner, MediaStore, TransactionRunner } from '../../core/ports';
import { actorOf } from '../../core/workflow/actor';
import type { SignOffs } from '../../core/workflow/signoffs';
import type { WorkflowRecorder } from '../../core/workflow/workflow-recorder';
import { htmlToBody } from '../../core/editor/body';
import type { ArticleStatus, UserRef } from '../../shared/article';
import { fromVnLocalInput } from '../../shared/dates';
import { parseHtml } from '../adapters/html/parse-html';
import { SAMPLE_ARTICLES, type SampleArticle } from './articles';
import { PALETTES, landscapePng } from './images';
import { SAMPLE_PROFILE, SAMPLE_PROFILE_FROM } from './profile';

export interface SeedTargets {
  articles: ArticleService;
  profile: ProfileService;
  tx: TransactionRunner;
  media: MediaStore;
}

/** Returns the number of articles created (0 when the workspace already had articles). */
export function seedSample(t: SeedTargets, user: UserRef): number {
  return t.tx.transaction(() => {
    if (t.articles.count() > 0) return 0;
    if (t.profile.history().length === 0) t.profile.save(SAMPLE_PROFILE, SAMPLE_PROFILE_FROM, user);
    for (const s of SAMPLE_ARTICLES) {
      const at = new Date(vnTime(s.createdAt));
      const imageHash = s.image === undefined ? null : t.media.put(landscapePng(PALETTES[s.image]!)).hash;
      t.articles.create(
        {
          title: s.title,
          summary: s.summary,
          author: s.author,
          category: s.category,
          articleType: s.articleType,
          featured: s.featured ?? false,
          publishAt: s.publishAt ? vnTime(s.publishAt) : null,
          imageCaption: s.imageCaption ?? '',
          imageHash,
          body: htmlToBody(bodyHtml(s, imageHash), parseHtml)
        },
        user,
        { status: s.status, at, viewCount: s.viewCount ?? 0 }
      );
    }
    return SAMPLE_ARTICLES.length;
  });
}

function bodyHtml(s: SampleArticle, imageHash: string | null): string {
  const figure = imageHash ? `<figure><img src="media:${imageHash}" alt="${s.imageAlt ?? s.imageCaption ?? ''}"><figcaption>${s.imageCaption ?? ''}</figcaption></figure>` : '';
  return s.html.trim().replace('{{image}}', figure);
}

function vnTime(local: string): string {
  const iso = fromVnLocalInput(local);
  if (!iso) throw new Error('bad sample date ' + local);
  return iso;
}

/** States a sample article reaches only after "Ký duyệt": each carries a valid sign-off. */
const SIGNED_STATES: readonly ArticleStatus[] = ['da_duyet', 'hen_gio', 'da_xuat_ban'];

export const SAMPLE_RETURN_REASON = 'Đề nghị bổ sung thời gian, địa điểm cụ thể và nguồn số liệu trước khi trình duyệt.';

export interface SampleWorkflowPeople {
  /** The sample approver (truongban): signs the approved sample articles. */
  approverId: string;
  /** The sample reviewer (thanhvien): the one who returned the Trả lại sample article. */
  reviewerId: string;
}

/** What seeding the sample workflow records needs from the composition root. */
export interface SampleWorkflowDeps {
  articles: ArticleService;
  workflow: Pick<WorkflowService, 'view'>;
  signOffs: SignOffs;
  recorder: WorkflowRecorder;
  audit: AuditLog;
  accounts: Pick<AccountRepository, 'get'>;
  tx: TransactionRunner;
  clock: Clock;
}

/**
 * Gives the sample articles the workflow records their states imply: approved ones (Đã duyệt, Hẹn giờ,
 * Đã xuất bản) get a valid sign-off by the approver, made with the sample password; returned ones get
 * the reviewer's reason. Idempotent. Returns how many sign-offs were made. Only for sample data, where
 * articles are created directly in those states (no workflow action took them there).
 */
export function seedSampleWorkflow(t: SampleWorkflowDeps, people: SampleWorkflowPeople, password: string): number {
  const inState = (status: ArticleStatus) => t.articles.list({ status, sort: 'createdAt', direction: 'asc', offset: 0, limit: 500 }).items;
  let signed = 0;
  let signer: KeySigner | null = null;
  for (const item of SIGNED_STATES.flatMap(inState)) {
    if (t.signOffs.hasAny(item.id)) continue;
    // Unlocked once (one scrypt derivation) for every sample sign-off.
    signer ??= t.signOffs.unlockSync(actorOf(t.accounts, { id: people.approverId, name: '' }), password);
    signExisting(t, item.id, people.approverId, signer);
    signed += 1;
  }
  for (const item of inState('tra_lai')) {
    if (t.workflow.view(item.id, { id: people.reviewerId, name: '' }).returned === null) seedReturn(t, item.id, people.reviewerId);
  }
  return signed;
}

function signExisting(t: SampleWorkflowDeps, articleId: string, signerId: string, signer: KeySigner): void {
  const actor = actorOf(t.accounts, { id: signerId, name: '' });
  const article = t.articles.get(articleId);
  const at = t.clock.now().toISOString();
  const record = t.signOffs.sign(article, actor, signer, 'Đồng ý đăng.', at);
  t.tx.transaction(() => {
    t.signOffs.insert(record);
    t.audit.append({
      at,
      user: actor.ref,
      action: 'workflow.ky-duyet',
      articleId,
      description: `Ký duyệt phiên bản ${article.version} (dữ liệu mẫu)`,
      details: { revisionId: article.revisionId, contentHash: article.contentHash, signOffId: record.id, keyId: record.keyId, signature: record.signature }
    });
  });
}

function seedReturn(t: SampleWorkflowDeps, articleId: string, reviewerId: string): void {
  const user = actorOf(t.accounts, { id: reviewerId, name: '' }).ref;
  const reason = SAMPLE_RETURN_REASON;
  t.tx.transaction(() =>
    t.recorder.record({
      articleId,
      at: t.clock.now().toISOString(),
      user,
      action: 'tra-lai',
      from: 'cho_duyet',
      to: 'tra_lai',
      reason,
      commentIds: [],
      description: describe('tra-lai', 'cho_duyet', 'tra_lai', reason, t.articles.get(articleId).version),
      version: null,
      auditDetails: { from: 'cho_duyet', to: 'tra_lai', reason }
    })
  );
}
