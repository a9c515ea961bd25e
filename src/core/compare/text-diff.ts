// Word-level diff of two texts, with formatting changes on unchanged words flagged in Vietnamese.
import type { TextPart } from '../../shared/compare';
import { countWords, nfc } from '../../shared/text';
import { FMT_BOLD, FMT_ITALIC, FMT_UNDERLINE, type Run } from './blocks';
import type { DiffChunk, Differ } from './differ';

const FORMAT_NAMES: [number, string][] = [
  [FMT_BOLD, 'đậm'],
  [FMT_ITALIC, 'nghiêng'],
  [FMT_UNDERLINE, 'gạch chân']
];

/** Word diff of plain texts (metadata fields). */
export function diffText(differ: Differ, before: string, after: string): TextPart[] {
  return readableWords(differ, nfc(before), nfc(after)).map((c) => ({ text: c.value, change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}

/** Word diff of formatted runs: unchanged words whose formatting or link changed carry `formatChanged`. */
export function diffRuns(differ: Differ, before: Run[], after: Run[]): TextPart[] {
  const a = styleMap(before);
  const b = styleMap(after);
  const parts: TextPart[] = [];
  let i = 0;
  let j = 0;
  for (const c of readableWords(differ, a.text, b.text)) {
    if (c.added) {
      parts.push({ text: c.value, change: 'added' });
      j += c.value.length;
    } else if (c.removed) {
      parts.push({ text: c.value, change: 'removed' });
      i += c.value.length;
    } else {
      splitSame(c.value, i, j, a, b, parts);
      i += c.value.length;
      j += c.value.length;
    }
  }
  return parts;
}

/**
 * The word diff with neighbouring changes joined: "kịp thời" → "nhanh chóng" reads as one replaced phrase,
 * not as word-by-word swaps around the shared space. Both sides keep the space, so offsets stay exact.
 */
function readableWords(differ: Differ, before: string, after: string): DiffChunk<string>[] {
  const chunks = differ.words(before, after);
  const out: DiffChunk<string>[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ value: removed, removed: true, added: false, count: 1 });
    if (added) out.push({ value: added, removed: false, added: true, count: 1 });
    removed = '';
    added = '';
  };
  chunks.forEach((c, k) => {
    if (c.removed) removed += c.value;
    else if (c.added) added += c.value;
    else if ((removed || added) && /^\s+$/u.test(c.value) && isChange(chunks[k + 1])) {
      removed += c.value;
      added += c.value;
    } else {
      flush();
      out.push(c);
    }
  });
  flush();
  return out;
}

function isChange(c: DiffChunk<string> | undefined): boolean {
  return c !== undefined && (c.added || c.removed);
}

interface StyleMap {
  text: string;
  /** Run index of every character. */
  runOf: Uint32Array;
  runs: Run[];
}

function styleMap(runs: Run[]): StyleMap {
  const text = runs.map((r) => r.text).join('');
  const runOf = new Uint32Array(text.length);
  let at = 0;
  runs.forEach((r, k) => {
    runOf.fill(k, at, at + r.text.length);
    at += r.text.length;
  });
  return { text, runOf, runs };
}

/** Splits an unchanged stretch where the before/after formatting differs, labelling what changed. */
function splitSame(value: string, i: number, j: number, a: StyleMap, b: StyleMap, out: TextPart[]): void {
  let start = 0;
  let label = '';
  for (let k = 0; k <= value.length; k++) {
    const next = k < value.length ? formatChange(a.runs[a.runOf[i + k]!]!, b.runs[b.runOf[j + k]!]!) : '\u0000';
    if (k > 0 && next === label) continue;
    if (k > start) {
      const part: TextPart = { text: value.slice(start, k), change: 'same' };
      if (label !== '' && part.text.trim() !== '') part.formatChanged = label.split('|');
      mergePush(out, part);
    }
    start = k;
    label = next;
  }
}

function mergePush(out: TextPart[], part: TextPart): void {
  const last = out[out.length - 1];
  // Whitespace between two words with the same change joins them into one marked stretch.
  if (last && last.change === 'same' && sameLabels(last.formatChanged, part.formatChanged)) last.text += part.text;
  else out.push(part);
}

function sameLabels(x: string[] | undefined, y: string[] | undefined): boolean {
  return (x ?? []).join('|') === (y ?? []).join('|');
}

/** '' when nothing changed, else e.g. "thêm đậm|bỏ liên kết". */
function formatChange(a: Run, b: Run): string {
  const labels: string[] = [];
  for (const [bit, name] of FORMAT_NAMES) {
    if ((a.format & bit) === (b.format & bit)) continue;
    labels.push((b.format & bit ? 'thêm ' : 'bỏ ') + name);
  }
  if (a.link !== b.link) labels.push(a.link === '' ? 'thêm liên kết' : b.link === '' ? 'bỏ liên kết' : 'đổi liên kết');
  return labels.join('|');
}

export function partsWordCount(parts: TextPart[], change: 'added' | 'removed'): number {
  let n = 0;
  for (const p of parts) if (p.change === change) n += countWords(p.text);
  return n;
}
