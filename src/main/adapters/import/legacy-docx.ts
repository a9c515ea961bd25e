// .docx runs typed in legacy Vietnamese fonts (.VnTime, VNI-Times): their text becomes Unicode while
// mammoth's document is still a tree of runs that know their font, before it is written out as HTML.
import { convertRun, legacyFont } from '../../../core/legacy-fonts/fonts';

/** The part of mammoth's document model read here (its elements are untyped). */
interface MammothElement {
  type: string;
  /** A run's font: w:rFonts w:ascii of its own properties (mammoth does not resolve styles). */
  font?: string | null;
  value?: string;
  children?: MammothElement[];
}

/**
 * Converts, in place, the text of every run whose font is a legacy one; returns how many paragraphs
 * changed. Used as mammoth's `transformDocument`.
 */
export function convertLegacyRuns(root: MammothElement): number {
  const changed = new Set<MammothElement>();
  const walk = (el: MammothElement, paragraph: MammothElement | null): void => {
    const inParagraph = el.type === 'paragraph' ? el : paragraph;
    const font = el.type === 'run' ? legacyFont(el.font) : null;
    for (const child of el.children ?? []) {
      if (font && child.type === 'text' && typeof child.value === 'string') {
        const converted = convertRun(child.value, font);
        if (converted !== child.value) {
          child.value = converted;
          changed.add(inParagraph ?? root);
        }
      } else {
        walk(child, inParagraph);
      }
    }
  };
  walk(root, null);
  return changed.size;
}
