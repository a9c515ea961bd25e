// Cleans HTML from Word, LibreOffice and Google Docs down to what the article editor can hold.
// Shared by htmlToBody (.docx/.html import) and the live editor's paste handler, so both behave alike.
import { isAllowedImageSrc } from './imageSrc';
import { isRemoteImageUrl } from '../../shared/web-address';
import { isSafeLinkUrl } from './links';

const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;

/** Elements dropped with everything inside them. */
const DROP = new Set(['STYLE', 'SCRIPT', 'META', 'LINK', 'TITLE', 'XML', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'NOSCRIPT', 'SVG', 'MATH', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'FORM']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Attributes kept per element; everything else (class, id, lang, style except text-align, data-*) goes. */
const KEEP_ATTRS: Record<string, string[]> = {
  A: ['href'],
  IMG: ['src', 'alt', 'width', 'height'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan'],
  OL: ['start']
};
const ALIGNABLE = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TD', 'TH', 'BLOCKQUOTE']);
const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'TABLE', 'BLOCKQUOTE', 'FIGURE', 'PRE', 'HR', 'SECTION', 'ARTICLE']);

/** Mutates `doc` in place: afterwards its body holds only the editor's schema. */
export function cleanHtmlDocument(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  dropWordListMarkers(body);
  removeComments(body);
  for (const el of elementsOf(body)) {
    // SVG and MathML (lower-case tag names, foreign namespaces) carry no article content, only risk.
    if (DROP.has(el.tagName.toUpperCase()) || el.tagName.includes(':') || (el.namespaceURI !== null && el.namespaceURI !== HTML_NS)) el.remove();
  }
  convertWordLists(doc, body);
  for (const el of elementsOf(body)) cleanElement(doc, el);
  liftImagesOutOfParagraphs(doc, body);
  removeEmptyParagraphs(body);
}

function elementsOf(root: Element): Element[] {
  return Array.from(root.querySelectorAll('*'));
}

function removeComments(root: Element): void {
  const comments: Node[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === COMMENT) comments.push(child);
      else if (child.nodeType === ELEMENT) walk(child);
    }
  };
  walk(root);
  for (const c of comments) c.parentNode?.removeChild(c);
}

/**
 * Word writes the bullet/number of a list item as text between `<![if !supportLists]>` and `<![endif]>`
 * (parsed as comments) and/or in a span styled `mso-list:Ignore`. Records the marker on the paragraph
 * (data-bbt-marker) and removes it from the text.
 */
function dropWordListMarkers(body: Element): void {
  for (const p of Array.from(body.querySelectorAll('[style*="mso-list"]'))) {
    if (/mso-list:\s*ignore/i.test(p.getAttribute('style') ?? '')) continue;
    let marker = '';
    const walk = (node: Node): void => {
      let inMarker = false;
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === COMMENT) {
          const data = (child as Comment).data;
          if (/\[if !supportLists\]/i.test(data)) inMarker = true;
          else if (/\[endif\]/i.test(data)) inMarker = false;
          continue;
        }
        if (inMarker) {
          marker += child.textContent ?? '';
          child.parentNode?.removeChild(child);
        } else if (child.nodeType === ELEMENT) {
          const el = child as Element;
          if (/mso-list:\s*ignore/i.test(el.getAttribute('style') ?? '')) {
            marker += el.textContent ?? '';
            el.remove();
          } else {
            walk(el);
          }
        }
      }
    };
    walk(p);
    p.setAttribute('data-bbt-marker', marker.replace(/[\s\u00a0]+/g, ' ').trim());
  }
}

interface WordListItem {
  el: Element;
  level: number;
  ordered: boolean;
}

function wordListItem(el: Element): WordListItem | null {
  const marker = el.getAttribute('data-bbt-marker');
  if (marker === null) return null;
  const style = el.getAttribute('style') ?? '';
  const level = Number(/level(\d+)/i.exec(style)?.[1] ?? '1');
  return {
    el,
    level: Number.isFinite(level) && level > 0 ? level : 1,
    ordered: /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]$/i.test(marker)
  };
}

/** Groups consecutive Word list paragraphs (MsoListParagraph…, `mso-list: l0 level1`) into nested ul/ol. */
function convertWordLists(doc: Document, body: Element): void {
  const seen = new Set<Element>();
  for (const first of Array.from(body.querySelectorAll('[data-bbt-marker]'))) {
    if (seen.has(first)) continue;
    const run: WordListItem[] = [];
    let node: Node | null = first;
    while (node) {
      if (node.nodeType === TEXT && (node.textContent ?? '').trim() === '') {
        node = node.nextSibling;
        continue;
      }
      const item = node.nodeType === ELEMENT ? wordListItem(node as Element) : null;
      if (!item) break;
      run.push(item);
      seen.add(item.el);
      node = node.nextSibling;
    }
    buildLists(doc, run);
  }
}

function buildLists(doc: Document, run: WordListItem[]): void {
  const head = run[0];
  if (!head) return;
  const stack: { level: number; list: Element }[] = [];
  let topList: Element | null = null;
  for (const item of run) {
    while (stack.length > 0 && stack[stack.length - 1]!.level > item.level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < item.level) {
      const list = doc.createElement(item.ordered ? 'ol' : 'ul');
      const parentLi = top?.list.lastElementChild;
      if (parentLi) parentLi.append(list);
      else if (!topList) topList = list;
      else topList.append(list);
      top = { level: item.level, list };
      stack.push(top);
    }
    const li = doc.createElement('li');
    const align = /text-align:\s*(center|right|justify)/i.exec(item.el.getAttribute('style') ?? '');
    if (align) li.setAttribute('style', `text-align: ${align[1]!.toLowerCase()}`);
    li.append(...Array.from(item.el.childNodes));
    top.list.append(li);
  }
  head.el.before(topList!);
  for (const item of run) item.el.remove();
}

