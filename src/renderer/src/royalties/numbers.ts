// What the royalty forms accept and show: đồng typed the Vietnamese way ("2.340.000"), coefficients and
// percentages with a decimal comma. Only parsing and checking — every amount comes from the backend.
import { numberVi } from '../format';

/** "1.250.000 đồng" */
export function formatVnd(amount: number): string {
  return `${numberVi.format(amount)} đồng`;
}

/** "2.340.000", "2340000" or "2 340 000" → 2340000; null when it is not a whole number of đồng. */
export function parseVnd(text: string): number | null {
  const compact = text.replace(/[\s.]/g, '').replace(/đồng$|đ$/i, '');
  if (!/^\d{1,13}$/.test(compact)) return null;
  return Number(compact);
}

const DECIMAL = /^\d+([.,]\d+)?$/;

/** A decimal string in hundredths (integers, so comparisons never suffer from float rounding); null unless a number with ≤ 2 decimals. */
export function hundredths(text: string): number | null {
  const t = text.trim();
  if (!DECIMAL.test(t)) return null;
  const [whole, frac = ''] = t.split(/[.,]/);
  if (frac.length > 2) return null;
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/** "1.5" → "1,5" for display. */
export function decimalVi(text: string): string {
  return text.replace(/\./g, ',');
}

/** Why a coefficient is not acceptable, or null: positive, at most two decimals, below 100. */
export function coefficientError(text: string): string | null {
  const t = text.trim();
  if (t === '') return 'Hãy nhập hệ số.';
  if (!DECIMAL.test(t)) return 'Hệ số phải là một số, ví dụ 1,5.';
  if (/[.,]\d{3,}$/.test(t)) return 'Hệ số chỉ có tối đa 2 chữ số thập phân.';
  const h = hundredths(t)!;
  if (h <= 0) return 'Hệ số phải lớn hơn 0.';
  if (h >= 10_000) return 'Hệ số phải nhỏ hơn 100.';
  return null;
}

/** Why a percentage is not acceptable, or null: 0–999,99 with at most two decimals. */
export function percentError(text: string, label: string): string | null {
  const t = text.trim();
  if (t === '') return `Hãy nhập ${label}.`;
  if (!DECIMAL.test(t)) return `${label} phải là một số, ví dụ 20 hoặc 12,5.`;
  if (/[.,]\d{3,}$/.test(t)) return `${label} chỉ có tối đa 2 chữ số thập phân.`;
  if (hundredths(t)! >= 100_000) return `${label} phải nhỏ hơn 1000 %.`;
  return null;
}

/** The errors of a min–max pair, keyed "min" / "max"; empty when both are fine and min ≤ max. */
export function rangeErrors(min: string, max: string): { min?: string; max?: string } {
  const errors: { min?: string; max?: string } = {};
  const minError = coefficientError(min);
  const maxError = coefficientError(max);
  if (minError) errors.min = minError;
  if (maxError) errors.max = maxError;
  if (!minError && !maxError && hundredths(min)! > hundredths(max)!) errors.max = 'Hệ số tối đa phải lớn hơn hoặc bằng hệ số tối thiểu.';
  return errors;
}
