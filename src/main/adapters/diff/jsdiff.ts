// Word and block diffs over jsdiff, for "So sánh" (Differ) and for carrying comment anchors (WordDiff).
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { WordDiff } from '../../../core/comments/anchor';
import type { Differ } from '../../../core/compare/compare';

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
