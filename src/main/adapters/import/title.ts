// Picks an imported document's title from its first heading (or first paragraph) and removes it
// from the body, so the title is not repeated at the top of the content.
import { MAX_TITLE } from '../../../shared/article';

const HEADING = 'h1, h2, h3, h4, h5, h6';
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote';
/** A heading counts as the title only near the top (letterheads often come first in Word files). */
const HEADING_WITHIN_BLOCKS = 5;

export function cleanTitleText(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return [...t].length > MAX_TITLE ? [...t].slice(0, MAX_TITLE - 1).join('').trimEnd() + '…' : t;
}

export function takeTitle(doc: Document): string {
  // Text inside tables (letterheads: "UBND … | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") is never the title.
  const blocks = [...doc.body.querySelectorAll(BLOCKS)].filter((el) => (el.textContent ?? '').trim() !== '' && !el.closest('table'));
  const heading = blocks.slice(0, HEADING_WITHIN_BLOCKS).find((el) => el.matches(HEADING));
  const chosen = heading ?? blocks.find((el) => el.matches('p, ' + HEADING));
  if (!chosen) return '';
  const title = cleanTitleText(chosen.textContent ?? '');
  chosen.remove();
  return title;
}

/** Removes the first h1 when it repeats the given title (an HTML page usually has both). */
export function removeRepeatedHeading(doc: Document, title: string): void {
  const h1 = doc.body.querySelector('h1');
  if (h1 && cleanTitleText(h1.textContent ?? '') === title) h1.remove();
}
