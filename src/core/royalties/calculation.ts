// The royalty of one article (Decree 18/2014/NĐ-CP): coefficient × value of one unit, where one unit is
// unitPercent of the base salary, scaled by the site level and any extra percentages.
//
// Rounding rule: everything is exact integer arithmetic (coefficients and percentages in hundredths,
// BigInt products) and each payee's amount is rounded ONCE, half-up, to whole đồng. The article's total
// is the sum of its payees' rounded amounts, and a report's totals are sums of those, so every printed
// column adds up.
//
// Parts: the text part (the type's coefficient) is shared among the authors, the photo part
// (photos × per-photo coefficient) among the photographers; each part's shares add up to 100%.
import { AppError, ErrorCode } from '../../shared/errors';
import type { CoefficientRange, Payee, PayeeAmount, PayeePart, RoyaltyAmounts, RoyaltySettingsFields } from '../../shared/royalties';
import { fromHundredths, toHundredths } from './decimal';

/** A decision's input after parsing (the contract's output type). */
export interface DecisionValues {
  coefficient: string;
  newsPhotos: number;
  artPhotos: number;
  newsPhotoCoefficient: string;
  artPhotoCoefficient: string;
  extras: string[];
  payees: Payee[];
}

const SCALE = 10n ** 18n; // 10^4 (unit %) × 10^4 (site %) × 10^4 (extras %) × 10^2 (coefficient) × 10^4 (share %)

/** Half-up division of non-negative integers. */
function roundHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

/** Value of one coefficient unit, whole đồng (half-up): for display; amounts use the exact value. */
export function unitValueOf(s: Pick<RoyaltySettingsFields, 'baseSalary' | 'unitPercent'>): number {
  return roundHalfUp(BigInt(s.baseSalary) * BigInt(toHundredths(s.unitPercent, 'Tỷ lệ một đơn vị hệ số')), 10_000n);
}

/** The range of an article type in the table (exact name, NFC), or null. */
export function rangeOf(settings: RoyaltySettingsFields, articleType: string): CoefficientRange | null {
  const wanted = articleType.normalize('NFC').trim().toLocaleLowerCase('vi');
  const rate = settings.articleTypes.find((r) => r.type.normalize('NFC').trim().toLocaleLowerCase('vi') === wanted);
  return rate ? { min: rate.min, max: rate.max } : null;
}

function fail(field: string, message: string): never {
  throw new AppError(ErrorCode.INVALID_INPUT, message, { [field]: message });
}

function checkRange(value: string, range: CoefficientRange, field: string, label: string): number {
  const v = toHundredths(value, label);
  const min = toHundredths(range.min, label);
  const max = toHundredths(range.max, label);
  if (v < min || v > max) {
    const span = min === max ? `đúng ${fromHundredths(min).replace('.', ',')}` : `từ ${fromHundredths(min).replace('.', ',')} đến ${fromHundredths(max).replace('.', ',')}`;
    fail(field, `${label} phải ${span} theo bảng hệ số đang áp dụng (đã nhập ${value.replace('.', ',')}).`);
  }
  return v;
}

/** Checks a decision against the settings and the article type, then computes every payee's amount. */
export function calculateRoyalty(settings: RoyaltySettingsFields, articleType: string, d: DecisionValues): RoyaltyAmounts {
  const range = rangeOf(settings, articleType);
  if (!range) fail('coefficient', `Loại bài viết “${articleType || '(chưa chọn)'}” chưa có trong bảng hệ số nhuận bút; hãy chọn loại bài viết hoặc bổ sung bảng hệ số.`);
  const coef = checkRange(d.coefficient, range, 'coefficient', 'Hệ số');
  const news = d.newsPhotos > 0 ? checkRange(d.newsPhotoCoefficient, settings.photos.news, 'newsPhotoCoefficient', 'Hệ số ảnh thời sự') : 0;
  const art = d.artPhotos > 0 ? checkRange(d.artPhotoCoefficient, settings.photos.art, 'artPhotoCoefficient', 'Hệ số ảnh nghệ thuật') : 0;
  const photoUnits = d.newsPhotos * news + d.artPhotos * art;

  let extras = 0;
  for (const code of new Set(d.extras)) {
    const extra = settings.extras.find((e) => e.code === code);
    if (!extra) fail('extras', `Khoản cộng thêm “${code}” không có trong bảng nhuận bút đang áp dụng.`);
    extras += toHundredths(extra.percent, 'Tỷ lệ cộng thêm');
  }

  const payees = checkPayees(d.payees, { text: coef, photo: photoUnits });
  const perUnit = BigInt(settings.baseSalary) * BigInt(toHundredths(settings.unitPercent, 'Tỷ lệ một đơn vị hệ số')) * BigInt(toHundredths(settings.siteLevelPercent, 'Tỷ lệ theo cấp trang')) * BigInt(10_000 + extras);
  const amounts: PayeeAmount[] = payees.map((p) => {
    const units = BigInt(p.part === 'text' ? coef : photoUnits);
    return { ...p, amount: roundHalfUp(perUnit * units * BigInt(toHundredths(p.sharePercent, 'Tỷ lệ chia')), SCALE) };
  });
  return {
    textUnits: fromHundredths(coef),
    photoUnits: fromHundredths(photoUnits),
    extrasPercent: fromHundredths(extras),
    payees: amounts,
    total: amounts.reduce((sum, p) => sum + p.amount, 0)
  };
}

const PART_NAMES: Record<PayeePart, string> = { text: 'tác giả', photo: 'người chụp ảnh' };

/** Names in NFC, no one twice in a part, and each paid part shared out to exactly 100%. */
function checkPayees(payees: readonly Payee[], units: Record<PayeePart, number>): Payee[] {
  const clean = payees.map((p) => ({ ...p, name: p.name.normalize('NFC').replace(/\s+/g, ' ').trim(), sharePercent: fromHundredths(toHundredths(p.sharePercent, 'Tỷ lệ chia')) }));
  const seen = new Set<string>();
  for (const p of clean) {
    if (p.name === '') fail('payees', 'Hãy nhập tên người nhận nhuận bút.');
    const key = `${p.part}|${p.name.toLocaleLowerCase('vi')}`;
    if (seen.has(key)) fail('payees', `“${p.name}” có tên hai lần trong phần ${PART_NAMES[p.part]}.`);
    seen.add(key);
  }
  for (const part of ['text', 'photo'] as const) {
    const inPart = clean.filter((p) => p.part === part);
    if (units[part] === 0) {
      if (part === 'photo' && inPart.length > 0) fail('payees', 'Bài không có ảnh được tính nhuận bút nên không chia phần ảnh; hãy bỏ người chụp ảnh hoặc nhập số ảnh.');
      continue;
    }
    if (inPart.length === 0) fail('payees', `Hãy ghi người nhận nhuận bút phần ${PART_NAMES[part]}.`);
    const sum = inPart.reduce((s, p) => s + toHundredths(p.sharePercent, 'Tỷ lệ chia'), 0);
    if (sum !== 10_000) fail('payees', `Tỷ lệ chia phần ${PART_NAMES[part]} cộng lại phải bằng 100% (đang là ${fromHundredths(sum).replace('.', ',')}%).`);
  }
  return clean;
}
