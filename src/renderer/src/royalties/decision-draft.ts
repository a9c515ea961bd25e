// The decision form's text, checked before a preview or a save: coefficients within the settings' ranges,
// photo counts, payees whose shares of each part add up to 100 %. The amounts themselves come from the backend.
import { PAYEE_PART_LABELS, type CoefficientRange, type Payee, type PayeePart, type RoyaltyDecisionInput, type RoyaltyDecisionView } from '../../../shared/royalties';
import { nfc } from '../../../shared/text';
import { coefficientError, decimalVi, hundredths, percentError } from './numbers';

export interface DecisionDraft {
  coefficient: string;
  newsPhotos: string;
  artPhotos: string;
  newsPhotoCoefficient: string;
  artPhotoCoefficient: string;
  extras: string[];
  payees: Payee[];
  note: string;
}

/** The saved decision, or the backend's proposal (minimum coefficient, the article's photos and author). */
export function draftFromView(view: RoyaltyDecisionView): DecisionDraft | null {
  const input = view.decision?.input ?? view.proposal;
  if (!input) return null;
  return {
    coefficient: decimalVi(input.coefficient),
    newsPhotos: String(input.newsPhotos),
    artPhotos: String(input.artPhotos),
    newsPhotoCoefficient: decimalVi(input.newsPhotoCoefficient),
    artPhotoCoefficient: decimalVi(input.artPhotoCoefficient),
    extras: [...input.extras],
    payees: input.payees.map((p) => ({ ...p, sharePercent: decimalVi(p.sharePercent) })),
    note: input.note
  };
}

export interface DecisionLimits {
  type: string;
  range: CoefficientRange;
  photos: { news: CoefficientRange; art: CoefficientRange };
}

export type DecisionErrors = Record<string, string>;

export function checkDecision(d: DecisionDraft, limits: DecisionLimits): { input: RoyaltyDecisionInput; errors: null } | { input: null; errors: DecisionErrors } {
  const errors: DecisionErrors = {};
  inRange(errors, 'coefficient', d.coefficient, limits.range, `của loại “${limits.type}”`);
  const newsPhotos = photoCount(errors, 'newsPhotos', d.newsPhotos);
  const artPhotos = photoCount(errors, 'artPhotos', d.artPhotos);
  inRange(errors, 'newsPhotoCoefficient', d.newsPhotoCoefficient, limits.photos.news, 'của ảnh thời sự');
  inRange(errors, 'artPhotoCoefficient', d.artPhotoCoefficient, limits.photos.art, 'của ảnh nghệ thuật');

  d.payees.forEach((p, i) => {
    if (!p.name.trim()) errors[`payees.${i}.name`] = 'Hãy ghi tên người nhận.';
    const share = percentError(p.sharePercent, 'Tỷ lệ hưởng');
    if (share) errors[`payees.${i}.sharePercent`] = share;
  });
  const hasPhotos = (newsPhotos ?? 0) + (artPhotos ?? 0) > 0;
  for (const part of ['text', 'photo'] as const satisfies PayeePart[]) {
    const of = d.payees.filter((p) => p.part === part);
    if (of.length === 0) {
      if (part === 'text') errors['payees.text'] = 'Hãy ghi ít nhất một tác giả được trả nhuận bút.';
      else if (hasPhotos) errors['payees.photo'] = 'Bài có ảnh: hãy ghi người được trả phần ảnh.';
      continue;
    }
    const shares = of.map((p) => hundredths(p.sharePercent));
    if (shares.every((s) => s !== null)) {
      const sum = shares.reduce<number>((a, b) => a + b!, 0);
      if (sum !== 10_000) errors[`payees.${part}`] = `Tổng tỷ lệ hưởng phần ${PAYEE_PART_LABELS[part]} phải bằng 100 % (hiện là ${decimalVi(String(sum / 100))} %).`;
    }
  }
  if (Object.keys(errors).length > 0) return { input: null, errors };

  const dot = (s: string) => s.trim().replace(',', '.');
  return {
    errors: null,
    input: {
      coefficient: dot(d.coefficient),
      newsPhotos: newsPhotos!,
      artPhotos: artPhotos!,
      newsPhotoCoefficient: dot(d.newsPhotoCoefficient),
      artPhotoCoefficient: dot(d.artPhotoCoefficient),
      extras: d.extras,
      payees: d.payees.map((p) => ({ ...p, name: nfc(p.name.trim()), sharePercent: dot(p.sharePercent) })),
      note: nfc(d.note.trim())
    }
  };
}

function inRange(errors: DecisionErrors, key: string, text: string, range: CoefficientRange, of: string): void {
  const bad = coefficientError(text);
  if (bad) {
    errors[key] = bad;
    return;
  }
  const h = hundredths(text)!;
  if (h < hundredths(range.min)! || h > hundredths(range.max)!) errors[key] = `Hệ số phải trong khung ${decimalVi(range.min)} – ${decimalVi(range.max)} ${of}.`;
}

function photoCount(errors: DecisionErrors, key: string, text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,3}$/.test(t) || Number(t) > 500) {
    errors[key] = 'Số ảnh là số nguyên từ 0 đến 500.';
    return null;
  }
  return Number(t);
}
