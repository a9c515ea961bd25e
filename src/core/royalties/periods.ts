// Royalty periods: a month "2026-11" or a quarter "2026-Q4", in Viet Nam time (UTC+7, no DST). A published
// article belongs to the month (and quarter) of its first publication as seen in Viet Nam.
import { vnParts } from '../../shared/dates';
import { AppError, ErrorCode } from '../../shared/errors';
import { PERIOD_PATTERN } from '../../shared/royalties';

export interface Period {
  key: string;
  year: number;
  /** Months 1–12 the period covers (one, or three for a quarter). */
  months: number[];
  kind: 'month' | 'quarter';
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const VN_OFFSET_MS = 7 * 3600_000;

export function parsePeriod(text: string): Period {
  const m = PERIOD_PATTERN.exec(text.trim());
  if (!m) throw new AppError(ErrorCode.INVALID_INPUT, `Kỳ “${text}” không hợp lệ: hãy dùng năm-tháng (ví dụ 2026-11) hoặc năm-quý (ví dụ 2026-Q4).`);
  const year = Number(m[1]);
  const part = m[2]!;
  if (part.startsWith('Q')) {
    const q = Number(part.slice(1));
    return { key: `${year}-Q${q}`, year, months: [3 * q - 2, 3 * q - 1, 3 * q], kind: 'quarter' };
  }
  return { key: `${year}-${part}`, year, months: [Number(part)], kind: 'month' };
}

/** "Tháng 11/2026", "Quý IV/2026" */
export function periodLabel(p: Period): string {
  return p.kind === 'month' ? `Tháng ${p.months[0]}/${p.year}` : `Quý ${ROMAN[p.months[2]! / 3 - 1]}/${p.year}`;
}

/** The period's instants [from, to) in UTC ISO: from Viet Nam midnight of its first day to that of the day after. */
export function periodRange(p: Period): { fromUtc: string; toUtc: string } {
  const first = p.months[0]!;
  const last = p.months.at(-1)!;
  const from = Date.UTC(p.year, first - 1, 1) - VN_OFFSET_MS;
  const to = Date.UTC(p.year, last, 1) - VN_OFFSET_MS;
  return { fromUtc: new Date(from).toISOString(), toUtc: new Date(to).toISOString() };
}

/** First and last calendar day as dd/MM/yyyy. */
export function periodDays(p: Period): { from: string; to: string } {
  const first = p.months[0]!;
  const last = p.months.at(-1)!;
  const lastDay = new Date(Date.UTC(p.year, last, 0)).getUTCDate();
  const dd = (n: number) => String(n).padStart(2, '0');
  return { from: `01/${dd(first)}/${p.year}`, to: `${dd(lastDay)}/${dd(last)}/${p.year}` };
}

/** The month "2026-11" of an instant in Viet Nam. */
export function monthOf(iso: string): string {
  const d = vnParts(iso);
  return `${d.year}-${String(d.month).padStart(2, '0')}`;
}

/** The quarter "2026-Q4" containing a month "2026-11". */
export function quarterOfMonth(month: string): string {
  const [y, m] = month.split('-');
  return `${y}-Q${Math.ceil(Number(m) / 3)}`;
}
