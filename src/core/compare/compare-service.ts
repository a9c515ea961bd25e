// "So sánh": loads the two versions (by default what the user last signed or saw against the current
// one, see pickCompareVersions) and compares them with the word differ the composition root gives.
import type { UserRef } from '../../shared/article';
import type { VersionComparison } from '../../shared/compare';
import type { VersionInfo } from '../../shared/versions';
import type { ArticleViewRepository } from '../versions/ports';
import type { VersionService } from '../versions/version-service';
import type { WorkflowService } from '../workflow/workflow-service';
import { compareVersions, type Differ } from './compare';
import { pickCompareVersions } from './defaults';

export interface CompareServiceDeps {
  /** `list` refuses an unknown article (NOT_FOUND). */
  versions: Pick<VersionService, 'list' | 'get'>;
  /** Sign-offs, voided ones included: "the version I last signed" holds even after later edits voided it. */
  workflow: Pick<WorkflowService, 'signOffs'>;
  views: Pick<ArticleViewRepository, 'seen'>;
  differ: Differ;
}

export class CompareService {
  constructor(private readonly d: CompareServiceDeps) {}

  compare(articleId: string, requested: { fromVersionId?: string; toVersionId?: string }, user: UserRef): VersionComparison {
    const versions = this.d.versions.list(articleId);
    const signOffs = this.d.workflow.signOffs(articleId, user).map((s) => ({
      signerId: s.signer.id,
      contentHash: s.contentHash,
      revisionId: s.revisionId,
      signedAt: s.signedAt
    }));
    const seen = this.d.views.seen(user.id, articleId);
    const { from, to } = pickCompareVersions(versions, user.id, signOffs, requested, seen);
    const snapshot = (v: VersionInfo) => ({
      ref: { id: v.id, number: v.number, createdAt: v.createdAt, by: v.createdBy.name },
      article: this.d.versions.get(articleId, v.id)
    });
    return compareVersions(this.d.differ, snapshot(from), snapshot(to));
  }
}
