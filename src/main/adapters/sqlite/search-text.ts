// Text preparation for full-text search: folding for the index and the query, and turning the
// ORIGINAL text into highlighted segments (tokens are folded one by one, so no offset mapping).
import { fold } from '../../../shared/text';

const foldCache = new Map<string, string>();

/** Same result as fold() (per code point of NFC input), cached per character: fast enough for bulk indexing. */
export function foldForIndex(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    let f = foldCache.get(ch);
    if (f === undefined) {
      f = fold(ch);
      foldCache.set(ch, f);
    }
    out += f;
  }
  return out;
}

export interface ParsedQuery {
  /** Folded words, in order. */
  terms: string[];
  /** The last word may be unfinished (no trailing space, ≥ 3 letters): it may be matched as a prefix. */
  prefixLast: boolean;
  /** The last word is an unfinished fragment of 1–2 letters after other words: it may be left out. */
  fragmentLast: boolean;
  /** The query as typed, NFC, lower case, single spaces: what an exact-diacritic match contains. */
  exact: string;
}

/** Shorter prefixes expand to too many index terms to be fast (there is no prefix index). */
const MIN_PREFIX = 3;
const WORD = /[\p{L}\p{N}]+/gu;
const ORIGINAL_WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function parseQuery(query: string): ParsedQuery {
  const terms = foldForIndex(query).match(WORD) ?? [];
  const unfinished = terms.length > 0 && !/\s$/u.test(query);
  const lastLength = terms[terms.length - 1]?.length ?? 0;
  return {
    terms,
    prefixLast: unfinished && lastLength >= MIN_PREFIX,
    fragmentLast: unfinished && lastLength < MIN_PREFIX && terms.length > 1,
    exact: normaliseForExact(query).trim()
  };
}

/** NFC, lower case, single spaces: an exact-diacritic match is this string inside the stored text. */
export function normaliseForExact(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ');
}

/** The same query with every word matched whole. */
export function wholeWords(q: ParsedQuery): ParsedQuery {
  return { ...q, prefixLast: false, fragmentLast: false };
}

/**
 * What to try when whole words find too little: the last word as a prefix, or without a short
 * unfinished last fragment ("chuyen doi s" → "chuyen doi"). Null when there is nothing to widen.
 */
export function widened(q: ParsedQuery): ParsedQuery | null {
  if (q.prefixLast) return q;
  if (q.fragmentLast) return { ...wholeWords(q), terms: q.terms.slice(0, -1) };
  return null;
}

/** FTS5 MATCH expression: every word must occur (AND); the last one as a prefix when unfinished. */
export function matchExpression(q: ParsedQuery): string {
  return q.terms.map((t, i) => `"${t}"${q.prefixLast && i === q.terms.length - 1 ? '*' : ''}`).join(' ');
}

export type Segment = { text: string; hit: boolean };

function isHit(q: ParsedQuery, word: string): boolean {
  const f = foldForIndex(word);
  const last = q.terms.length - 1;
  return q.terms.some((t, i) => f === t || (q.prefixLast && i === last && f.startsWith(t)));
}

/** The whole text as segments, matched words marked. */
export function highlight(text: string, q: ParsedQuery): Segment[] {
  return segments(text, q, 0, text.length);
}

/** About `words` words of `text` around its first matched word, or null when no word matches. */
export function snippet(text: string, q: ParsedQuery, words = 30): Segment[] | null {
  const tokens = [...text.matchAll(ORIGINAL_WORD)];
  const first = tokens.findIndex((m) => isHit(q, m[0]));
  if (first < 0) return null;
  // Use the whole word budget: near the end of a short text, start earlier rather than cut needlessly.
  const start = Math.min(first - Math.floor(words / 4), tokens.length - words);
  return window(text, tokens, Math.max(0, start), words, q);
}

/** The first `words` words of `text` (for hits only in the title). */
export function leading(text: string, q: ParsedQuery, words = 30): Segment[] {
  return window(text, [...text.matchAll(ORIGINAL_WORD)], 0, words, q);
}

function window(text: string, tokens: RegExpExecArray[] | RegExpMatchArray[], start: number, words: number, q: ParsedQuery): Segment[] {
  if (tokens.length === 0) return [];
  const end = Math.min(tokens.length, start + words);
  const from = (tokens[start]?.index ?? 0);
  const lastToken = tokens[end - 1];
  const to = lastToken ? (lastToken.index ?? 0) + lastToken[0].length : text.length;
  const out = segments(text, q, from, to);
  if (from > 0) prepend(out, '… ');
  if (end < tokens.length) out.push({ text: ' …', hit: false });
  return out;
}

function prepend(out: Segment[], text: string): void {
  const head = out[0];
  if (head && !head.hit) head.text = text + head.text;
  else out.unshift({ text, hit: false });
}

function segments(text: string, q: ParsedQuery, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let plain = '';
  let pos = from;
  const re = new RegExp(ORIGINAL_WORD.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (!isHit(q, m[0])) continue;
    plain += text.slice(pos, m.index);
    if (plain) out.push({ text: plain, hit: false });
    out.push({ text: m[0], hit: true });
    plain = '';
    pos = m.index + m[0].length;
  }
  plain += text.slice(pos, to);
  if (plain) out.push({ text: plain, hit: false });
  return out;
}
