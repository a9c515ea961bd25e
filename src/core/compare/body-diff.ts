// Aligns the blocks of two bodies and describes each difference: blocks added, removed, moved or changed
// (word diff, formatting, heading level, image source/caption/alt, table cells).
import type { BlockChange, TextPart } from '../../shared/compare';
import type { Block } from './blocks';
import type { Differ } from './differ';
import { diffRuns, diffText } from './text-diff';

/** How far ahead an edited block is looked for among the inserted ones. */
const PAIR_WINDOW = 25;
/** Share of words two blocks must have in common to be shown as one edited block. */
const MIN_SIMILARITY = 0.3;

interface Entry {
  change: BlockChange;
  signature: string;
}

export function diffBlocks(differ: Differ, before: Block[], after: Block[]): BlockChange[] {
  const entries: Entry[] = [];
  let i = 0;
  let j = 0;
  let removed: Block[] = [];
  let added: Block[] = [];
  const flush = () => {
    pairHunk(differ, removed, added, entries);
    removed = [];
    added = [];
  };
  for (const chunk of differ.arrays(before.map((b) => b.signature), after.map((b) => b.signature))) {
    const n = chunk.value.length;
    if (chunk.removed) {
      removed.push(...before.slice(i, i + n));
      i += n;
    } else if (chunk.added) {
      added.push(...after.slice(j, j + n));
      j += n;
    } else {
      flush();
      for (const b of after.slice(j, j + n)) entries.push({ change: sameBlock(b), signature: b.signature });
      i += n;
      j += n;
    }
  }
  flush();
  markMoves(entries);
  return entries.map((e) => e.change);
}

function pairHunk(differ: Differ, removed: Block[], added: Block[], out: Entry[]): void {
  let next = 0;
  for (const r of removed) {
    let best = -1;
    let bestScore = MIN_SIMILARITY;
    for (let k = next; k < Math.min(added.length, next + PAIR_WINDOW); k++) {
      const score = similarity(r, added[k]!);
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    if (best < 0) {
      out.push({ change: wholeBlock(r, 'removed'), signature: r.signature });
      continue;
    }
    for (; next < best; next++) out.push({ change: wholeBlock(added[next]!, 'added'), signature: added[next]!.signature });
    out.push({ change: changedBlock(differ, r, added[best]!), signature: '' });
    next = best + 1;
  }
  for (; next < added.length; next++) out.push({ change: wholeBlock(added[next]!, 'added'), signature: added[next]!.signature });
}

function family(b: Block): string {
  return b.image ? 'image' : b.cells ? 'table' : 'text';
}

function similarity(a: Block, b: Block): number {
  if (family(a) !== family(b)) return 0;
  if (a.text === b.text) return 1;
  // Images and tables in the same stretch are the same object edited.
  if (family(a) !== 'text') return a.image?.src === b.image?.src ? 0.9 : 0.5;
  return wordOverlap(a.text, b.text);
}

/** Dice coefficient over word multisets: 1 for the same words, 0 for none in common. */
function wordOverlap(a: string, b: string): number {
  const wa = a.toLowerCase().split(/\s+/u).filter(Boolean);
  const wb = b.toLowerCase().split(/\s+/u).filter(Boolean);
  if (wa.length + wb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

function textParts(b: Block, change: TextPart['change']): TextPart[] {
  return b.text === '' ? [] : [{ text: b.text, change }];
}

function sameBlock(b: Block): BlockChange {
  const parts = textParts(b, 'same');
  return { change: 'same', kind: b.kind, before: parts, after: parts, parts };
}

function wholeBlock(b: Block, change: 'added' | 'removed'): BlockChange {
  const parts = textParts(b, change);
  const note = b.image ? imageLabel(b) : undefined;
  return change === 'added'
    ? { change, kind: b.kind, before: null, after: parts, parts, ...(note ? { note } : {}) }
    : { change, kind: b.kind, before: parts, after: null, parts, ...(note ? { note } : {}) };
}

function imageLabel(b: Block): string {
  return `Ảnh: ${b.image!.src}` + (b.image!.alt ? ` (mô tả: “${b.image!.alt}”)` : '');
}

function changedBlock(differ: Differ, a: Block, b: Block): BlockChange {
  const notes: string[] = [];
  if (a.kind !== b.kind) notes.push(`Đổi “${a.kind}” thành “${b.kind}”`);
  let parts: TextPart[];
  if (a.image && b.image) {
    if (a.image.src !== b.image.src) notes.push('Thay ảnh khác');
    if (a.image.caption !== b.image.caption) notes.push('Sửa chú thích ảnh');
    if (a.image.alt !== b.image.alt) notes.push(`Sửa mô tả ảnh: “${a.image.alt}” → “${b.image.alt}”`);
    parts = diffText(differ, a.text, b.text);
  } else if (a.cells && b.cells) {
    notes.push(...tableNotes(a.cells, b.cells));
    parts = diffText(differ, a.text, b.text);
  } else {
    parts = diffRuns(differ, a.runs, b.runs);
    if (parts.some((p) => p.formatChanged) && !parts.some((p) => p.change !== 'same')) notes.push('Chỉ đổi định dạng');
  }
  return {
    change: 'changed',
    kind: b.kind,
    before: parts.filter((p) => p.change !== 'added'),
    after: parts.filter((p) => p.change !== 'removed'),
    parts,
    ...(notes.length ? { note: notes.join('; ') } : {})
  };
}

function tableNotes(a: string[][], b: string[][]): string[] {
  const notes: string[] = [];
  if (a.length !== b.length) notes.push(b.length > a.length ? `Thêm ${b.length - a.length} hàng` : `Bớt ${a.length - b.length} hàng`);
  const cells: string[] = [];
  for (let r = 0; r < Math.min(a.length, b.length); r++) {
    const ra = a[r]!;
    const rb = b[r]!;
    if (ra.length !== rb.length) notes.push(`Hàng ${r + 1}: ${ra.length} → ${rb.length} cột`);
    for (let c = 0; c < Math.min(ra.length, rb.length); c++) {
      if (ra[c] !== rb[c]) cells.push(`hàng ${r + 1}, cột ${c + 1}: “${ra[c]}” → “${rb[c]}”`);
    }
  }
  if (cells.length) notes.push(`Sửa ${cells.length} ô (${cells.join('; ')})`);
  return notes;
}

/** A block removed in one place and added unchanged in another is a move, not a rewrite. */
function markMoves(entries: Entry[]): void {
  const removedBySig = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.change.change !== 'removed') continue;
    const list = removedBySig.get(e.signature) ?? [];
    list.push(e);
    removedBySig.set(e.signature, list);
  }
  for (const e of entries) {
    if (e.change.change !== 'added') continue;
    const from = removedBySig.get(e.signature)?.shift();
    if (!from) continue;
    from.change.moved = true;
    from.change.note = 'Đã chuyển đoạn này đến chỗ khác';
    e.change.moved = true;
    e.change.note = 'Đoạn được chuyển đến từ chỗ khác';
  }
}
