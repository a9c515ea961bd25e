// Office HTML (a paste from Word, an .html file) with runs in legacy Vietnamese fonts: the text of those
// runs becomes Unicode. Runs before cleanHtmlDocument, which drops the styles that name the fonts.
import { convertRun, legacyFont, typedInUnicode, type LegacyFont } from './fonts';

const TEXT = 3;
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, pre, div';

/**
 * Converts, in place, every text node whose nearest font declaration names a legacy font: an inline
 * `font-family`, a `<font face>`, or a class whose rule in the document's <style> sets the font (Word
 * puts the Normal style's font in `p.MsoNormal {font-family: …}`), unless that paragraph's legacy-font
 * text is Unicode Vietnamese already. Returns how many paragraphs changed.
 */
export function convertLegacyFontsInHtml(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const classFonts = fontsOfClasses(doc);
  const cache = new Map<Element, LegacyFont | null>();
  const runs = new Map<Element, { node: Text; font: LegacyFont }[]>();
  for (const node of textNodesOf(body)) {
    const parent = node.parentElement;
    const font = parent ? fontOf(parent, classFonts, cache) : null;
    if (!parent || !font) continue;
    const block = parent.closest(BLOCKS) ?? body;
    const list = runs.get(block);
    if (list) list.push({ node, font });
    else runs.set(block, [{ node, font }]);
  }
  let changed = 0;
  for (const blockRuns of runs.values()) {
    if (typedInUnicode(blockRuns.map((r) => r.node.data))) continue;
    let any = false;
    for (const { node, font } of blockRuns) {
      const converted = convertRun(node.data, font);
      if (converted !== node.data) {
        node.data = converted;
        any = true;
      }
    }
    if (any) changed += 1;
  }
  return changed;
}

function textNodesOf(root: Element): Text[] {
  const out: Text[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT) out.push(child as Text);
      else walk(child);
    }
  };
  walk(root);
  return out;
}

/** The legacy font the element's text is drawn in, or null for any other (or no) font. */
function fontOf(el: Element, classFonts: Map<string, string>, cache: Map<Element, LegacyFont | null>): LegacyFont | null {
  const known = cache.get(el);
  if (known !== undefined) return known;
  const declared = declaredFont(el, classFonts);
  const parent = el.parentElement;
  const font = declared !== null ? legacyFont(declared) : parent ? fontOf(parent, classFonts, cache) : null;
  cache.set(el, font);
  return font;
}

function declaredFont(el: Element, classFonts: Map<string, string>): string | null {
  const inline = /(?:^|;)\s*font-family\s*:\s*([^;]+)/i.exec(el.getAttribute('style') ?? '')?.[1];
  if (inline) return inline;
  const face = el.tagName === 'FONT' ? el.getAttribute('face') : null;
  if (face) return face;
  for (const name of Array.from(el.classList).reverse()) {
    const font = classFonts.get(name.toLowerCase());
    if (font) return font;
  }
  return null;
}

/** `.Class` and `tag.Class` rules of the document's style sheets that set font-family (comments ignored). */
function fontsOfClasses(doc: Document): Map<string, string> {
  const fonts = new Map<string, string>();
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--|-->/g, '');
    for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const family = /(?:^|;)\s*font-family\s*:\s*([^;]+)/i.exec(rule[2]!)?.[1];
      if (!family) continue;
      for (const selector of rule[1]!.split(',')) {
        const cls = /^\s*[a-z0-9]*\.([\w-]+)\s*$/i.exec(selector)?.[1];
        if (cls) fonts.set(cls.toLowerCase(), family);
      }
    }
  }
  return fonts;
}
