// The diff algorithms the comparison uses, given by the caller (jsdiff in the app, see
// src/main/adapters/diff/jsdiff.ts) so that core stays free of packages other than Lexical and zod.

/** One stretch of a diff, shaped like jsdiff's change objects. */
export interface DiffChunk<T> {
  value: T;
  added: boolean;
  removed: boolean;
  count: number;
}

export interface Differ {
  /** Aligns two sequences of block signatures (jsdiff `diffArrays`). */
  arrays(before: string[], after: string[]): DiffChunk<string[]>[];
  /**
   * Word diff keeping whitespace (jsdiff `diffWordsWithSpace` with a Vietnamese `Intl.Segmenter`, so a word
   * with its diacritics is one unit). Inputs are already NFC.
   */
  words(before: string, after: string): DiffChunk<string>[];
}
