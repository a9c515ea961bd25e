// Keeping a comment on its words while the text around (or inside) them changes. The app rebases every
// anchor from the old plain text to the new one on each save; the editor does the same between saves
// so highlights follow typing. Pure: the word diff is given by the caller (jsdiff in the app).
import type { CommentAnchor } from '../../shared/comments';
import type { DiffChunk } from '../compare/differ';

export type WordDiff = (before: string, after: string) => DiffChunk<string>[];

type Side = 'start' | 'end';

/** Characters around a span compared to find its words again after a move… */
const CONTEXT = 16;
/** …and how many of them must still match to trust a match elsewhere. */
const MIN_CONTEXT = 8;

/**
 * Where `anchor` (offsets in `oldText`) lies in `newText`. Text inserted right at a span's edge stays
 * outside it, unless the span is being rewritten (its words already differ from the quote); a replaced
 * word inside or at its edge becomes part of it; edges are kept on word boundaries. A span whose words
 * were moved elsewhere follows them when their old surroundings came along. When every word is gone
 * the anchor is `detached`, and comes back if its quote is put back where it was (e.g. by a restore).
 */
export function rebaseAnchor(anchor: CommentAnchor, oldText: string, newText: string, words?: WordDiff): CommentAnchor {
  if (oldText === newText) return anchor;
  const change = changedRegion(oldText, newText);
  const rewriting = !anchor.detached && oldText.slice(anchor.start, anchor.end) !== anchor.quote;
  const map = (o: number, side: Side) => mapOffset(o, side, change, oldText, newText, words, rewriting);
  if (anchor.detached) return putBack(anchor, newText, map(anchor.start, 'end'), map(anchor.start, 'start'));
  const span = snapToWords(newText, map(anchor.start, 'start'), map(anchor.end, 'end'));
  const mapped = newText.slice(span.start, span.end);
  if (mapped === anchor.quote) return { ...anchor, ...span, detached: false };
  const context = { before: oldText.slice(Math.max(0, anchor.start - CONTEXT), anchor.start), after: oldText.slice(anchor.end, anchor.end + CONTEXT) };
  const moved = bestQuote(anchor.quote, newText, span.start, context);
  const trusted = moved && moved.score >= MIN_CONTEXT;
  if (mapped.trim() !== '') {
    // The diff may pair words wrongly when a paragraph moved; an edit of the words themselves keeps them.
    const own = contextMatch(newText, span.start, span.end, context);
    if (trusted && moved.score > own) return { ...anchor, start: moved.at, end: moved.at + anchor.quote.length, detached: false };
    return { ...anchor, ...span, detached: false };
  }
  if (trusted) return { ...anchor, start: moved.at, end: moved.at + anchor.quote.length, detached: false };
  return { ...anchor, start: span.start, end: span.start, detached: true };
}

/** A detached anchor takes its quote again only when it reappears in the text inserted at its point. */
function putBack(anchor: CommentAnchor, text: string, a: number, b: number): CommentAnchor {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const at = text.indexOf(anchor.quote, lo);
  if (anchor.quote !== '' && at !== -1 && at + anchor.quote.length <= hi) return { ...anchor, start: at, end: at + anchor.quote.length, detached: false };
  return { ...anchor, start: lo, end: lo, detached: true };
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/** Widens a span that starts or ends inside a word to the whole word; blanks at its edges are dropped. */
function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return { start, end: start };
  while (start > 0 && isWord(text[start - 1]) && isWord(text[start])) start--;
  while (end < text.length && isWord(text[end - 1]) && isWord(text[end])) end++;
  return { start, end };
}

/** The stretch that differs: old [from, oldEnd) became new [from, newEnd); the rest is identical. */
interface Change {
  from: number;
  oldEnd: number;
  newEnd: number;
}

/** Every anchor of one edit shares the same two texts: remember the last region found. */
let lastRegion: { a: string; b: string; change: Change } | null = null;

function changedRegion(a: string, b: string): Change {
  if (lastRegion && lastRegion.a === a && lastRegion.b === b) return lastRegion.change;
  lastRegion = { a, b, change: findChangedRegion(a, b) };
  return lastRegion.change;
}

function findChangedRegion(a: string, b: string): Change {
  const max = Math.min(a.length, b.length);
  let from = 0;
  while (from < max && a.charCodeAt(from) === b.charCodeAt(from)) from++;
  let tail = 0;
  while (tail < max - from && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return { from, oldEnd: a.length - tail, newEnd: b.length - tail };
}

function mapOffset(o: number, side: Side, c: Change, oldText: string, newText: string, words: WordDiff | undefined, rewriting: boolean): number {
  const delta = c.newEnd - c.oldEnd;
  // Typing at the edge of a span being rewritten (over several saves) is part of the new wording.
  const insertion = c.oldEnd === c.from;
  if (rewriting && insertion) {
    if (side === 'end' && o <= c.from && oldText.slice(o, c.from).trim() === '') return c.newEnd;
    if (side === 'start' && o >= c.from && oldText.slice(c.from, o).trim() === '') return c.from;
  }
  if (side === 'start' ? o < c.from : o <= c.from) return o;
  if (side === 'start' ? o >= c.oldEnd : o > c.oldEnd) return o + delta;
  if (!words) return side === 'start' ? c.from : c.newEnd;
  return c.from + mapThroughChunks(o - c.from, side, words(oldText.slice(c.from, c.oldEnd), newText.slice(c.from, c.newEnd)));
}

/** Maps an offset of the diff's old side to its new side. */
function mapThroughChunks(o: number, side: Side, chunks: DiffChunk<string>[]): number {
  let oldPos = 0;
  let newPos = 0;
  let previous: DiffChunk<string> | null = null;
  for (const chunk of chunks) {
    const len = chunk.value.length;
    if (chunk.added) {
      // An end right after a replaced word takes the replacement; any other insertion at an edge stays out.
      if (side === 'end' && o === oldPos && !previous?.removed) return newPos;
      newPos += len;
    } else if (chunk.removed) {
      if (o < oldPos + len || (side === 'start' && o === oldPos)) return newPos;
      oldPos += len;
    } else {
      if (o < oldPos + len || (side === 'end' && o === oldPos + len)) return newPos + (o - oldPos);
      oldPos += len;
      newPos += len;
    }
    previous = chunk;
  }
  return newPos;
}

/** The occurrence of `quote` whose surroundings best match `context` (the nearest on a tie). */
function bestQuote(quote: string, text: string, near: number, context: { before: string; after: string }): { at: number; score: number } | null {
  let best: { at: number; score: number } | null = null;
  for (let at = text.indexOf(quote); at !== -1 && quote !== ''; at = text.indexOf(quote, at + 1)) {
    const score = contextMatch(text, at, at + quote.length, context);
    if (!best || score > best.score || (score === best.score && Math.abs(at - near) < Math.abs(best.at - near))) best = { at, score };
  }
  return best;
}

/** How many characters right before and after a candidate equal the original surroundings. */
function contextMatch(text: string, start: number, end: number, context: { before: string; after: string }): number {
  let n = 0;
  while (n < context.before.length && text[start - 1 - n] === context.before[context.before.length - 1 - n]) n++;
  let m = 0;
  while (m < context.after.length && text[end + m] === context.after[m]) m++;
  return n + m;
}

/** The open threads covering plain-text `offset` (a click in the text opens them). */
export function anchorsAt<T extends { anchor: CommentAnchor }>(items: T[], offset: number): T[] {
  return items.filter((t) => !t.anchor.detached && t.anchor.start <= offset && offset <= t.anchor.end);
}
