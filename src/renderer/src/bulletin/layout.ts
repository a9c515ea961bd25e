// The composer's edits on an issue's sections, as pure functions (the page saves each result): every
// article sits once, in one section, in order.
import type { BulletinSection } from '../../../shared/bulletin';

export interface Place {
  section: number;
  index: number;
}

export function placeOf(sections: readonly BulletinSection[], articleId: string): Place | null {
  for (let s = 0; s < sections.length; s++) {
    const index = sections[s]!.articleIds.indexOf(articleId);
    if (index >= 0) return { section: s, index };
  }
  return null;
}

/** Takes the article out of wherever it is and puts it at `to` (index counted after the removal). */
export function moveTo(sections: readonly BulletinSection[], articleId: string, to: Place): BulletinSection[] {
  const out = sections.map((s) => ({ ...s, articleIds: s.articleIds.filter((a) => a !== articleId) }));
  const target = out[to.section];
  if (!target) return out;
  const index = Math.max(0, Math.min(to.index, target.articleIds.length));
  target.articleIds.splice(index, 0, articleId);
  return out;
}

/**
 * One step up or down for the keyboard (Alt+↑/↓) and the arrow buttons: past the top or bottom of a
 * section, the article moves into the neighbouring section's end or start.
 */
export function moveStep(sections: readonly BulletinSection[], articleId: string, step: -1 | 1): BulletinSection[] {
  const at = placeOf(sections, articleId);
  if (!at) return [...sections];
  const count = sections[at.section]!.articleIds.length;
  const next = at.index + step;
  if (next >= 0 && next < count) return moveTo(sections, articleId, { section: at.section, index: next });
  const section = at.section + step;
  if (section < 0 || section >= sections.length) return [...sections];
  return moveTo(sections, articleId, { section, index: step === 1 ? 0 : sections[section]!.articleIds.length });
}

export function remove(sections: readonly BulletinSection[], articleId: string): BulletinSection[] {
  return sections.map((s) => ({ ...s, articleIds: s.articleIds.filter((a) => a !== articleId) }));
}

export function add(sections: readonly BulletinSection[], articleId: string, section: number): BulletinSection[] {
  if (placeOf(sections, articleId)) return [...sections];
  const at = Math.min(Math.max(section, 0), sections.length - 1);
  return moveTo(sections, articleId, { section: at, index: sections[at]?.articleIds.length ?? 0 });
}

/** Removing a section keeps its articles: they join the section before it (or after, for the first). */
export function removeSection(sections: readonly BulletinSection[], index: number): BulletinSection[] {
  if (sections.length <= 1) return [...sections];
  const gone = sections[index]!;
  const out = sections.filter((_, i) => i !== index).map((s) => ({ ...s, articleIds: [...s.articleIds] }));
  const heir = out[Math.max(0, index - 1)]!;
  if (index === 0) heir.articleIds.unshift(...gone.articleIds);
  else heir.articleIds.push(...gone.articleIds);
  return out;
}

export function moveSection(sections: readonly BulletinSection[], index: number, step: -1 | 1): BulletinSection[] {
  const to = index + step;
  if (to < 0 || to >= sections.length) return [...sections];
  const out = [...sections];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}
