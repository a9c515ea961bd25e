// Keeping a comment on its words while the text around (or inside) them changes. The app rebases every
// anchor from the old plain text to the new one on each save; the editor does the same between saves
// so highlights follow typing. Pure: the word diff is given by the caller (jsdiff in the app).
import type { CommentAnchor } from '../../shared/comments';
import type { DiffChunk } from '../compare/differ';

export type WordDiff = (before: string, after: string) => DiffChunk<string>[];

type Side = 'start' | 'end';

/** A quote this short is too common to find again by itself once its words were deleted… */
const MIN_UNIQUE_QUOTE = 8;
/** …unless this many characters around it still match (the paragraph was moved, not rewritten). */
const CONTEXT = 16;
const MIN_CONTEXT = 8;

/**
 * Where `anchor` (offsets in `oldText`) lies in `newText`. Text inserted right at a span's edge stays
 * outside it; a replaced word inside or at its edge becomes part of it. When every word of the span
 * is gone, the original quote is looked for nearby; failing that the anchor is `detached`. A detached
 * anchor comes back when its quote reappears (e.g. after restoring an older version).
 */
export function rebaseAnchor(anchor: CommentAnchor, oldText: string, newText: string, words?: WordDiff): CommentAnchor {
  if (anchor.detached) return findQuote(anchor, newText, Math.min(anchor.start, newText.length));
  if (oldText === newText) return anchor;
  const change = changedRegion(oldText, newText);
  const map = (o: number, side: Side) => mapOffset(o, side, change, oldText, newText, words);
  const start = map(anchor.start, 'start');
  const end = Math.max(start, map(anchor.end, 'end'));
  const mapped = newText.slice(start, end);
  if (mapped === anchor.quote) return { ...anchor, start, end, detached: false };
  // The diff may pair words wrongly when a paragraph moved: the quote in its old surroundings wins.
  const context = { before: oldText.slice(Math.max(0, anchor.start - CONTEXT), anchor.start), after: oldText.slice(anchor.end, anchor.end + CONTEXT) };
  const moved = findQuote(anchor, newText, start, context, true);
  if (!moved.detached) return moved;
  if (mapped.trim() !== '') return { ...anchor, start, end, detached: false };
  return findQuote(anchor, newText, start, context, false);
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

function mapOffset(o: number, side: Side, c: Change, oldText: string, newText: string, words?: WordDiff): number {
  const delta = c.newEnd - c.oldEnd;
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

/** The quote's best occurrence; with `byContextOnly`, only one whose surroundings still match. */
function findQuote(anchor: CommentAnchor, text: string, near: number, context?: { before: string; after: string }, byContextOnly = false): CommentAnchor {
  const quote = anchor.quote;
  let best: { at: number; score: number } | null = null;
  for (let at = text.indexOf(quote); at !== -1 && quote !== ''; at = text.indexOf(quote, at + 1)) {
    const score = context ? contextMatch(text, at, at + quote.length, context) : 0;
    const better = !best || score > best.score || (score === best.score && Math.abs(at - near) < Math.abs(best.at - near));
    if (better) best = { at, score };
  }
  const trusted = best && (best.score >= MIN_CONTEXT || (!byContextOnly && quote.trim().length >= MIN_UNIQUE_QUOTE));
  if (!best || !trusted) return { ...anchor, start: near, end: near, detached: true };
  return { ...anchor, start: best.at, end: best.at + quote.length, detached: false };
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
