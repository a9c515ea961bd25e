// Finding the portal's category for an article's "Chuyên mục" by name, the way a Vietnamese reader would:
// case, spacing, dashes, HTML entities (WordPress stores "&" as "&amp;") and the old/new tone-mark placement
// ("Văn hoá" = "Văn hóa", "Thuỷ lợi" = "Thủy lợi") do not matter; diacritics matter unless only one category
// matches without them ("Tin tuc su kien" → "Tin tức - Sự kiện"). Never guesses between several.
import type { WpCategory } from './schemas';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—' };

/** The few HTML entities WordPress puts into term names. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ent: string) => {
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? Number.parseInt(ent.slice(2), 16) : Number.parseInt(ent.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ent.toLowerCase()] ?? whole;
  });
}

// Combining tone marks (huyền, sắc, ngã, hỏi, nặng); the vowel-shape marks (ă â ê ô ơ ư) are kept.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Lower case, one space between words, punctuation dropped, each syllable's tone mark moved to its end. */
export function toneNormalized(name: string): string {
  return words(name)
    .map((w) => {
      const d = w.normalize('NFD');
      const tones = d.match(TONES) ?? [];
      return `${d.replace(TONES, '').normalize('NFC')}${tones.join('')}`;
    })
    .join(' ');
}

/** Without any diacritics: "Tin tức - Sự kiện" → "tin tuc su kien". */
export function accentFolded(name: string): string {
  return words(name)
    .map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd'))
    .join(' ');
}

function words(name: string): string[] {
  return decodeEntities(name)
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export type CategoryMatch = { kind: 'one'; category: WpCategory } | { kind: 'none' } | { kind: 'several'; categories: WpCategory[] };

/** The category named `name`: exact (tone-placement-insensitive) first, then without diacritics or by slug if that is unique. */
export function matchCategory(name: string, categories: readonly WpCategory[]): CategoryMatch {
  const wanted = toneNormalized(name);
  if (wanted === '') return { kind: 'none' };
  const exact = categories.filter((c) => toneNormalized(c.name) === wanted);
  if (exact.length === 1) return { kind: 'one', category: exact[0]! };
  if (exact.length > 1) return { kind: 'several', categories: exact };
  const folded = accentFolded(name);
  const loose = categories.filter((c) => accentFolded(c.name) === folded || accentFolded(c.slug) === folded);
  if (loose.length === 1) return { kind: 'one', category: loose[0]! };
  if (loose.length > 1) return { kind: 'several', categories: loose };
  return { kind: 'none' };
}

/** Category names as people read them (entities decoded), for messages and discovery. */
export function categoryNames(categories: readonly WpCategory[]): string[] {
  return categories.map((c) => decodeEntities(c.name));
}
