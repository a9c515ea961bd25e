// .docx runs typed in legacy Vietnamese fonts (.VnTime, VNI-Times): their text becomes Unicode while
// mammoth's document is still a tree of runs, before it is written out as HTML. Mammoth gives a run only
// its own w:rFonts w:ascii; old documents usually set the font once, in the Normal style or the document
// defaults, so word/styles.xml is read here to know the font of every other run.
import { convertRun, legacyFont, typedInUnicode, type LegacyFont } from '../../../core/legacy-fonts/fonts';
import { loadJsdom } from '../html/parse-html';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The part of mammoth's document model read here (its elements are untyped). */
interface MammothElement {
  type: string;
  /** A run's own font (w:rFonts w:ascii); null when it comes from a style. */
  font?: string | null;
  styleId?: string | null;
  value?: string;
  children?: MammothElement[];
}

/** Fonts that word/styles.xml gives runs without a font of their own. */
export interface StyleFonts {
  /** Style id → the legacy font it (or a style it is based on) sets, null for any other font. */
  byStyle(styleId: string | null | undefined): LegacyFont | null | undefined;
  /** The default paragraph style's font, else the document defaults'. */
  fallback: LegacyFont | null;
}

/** The first of ascii/hAnsi/cs that names a legacy font; null for other fonts; undefined when none is set. */
function fontOfRFonts(rFonts: Element | undefined): LegacyFont | null | undefined {
  if (!rFonts) return undefined;
  const names = ['ascii', 'hAnsi', 'cs'].map((a) => rFonts.getAttributeNS(W, a)).filter((n): n is string => !!n);
  if (names.length === 0) return undefined;
  return names.map(legacyFont).find((f) => f !== null) ?? null;
}

export function readStyleFonts(stylesXml: string | null): StyleFonts {
  if (!stylesXml) return { byStyle: () => undefined, fallback: null };
  const doc = new (loadJsdom())(stylesXml, { contentType: 'application/xml' }).window.document;
  const styles = new Map<string, { basedOn: string | null; font: LegacyFont | null | undefined }>();
  let defaultParagraph: string | null = null;
  for (const style of Array.from(doc.getElementsByTagNameNS(W, 'style'))) {
    const id = style.getAttributeNS(W, 'styleId');
    if (!id) continue;
    const child = (name: string): Element | undefined => Array.from(style.children).find((c) => c.namespaceURI === W && c.localName === name);
    const rPr = child('rPr');
    styles.set(id, {
      basedOn: child('basedOn')?.getAttributeNS(W, 'val') ?? null,
      font: fontOfRFonts(rPr ? Array.from(rPr.children).find((c) => c.localName === 'rFonts') : undefined)
    });
    if (style.getAttributeNS(W, 'type') === 'paragraph' && ['1', 'true'].includes(style.getAttributeNS(W, 'default') ?? '')) defaultParagraph = id;
  }
  const byStyle = (id: string | null | undefined, depth = 0): LegacyFont | null | undefined => {
    const style = id ? styles.get(id) : undefined;
    if (!style || depth > 20) return undefined;
    return style.font !== undefined ? style.font : byStyle(style.basedOn, depth + 1);
  };
  const docDefaults = doc.getElementsByTagNameNS(W, 'rPrDefault')[0]?.getElementsByTagNameNS(W, 'rFonts')[0];
  return { byStyle, fallback: byStyle(defaultParagraph) ?? fontOfRFonts(docDefaults) ?? null };
}

/**
 * Converts, in place, the text of every run whose font is a legacy one: its own font, else its character
 * style's, else its paragraph style's, else the default; a paragraph whose legacy-font text is Unicode
 * Vietnamese already is left alone. Returns how many paragraphs changed. Used as mammoth's
 * `transformDocument`.
 */
export function convertLegacyRuns(root: MammothElement, styles: StyleFonts): number {
  const texts = new Map<MammothElement, { text: MammothElement & { value: string }; font: LegacyFont }[]>();
  const walk = (el: MammothElement, paragraph: MammothElement | null): void => {
    const inParagraph = el.type === 'paragraph' ? el : paragraph;
    const font = el.type === 'run' ? runFont(el, inParagraph, styles) : null;
    for (const child of el.children ?? []) {
      if (font && child.type === 'text' && typeof child.value === 'string') {
        const key = inParagraph ?? root;
        const list = texts.get(key) ?? [];
        list.push({ text: child as MammothElement & { value: string }, font });
        texts.set(key, list);
      } else {
        walk(child, inParagraph);
      }
    }
  };
  walk(root, null);
  let changed = 0;
  for (const runs of texts.values()) {
    if (typedInUnicode(runs.map((r) => r.text.value))) continue;
    let any = false;
    for (const { text, font } of runs) {
      const converted = convertRun(text.value, font);
      any ||= converted !== text.value;
      text.value = converted;
    }
    if (any) changed += 1;
  }
  return changed;
}

function runFont(run: MammothElement, paragraph: MammothElement | null, styles: StyleFonts): LegacyFont | null {
  if (run.font) return legacyFont(run.font);
  const fromStyles = styles.byStyle(run.styleId) ?? styles.byStyle(paragraph?.styleId);
  return fromStyles !== undefined ? fromStyles : styles.fallback;
}
