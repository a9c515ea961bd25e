// Vietnamese text helpers shared by every layer: NFC normalisation and diacritic folding.

/** Normalise to Unicode NFC (everything stored is NFC). */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Fold Vietnamese text for search: lower-case, strip diacritics, đ→d.
 * Length-preserving per code point of NFC input, so offsets in the folded text map back to the original.
 */
export function fold(s: string): string {
  let out = '';
  for (const ch of nfc(s)) {
    out += foldChar(ch);
  }
  return out;
}

function foldChar(ch: string): string {
  if (ch === 'đ' || ch === 'Đ') return 'd';
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const lower = base.toLowerCase();
  // Keep one code point per input code point so offsets stay aligned.
  return [...lower].length === 1 ? lower : ch.toLowerCase().slice(0, 1) || ch;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese collation for names and titles. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Count words the way an editor would (whitespace-separated tokens with a letter or digit). */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,-]*/gu);
  return m ? m.length : 0;
}
