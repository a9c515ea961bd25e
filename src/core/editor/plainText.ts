// Text and counts derived from a body: plain text for search, words, photos, A4 pages, image hashes.
import { $getRoot, $isDecoratorNode, $isElementNode, type LexicalNode } from 'lexical';
import type { Body } from '../../shared/article';
import { countWords } from '../../shared/text';
import { readBodyState } from './bodyState';
import { $isImageNode } from './ImageNode';
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
  const blocks: string[] = [];
  $collectBlocks($getRoot(), blocks);
  return blocks.join('\n\n');
}

function $collectBlocks(node: LexicalNode, out: string[]): void {
  if ($isImageNode(node)) {
    pushBlock(out, node.getCaption());
    return;
  }
  if (!$isElementNode(node)) return;
  let inline = '';
  for (const child of node.getChildren()) {
    const isBlock = ($isElementNode(child) && !child.isInline()) || ($isDecoratorNode(child) && !child.isInline());
    if (isBlock) {
      pushBlock(out, inline);
      inline = '';
      $collectBlocks(child, out);
    } else {
      inline += child.getTextContent();
    }
  }
  pushBlock(out, inline);
}

function pushBlock(out: string[], text: string): void {
  if (text.trim() !== '') out.push(text);
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

function $walkImages(node: LexicalNode, out: string[]): void {
  if ($isImageNode(node)) {
    out.push(node.getSrc());
    return;
  }
  if ($isElementNode(node)) for (const child of node.getChildren()) $walkImages(child, out);
}

