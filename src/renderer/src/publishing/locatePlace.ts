// "Đến chỗ này": finds the nth image, heading, table or link of the checklist in the article editor on the
// page (the published HTML keeps the body's order, so the nth of a kind is the same element), scrolls it
// into view and selects it so the eye lands on it.
import type { A11yPlace } from '../../../shared/publishing';

const SELECTORS: Record<A11yPlace['kind'], string> = {
  image: 'figure img',
  heading: 'h1, h2, h3, h4, h5, h6',
  table: 'table',
  link: 'a[href]'
};

const MARK = 'data-bbt-located';

/** True when the place was found in the editor (and is now selected); false when the quote must do. */
export function locatePlace(place: A11yPlace, root: ParentNode = document): boolean {
  const content = root.querySelector('.bbt-editor .bbt-content');
  const found = content?.querySelectorAll(SELECTORS[place.kind])[place.index];
  if (!found) return false;
  const target = place.kind === 'image' ? (found.closest('figure') ?? found) : found;
  for (const old of Array.from(content!.querySelectorAll(`[${MARK}]`))) old.removeAttribute(MARK);
  target.setAttribute(MARK, '');
  target.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  range.selectNode(target);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}
