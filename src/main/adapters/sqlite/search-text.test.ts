import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../shared/text';
import { foldForIndex, matchExpression, parseQuery, snippet } from './search-text';

describe('search text', () => {
  it('folds exactly like fold(), for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => foldForIndex(s) === fold(s)));
    expect(foldForIndex('Đường Ủy ban Uỷ ban')).toBe('duong uy ban uy ban');
  });

  it('builds a safe FTS query from any input, with the unfinished last word as a prefix', () => {
    expect(matchExpression(parseQuery('Đường "30/4" AND OR* (xyz'))).toBe('"duong" "30" "4" "and" "or" "xyz"*');
    // One or two letters expand to too many words to search fast: matched as whole words.
    expect(matchExpression(parseQuery('uy ba'))).toBe('"uy" "ba"');
    expect(matchExpression(parseQuery('uy ban '))).toBe('"uy" "ban"');
    expect(parseQuery('  Ủy   Ban ').exact).toBe('ủy ban');
  });

  it('keeps NFD input aligned: snippets come from the original text', () => {
    const nfd = 'Con đường mới'.normalize('NFD');
    const parts = snippet(nfd, parseQuery('duong'));
    expect(parts?.find((p) => p.hit)?.text.normalize('NFC')).toBe('đường');
    expect(parts?.map((p) => p.text).join('')).toBe(nfd);
  });
});
