// Flattens a stored Lexical body (JSON) into the top-level blocks a reader sees: paragraphs, headings,
// list items, quotes, images and tables. Read straight from the JSON (no editor) because it is faster
// and a comparison never needs to edit.
import type { Body } from '../../shared/article';
import { nfc } from '../../shared/text';

/** Formatting a reader notices, one bit each (bold, italic and underline match Lexical's text format bits). */
export const FMT_BOLD = 1;
export const FMT_ITALIC = 2;
export const FMT_UNDERLINE = 8;
const FMT_MASK = FMT_BOLD | FMT_ITALIC | FMT_UNDERLINE;

/** A stretch of text with one formatting; `link` is the URL when the text is a link, else ''. */
export interface Run {
  text: string;
  format: number;
  link: string;
}

export interface Block {
  /** Vietnamese kind shown to the reader (Đoạn văn, Tiêu đề 2, Mục danh sách…). */
  kind: string;
  /** NFC text of the block (table: cells joined by " | ", rows by newlines). */
  text: string;
  runs: Run[];
  image?: { src: string; alt: string; caption: string };
  /** Table cell texts by row. */
  cells?: string[][];
  /** Everything that makes two blocks identical: kind, text, formatting, image and links. */
  signature: string;
}

interface JsonNode {
  type?: string;
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  url?: string;
  src?: string;
  altText?: string;
  caption?: string;
  children?: JsonNode[];
}

export function bodyBlocks(body: Body): Block[] {
  const root = (JSON.parse(body.json) as { root?: JsonNode }).root;
  const out: Block[] = [];
  for (const node of root?.children ?? []) collectBlock(node, out, 0);
  return out;
}

function collectBlock(node: JsonNode, out: Block[], depth: number): void {
  switch (node.type) {
    case 'heading': {
      const level = /^h([1-6])$/.exec(node.tag ?? '')?.[1] ?? '2';
      pushText(out, 'Tiêu đề ' + level, node);
      return;
    }
    case 'quote':
      pushText(out, 'Trích dẫn', node);
      return;
    case 'list':
      for (const item of node.children ?? []) collectListItem(item, node.listType === 'number' ? 'Mục danh sách số' : 'Mục danh sách', out, depth);
      return;
    case 'table':
      out.push(tableBlock(node));
      return;
    case 'image':
      out.push(imageBlock(node));
      return;
    default:
      pushText(out, 'Đoạn văn', node);
  }
}

function collectListItem(item: JsonNode, kind: string, out: Block[], depth: number): void {
  const nested = (item.children ?? []).filter((c) => c.type === 'list');
  const inline: JsonNode = { ...item, children: (item.children ?? []).filter((c) => c.type !== 'list') };
  // An item holding only a nested list is Lexical's way to indent: it has no text of its own.
  if (nested.length === 0 || (inline.children ?? []).length > 0) pushText(out, depth > 0 ? `${kind} (cấp ${depth + 1})` : kind, inline);
  for (const list of nested) collectBlock(list, out, depth + 1);
}

/** Pushes a text block; images inside it become blocks of their own after it. */
function pushText(out: Block[], kind: string, node: JsonNode): void {
  const runs: Run[] = [];
  const images: Block[] = [];
  collectRuns(node.children ?? [], runs, images, '');
  const text = runs.map((r) => r.text).join('');
  // Blank paragraphs are spacing, not content: adding or removing one is not a change a reader sees.
  if (text.trim() !== '') out.push({ kind, text, runs, signature: kind + '\u0001' + runsKey(runs) });
  out.push(...images);
}

function collectRuns(nodes: JsonNode[], runs: Run[], images: Block[], link: string): void {
  for (const n of nodes) {
    if (n.type === 'text') addRun(runs, nfc(n.text ?? ''), typeof n.format === 'number' ? n.format & FMT_MASK : 0, link);
    else if (n.type === 'linebreak') addRun(runs, '\n', 0, link);
    else if (n.type === 'tab') addRun(runs, '\t', 0, link);
    else if (n.type === 'image') images.push(imageBlock(n));
    else if (n.type === 'link' || n.type === 'autolink') collectRuns(n.children ?? [], runs, images, n.url ?? '');
    else collectRuns(n.children ?? [], runs, images, link);
  }
}

function addRun(runs: Run[], text: string, format: number, link: string): void {
  if (text === '') return;
  const last = runs[runs.length - 1];
  if (last && last.format === format && last.link === link) last.text += text;
  else runs.push({ text, format, link });
}

function runsKey(runs: Run[]): string {
  return runs.map((r) => `${r.format}\u0002${r.link}\u0002${r.text}`).join('\u0003');
}

function imageBlock(n: JsonNode): Block {
  const image = { src: n.src ?? '', alt: nfc(n.altText ?? ''), caption: nfc(n.caption ?? '') };
  const runs = image.caption === '' ? [] : [{ text: image.caption, format: 0, link: '' }];
  return { kind: 'Ảnh', text: image.caption, runs, image, signature: ['Ảnh', image.src, image.alt, image.caption].join('\u0001') };
}

function tableBlock(n: JsonNode): Block {
  const cells = (n.children ?? []).map((row) =>
    (row.children ?? []).map((cell) =>
      // Each paragraph of a cell is read on its own and joined with a space, not glued to the next.
      (cell.children ?? [])
        .map((block) => {
          const runs: Run[] = [];
          collectRuns(block.children ?? [block], runs, [], '');
          return runs.map((r) => r.text).join('').trim();
        })
        .filter((text) => text !== '')
        .join(' ')
    )
  );
  const text = cells.map((row) => row.join(' | ')).join('\n');
  return { kind: 'Bảng', text, runs: [{ text, format: 0, link: '' }], cells, signature: 'Bảng\u0001' + text };
}
