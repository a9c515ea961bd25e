// Fixed decimals with two places (coefficients, percentages) as integer hundredths, so that royalty
// arithmetic never touches floating point. "1,5" and "1.5" are both 150; shown with a decimal comma.
import { AppError, ErrorCode } from '../../shared/errors';

const DECIMAL = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;

/** "1,5" → 150; `label` names the field in the Vietnamese message when the text is not a 2-decimal number. */
export function toHundredths(text: string, label: string): number {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new AppError(ErrorCode.INVALID_INPUT, `${label} “${text}” không hợp lệ: hãy nhập một số có tối đa 2 chữ số thập phân, ví dụ 1,5.`);
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** 150 → "1.5", 100 → "1", 125 → "1.25": the stored (canonical) form. */
export function fromHundredths(h: number): string {
  const whole = Math.floor(h / 100);
  const frac = h % 100;
  if (frac === 0) return String(whole);
  return `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

/** The canonical form of a decimal text ("1,50" → "1.5"). */
export function canonicalDecimal(text: string, label: string): string {
  return fromHundredths(toHundredths(text, label));
}

/** "1.5" → "1,5": how Vietnamese documents write decimals. */
export function showDecimal(text: string): string {
  return text.replace('.', ',');
}
