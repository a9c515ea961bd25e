// Article body ⇄ HTML with @lexical/html. Output is clean semantic HTML; it is sanitised at the edge, not here.
import { withDOM } from '@lexical/headless/dom';
import { $generateHtmlFromNodes, $generateNodesFromDOM } from '@lexical/html';
import {
  $createParagraphNode,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode
} from 'lexical';
import type { Body } from '../../shared/article';
import { nfc } from '../../shared/text';
import { bodyFromState, readBodyState } from './bodyState';
import { cleanHtmlDocument } from './cleanHtml';
import { createBodyEditor } from './headless';

export interface BodyToHtmlOptions {
  /** Maps a stored image src (e.g. `media:<hash>`) to the URL the HTML should carry. */
  resolveImageSrc?: (src: string) => string;
  /**
   * The level of the heading the body sits under (a bulletin's article title is an h3): the body's headings
   * move down, keeping their order, so that its highest one comes right below it. Without it the headings stay as written.
   */
  headingsBelow?: number;
}

/** Attributes kept on exported elements; Lexical's classes, pre-wrap styles and data-* go. */
const EXPORT_ATTRS: Record<string, string[]> = {
  A: ['href', 'title'],
  IMG: ['src', 'alt', 'width', 'height'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan', 'scope'],
  OL: ['start']
};

export function bodyToHtml(body: Body, opts: BodyToHtmlOptions = {}): string {
  const state = readBodyState(body);
  const editor = createBodyEditor();
  editor.setEditorState(state);
  return withDOM((win) => {
    const restore = fixSelfReplaceWith(win);
    try {
      const raw = editor.read(() => ($isEmptyRoot() ? '' : $generateHtmlFromNodes(editor, null)));
      const container = win.document.createElement('div');
      container.innerHTML = raw;
      tidyExport(container, opts);
      return container.innerHTML;
    } finally {
      restore();
    }
  });
}

function $isEmptyRoot(): boolean {
  const root = $getRoot();
  const first = root.getFirstChild();
  return root.getChildrenSize() === 0 || (root.getChildrenSize() === 1 && $isElementNode(first) && first.isEmpty());
}

/**
 * happy-dom (used by withDOM in Node) removes an element on `el.replaceWith(el)`, which TableNode's
 * export does, so every table vanished from the HTML. Make that call a no-op while we export.
 */
function fixSelfReplaceWith(win: Window): () => void {
  const proto = (win as unknown as { Element: typeof Element }).Element.prototype;
  const probeParent = win.document.createElement('div');
  const probe = win.document.createElement('span');
  probeParent.append(probe);
  probe.replaceWith(probe);
  if (probe.parentNode === probeParent) return () => {};
  const original = Object.getOwnPropertyDescriptor(proto, 'replaceWith');
  const originalFn = proto.replaceWith;
  proto.replaceWith = function (this: Element, ...nodes: (Node | string)[]) {
    if (nodes.length === 1 && nodes[0] === this) return;
    originalFn.apply(this, nodes);
  };
  return () => {
    if (original) Object.defineProperty(proto, 'replaceWith', original);
  };
}

/** Renumbers the headings so that the highest comes right below `below` (h6 at most); never moves them up. */
function lowerHeadings(container: HTMLElement, below: number): void {
  const headings = Array.from(container.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  const top = Math.min(...headings.map((h) => Number(h.tagName[1])));
  const by = below + 1 - top;
  if (headings.length === 0 || by <= 0) return;
  for (const h of headings) {
    const lower = container.ownerDocument.createElement(`h${Math.min(6, Number(h.tagName[1]) + by)}`);
    for (const attr of Array.from(h.attributes)) lower.setAttribute(attr.name, attr.value);
    lower.append(...Array.from(h.childNodes));
    h.replaceWith(lower);
  }
}

function tidyExport(container: HTMLElement, opts: BodyToHtmlOptions): void {
  for (const el of Array.from(container.querySelectorAll('*'))) {
    const tag = el.tagName;
    // Lexical writes bold as <b><strong>, italic as <i><em>: keep the semantic inner tag only.
    if ((tag === 'B' && el.childElementCount === 1 && el.firstElementChild?.tagName === 'STRONG') ||
        (tag === 'I' && el.childElementCount === 1 && el.firstElementChild?.tagName === 'EM')) {
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    if (tag === 'COLGROUP') {
      el.remove();
      continue;
    }
    const align = /text-align:\s*(center|right|justify)/.exec(el.getAttribute('style') ?? '')?.[1];
    const keep = EXPORT_ATTRS[tag] ?? [];
    for (const attr of Array.from(el.attributes)) {
      if (!keep.includes(attr.name)) el.removeAttribute(attr.name);
    }
    if (align && tag !== 'SPAN') el.setAttribute('style', `text-align: ${align};`);
    if (tag === 'IMG' && opts.resolveImageSrc) {
      el.setAttribute('src', opts.resolveImageSrc(el.getAttribute('src') ?? ''));
    }
    // Screen readers announce header cells with each data cell: a row of <th> heads columns, a lone <th> its row.
    if (tag === 'TH') el.setAttribute('scope', Array.from(el.parentElement?.children ?? []).every((c) => c.tagName === 'TH') ? 'col' : 'row');
  }
  if (opts.headingsBelow !== undefined) lowerHeadings(container, opts.headingsBelow);
  // Spans left without attributes carried only Lexical's white-space style.
  for (const span of Array.from(container.querySelectorAll('span'))) {
    if (span.attributes.length === 0) span.replaceWith(...Array.from(span.childNodes));
  }
  container.normalize();
}

/**
 * HTML (from a .docx converter, an .html file or the clipboard) to a body. `parseHtml` is the caller's
 * DOM parser (jsdom in Node, DOMParser in the browser). Office markup is cleaned first with the same
 * function the editor's paste handler uses.
 */
export function htmlToBody(html: string, parseHtml: (html: string) => Document): Body {
  const doc = parseHtml(nfc(html));
  cleanHtmlDocument(doc);
  const editor = createBodyEditor();
  editor.update(
    () => {
      const nodes = $generateNodesFromDOM(editor, doc);
      const root = $getRoot();
      root.clear();
      $appendAsBlocks(root, nodes);
      $normalizeText(root);
      if (root.getChildrenSize() === 0) root.append($createParagraphNode());
    },
    { discrete: true }
  );
  return bodyFromState(editor.getEditorState());
}

/** The root holds only blocks: runs of inline nodes are wrapped in paragraphs. */
function $appendAsBlocks(root: ElementNode, nodes: LexicalNode[]): void {
  let paragraph: ElementNode | null = null;
  for (const node of nodes) {
    const isBlock = ($isElementNode(node) && !node.isInline()) || ($isDecoratorNode(node) && !node.isInline());
    if (isBlock) {
      paragraph = null;
      root.append(node);
    } else {
      if (!paragraph) {
        if ($isTextNode(node) && node.getTextContent().trim() === '') continue;
        paragraph = $createParagraphNode();
        root.append(paragraph);
      }
      paragraph.append(node);
    }
  }
}

function $normalizeText(node: LexicalNode): void {
  if ($isTextNode(node)) {
    const text = node.getTextContent();
    const normal = nfc(text);
    if (normal !== text) node.setTextContent(normal);
  } else if ($isElementNode(node)) {
    for (const child of node.getChildren()) $normalizeText(child);
  }
}