function styleOf(el: Element): string {
  return (el.getAttribute('style') ?? '').toLowerCase();
}

function cleanElement(doc: Document, el: Element): void {
  if (!el.isConnected) return;
  const tag = el.tagName;
  const style = styleOf(el);

  // Google Docs wraps the whole clipboard in <b id="docs-internal-guid-…" style="font-weight:normal">.
  if ((tag === 'B' || tag === 'STRONG') && /(?:^|;)\s*font-weight\s*:\s*(normal|400)\b/i.test(style)) {
    unwrap(el);
    return;
  }
  if (tag === 'SPAN' || tag === 'FONT') {
    replaceStyledInline(doc, el, style);
    return;
  }
  if (tag === 'A') {
    const href = (el.getAttribute('href') ?? '').trim();
    if (!isSafeLinkUrl(href)) {
      unwrap(el);
      return;
    }
  }
  // Web images stay for now: the editor turns them into placeholders that are downloaded (RemoteImageNode).
  const src = tag === 'IMG' ? (el.getAttribute('src') ?? '').trim() : '';
  if (tag === 'IMG' && !isAllowedImageSrc(src) && !isRemoteImageUrl(src)) {
    el.remove();
    return;
  }
  if (tag === 'H4' || tag === 'H5' || tag === 'H6') el = rename(doc, el, 'h3');
  if (tag === 'DIV' || tag === 'SECTION' || tag === 'ARTICLE' || tag === 'CENTER') {
    if (Array.from(el.children).some((c) => BLOCK.has(c.tagName))) {
      unwrap(el);
      return;
    }
    el = rename(doc, el, 'p');
  }
  if (tag === 'LI') unwrapParagraphsInListItem(doc, el);

  const align = ALIGNABLE.has(el.tagName) ? alignmentOf(el, style) : null;
  const keep = KEEP_ATTRS[el.tagName] ?? [];
  for (const attr of Array.from(el.attributes)) {
    if (!keep.includes(attr.name.toLowerCase())) el.removeAttribute(attr.name);
  }
  if (align) el.setAttribute('style', `text-align: ${align}`);
}

function alignmentOf(el: Element, style: string): string | null {
  const fromStyle = /text-align:\s*(left|center|right|justify)/.exec(style)?.[1];
  const fromAttr = (el.getAttribute('align') ?? '').toLowerCase();
  const value = fromStyle ?? (['left', 'center', 'right', 'justify'].includes(fromAttr) ? fromAttr : null);
  return value === 'left' ? null : value;
}

/** A styling span becomes <strong>/<em>/<u> for what it means, otherwise it disappears. */
function replaceStyledInline(doc: Document, el: Element, style: string): void {
  const wrappers: string[] = [];
  if (/(?:^|;)\s*font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i.test(style)) wrappers.push('strong');
  if (/font-style:\s*italic/.test(style)) wrappers.push('em');
  if (/text-decoration(-line)?:[^;]*underline/.test(style)) wrappers.push('u');
  if (wrappers.length === 0) {
    unwrap(el);
    return;
  }
  let outer: Element | null = null;
  let inner: Element | null = null;
  for (const tag of wrappers) {
    const w = doc.createElement(tag);
    if (inner) inner.append(w);
    else outer = w;
    inner = w;
  }
  inner!.append(...Array.from(el.childNodes));
  el.replaceWith(outer!);
}

/** Google Docs and LibreOffice put <p> inside <li>; the editor's list items hold inline content. */
function unwrapParagraphsInListItem(doc: Document, li: Element): void {
  const paragraphs = Array.from(li.children).filter((c) => c.tagName === 'P');
  paragraphs.forEach((p, i) => {
    if (i > 0) p.before(doc.createElement('br'));
    unwrap(p);
  });
}

function rename(doc: Document, el: Element, tag: string): Element {
  const replacement = doc.createElement(tag);
  for (const attr of Array.from(el.attributes)) replacement.setAttribute(attr.name, attr.value);
  replacement.append(...Array.from(el.childNodes));
  el.replaceWith(replacement);
  return replacement;
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

/**
 * Images are blocks in the editor: an <img> inside a paragraph, heading or quote splits it in two
 * (text before, the image, text after), as a reader sees it.
 */
function liftImagesOutOfParagraphs(doc: Document, body: Element): void {
  for (const img of Array.from(body.querySelectorAll('img'))) {
    if (img.closest('figure')) continue;
    const block = img.closest('p, h1, h2, h3, blockquote');
    if (!block || block.closest('li')) continue;
    const rest = block.cloneNode(false) as Element;
    if (block.lastChild) {
      const range = doc.createRange();
      range.setStartAfter(img);
      range.setEndAfter(block.lastChild);
      rest.append(range.extractContents());
    }
    block.after(img, rest);
    for (const part of [block, rest]) {
      if ((part.textContent ?? '').trim() === '' && !part.querySelector('img')) part.remove();
    }
  }
}

/** Word marks blank lines as <p>&nbsp;</p>; they are spacing, not content. */
function removeEmptyParagraphs(body: Element): void {
  for (const p of Array.from(body.querySelectorAll('p, h1, h2, h3'))) {
    if (p.closest('td, th')) continue;
    const text = (p.textContent ?? '').replace(/[\s\u00a0]+/g, '');
    if (text === '' && !p.querySelector('img, br')) p.remove();
  }
}
