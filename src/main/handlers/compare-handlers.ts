// version.compare: loads the two versions (defaults as pickCompareVersions says: what the user last signed or saw)
// and compares them with jsdiff.
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { VersionInfo } from '../../shared/versions';
import { compareVersions, type Differ } from '../../core/compare/compare';
import { pickCompareVersions } from '../../core/compare/defaults';
import type { WordDiff } from '../../core/comments/anchor';
import type { ArticleViewRepository } from '../../core/versions/ports';
import type { VersionService } from '../../core/versions/version-service';
import type { WorkflowHandlers } from '../workflow/compose';
import type { Handlers } from './types';

/** Vietnamese word boundaries: a syllable with its diacritics is one word. */
const segmenter = new Intl.Segmenter('vi', { granularity: 'word' });

/**
 * Past this many inserted/removed tokens the texts are too different for a word diff to help a reader, and
 * the diff would grow slow (seconds for a rewritten 5,000-word paragraph): the block is shown as replaced.
 */
const MAX_WORD_EDITS = 1000;

/** What a word diff gives up to past MAX_WORD_EDITS: the whole text replaced. */
const replaced = (before: string, after: string) => [
  { value: before, removed: true, added: false, count: 1 },
  { value: after, removed: false, added: true, count: 1 }
];

export const jsdiffDiffer: Differ = {
  arrays: (before, after) => diffArrays(before, after),
  words: (before, after) => diffWordsWithSpace(before, after, { intlSegmenter: segmenter, maxEditLength: MAX_WORD_EDITS }) ?? replaced(before, after)
};

/**
 * The word diff that carries comment anchors: one change per word, so an anchor ending at a replaced
 * word takes its replacement and not every word typed after it.
 */
export const anchorWords: WordDiff = (before, after) =>
  diffWordsWithSpace(before, after, { intlSegmenter: segmenter, oneChangePerToken: true, maxEditLength: MAX_WORD_EDITS }) ?? replaced(before, after);

/** Built from the same deps as the rest of the handler map (AllHandlerDeps has both). */
export interface CompareHandlerDeps {
  /** `list` refuses an unknown article (NOT_FOUND); reading versions is allowed to anyone who may read the article. */
  versions: Pick<VersionService, 'list' | 'get'>;
  /** Sign-offs, voided ones included: "the version I last signed" holds even after later edits voided it. */
  workflow: Pick<WorkflowHandlers, 'workflow.signOffs'>;
  /** What the user saw when they last opened the article, and before. */
  views: Pick<ArticleViewRepository, 'seen'>;
}

export function compareHandlers(d: CompareHandlerDeps): Pick<Handlers, 'version.compare'> {
  return {
    'version.compare': async ({ articleId, fromVersionId, toVersionId }, ctx) => {
      const versions = d.versions.list(articleId);
      const signOffs = (await d.workflow['workflow.signOffs']({ articleId }, ctx)).map((s) => ({
        signerId: s.signer.id,
        contentHash: s.contentHash,
        revisionId: s.revisionId,
        signedAt: s.signedAt
      }));
      const seen = d.views.seen(ctx.user.id, articleId);
      const { from, to } = pickCompareVersions(versions, ctx.user.id, signOffs, { fromVersionId, toVersionId }, seen);
      const snapshot = (v: VersionInfo) => ({
        ref: { id: v.id, number: v.number, createdAt: v.createdAt, by: v.createdBy.name },
        article: d.versions.get(articleId, v.id)
      });
      return compareVersions(jsdiffDiffer, snapshot(from), snapshot(to));
    }
  };
}
