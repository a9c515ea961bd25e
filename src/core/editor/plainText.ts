// Text and counts derived from a body: plain text for search, words, photos, A4 pages, image hashes.
import { $getRoot, $isDecoratorNode, $isElementNode, type LexicalNode } from 'lexical';
import type { Body } from '../../shared/article';
import { countWords } from '../../shared/text';
import { readBodyState } from './bodyState';
import { $isImageNode } from './ImageNode';
import { $isRemoteImageNode } from './RemoteImageNode';
import { mediaHashOf } from './imageSrc';

export interface BodyStats {
  words: number;
  photos: number;
  pages: number;
  imageHashes: string[];
}

/**
 * Blocks (paragraphs, headings, list items, table cells, image captions) separated by a blank line;
 * line breaks inside a block stay single newlines; empty blocks are skipped.
 */
export function bodyToPlainText(body: Body): string {
  return readBodyState(body).read(() => $plainTextOfRoot());
}

export function $plainTextOfRoot(): string {
  return $textLayoutOfRoot().text;
}

/** A run of the plain text and the node it comes from (a text node, a line break, or an image's caption). */
export interface TextSegment {
  key: string;
  start: number;
  text: string;
}

/** The plain text with where each run of it lives, so a selection maps to offsets and back (comment anchors). */
export interface TextLayout {
  text: string;
  segments: TextSegment[];
}

export function $textLayoutOfRoot(): TextLayout {
  const layout: TextLayout = { text: '', segments: [] };
  $collectBlocks($getRoot(), layout);
  return layout;
}

type Run = { key: string; text: string };

function $collectBlocks(node: LexicalNode, out: TextLayout): void {
  if ($isImageNode(node) || $isRemoteImageNode(node)) {
    pushBlock(out, [{ key: node.getKey(), text: node.getCaption() }]);
    return;
  }
  if (!$isElementNode(node)) return;
  let inline: Run[] = [];
  for (const child of node.getChildren()) {
    const isBlock = ($isElementNode(child) && !child.isInline()) || ($isDecoratorNode(child) && !child.isInline());
    if (isBlock) {
      pushBlock(out, inline);
      inline = [];
      $collectBlocks(child, out);
    } else {
      $collectInline(child, inline);
    }
  }
  pushBlock(out, inline);
}

/** Inline elements (links) contribute their children's runs, so every run is a leaf the DOM shows. */
function $collectInline(node: LexicalNode, runs: Run[]): void {
  if ($isElementNode(node)) {
    for (const child of node.getChildren()) $collectInline(child, runs);
    return;
  }
  const text = node.getTextContent();
  if (text !== '') runs.push({ key: node.getKey(), text });
}

function pushBlock(out: TextLayout, runs: Run[]): void {
  const text = runs.map((r) => r.text).join('');
  if (text.trim() === '') return;
  if (out.text !== '') out.text += '\n\n';
  for (const r of runs) {
    out.segments.push({ key: r.key, start: out.text.length, text: r.text });
    out.text += r.text;
  }
}

/** Offset in the plain text of a point inside one node of the layout, or null if the node has no text there. */
export function offsetInLayout(layout: TextLayout, key: string, offsetInNode: number): number | null {
  const seg = layout.segments.find((s) => s.key === key);
  if (!seg) return null;
  return seg.start + Math.max(0, Math.min(offsetInNode, seg.text.length));
}

/**
 * The node and offset showing plain-text `offset`. Between runs or blocks a span's start goes forward
 * to the next run and its end back to the previous one, so a highlight never spills into gaps.
 */
export function pointInLayout(layout: TextLayout, offset: number, bias: 'start' | 'end'): { key: string; offset: number } | null {
  const segs = layout.segments;
  if (segs.length === 0) return null;
  if (bias === 'start') {
    const seg = segs.find((s) => offset < s.start + s.text.length) ?? segs[segs.length - 1]!;
    return { key: seg.key, offset: Math.max(0, Math.min(offset - seg.start, seg.text.length)) };
  }
  let seg = segs[0]!;
  for (const s of segs) {
    if (s.start < offset) seg = s;
    else break;
  }
  return { key: seg.key, offset: Math.max(0, Math.min(offset - seg.start, seg.text.length)) };
}

/**
 * Words, photos and an A4 page estimate.
 * Page rule: about 500 words of body text fill an A4 page (13 pt body type with headings and spacing),
 * and each photo with its caption takes about a third of a page; the total is rounded up, at least 1
 * for a body with any text or photo, 0 for an empty body.
 */
export function bodyStats(body: Body): BodyStats {
  return readBodyState(body).read(() => $statsOfRoot());
}

export function $statsOfRoot(): BodyStats {
  const text = $plainTextOfRoot();
  const imageSrcs: string[] = [];
  $walkImages($getRoot(), imageSrcs);
  const words = countWords(text);
  const photos = imageSrcs.length;
  const hashes = new Set<string>();
  for (const src of imageSrcs) {
    const hash = mediaHashOf(src);
    if (hash) hashes.add(hash);
  }
  return { words, photos, pages: estimatePages(words, photos), imageHashes: [...hashes] };
}

export function estimatePages(words: number, photos: number): number {
  if (words === 0 && photos === 0) return 0;
  return Math.max(1, Math.ceil(words / 500 + photos / 3));
}

/** Placeholders of web images count as photos too: the count does not jump when they are downloaded. */
function $walkImages(node: LexicalNode, out: string[]): void {
  if ($isImageNode(node)) {
    out.push(node.getSrc());
    return;
  }
  if ($isRemoteImageNode(node)) {
    out.push(node.getUrl());
    return;
  }
  if ($isElementNode(node)) for (const child of node.getChildren()) $walkImages(child, out);
}

