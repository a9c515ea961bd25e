// The report's period as the picker edits it: a month ("2026-11") or a quarter ("2026-Q4"), in Viet Nam time.
import { vnParts } from '../../../shared/dates';
import { PERIOD_PATTERN } from '../../../shared/royalties';

export type PeriodKind = 'month' | 'quarter';

export interface PeriodParts {
  kind: PeriodKind;
  year: number;
  /** Month 1–12 or quarter 1–4. */
  n: number;
}

export const QUARTER_NAMES = ['I', 'II', 'III', 'IV'] as const;

/** The month before `now` (the one usually reported), as "2026-11". */
export function defaultPeriod(now: Date = new Date()): string {
  const { year, month } = vnParts(now);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

export function parsePeriod(period: string): PeriodParts | null {
  const m = PERIOD_PATTERN.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  const rest = m[2]!;
  return rest.startsWith('Q') ? { kind: 'quarter', year, n: Number(rest.slice(1)) } : { kind: 'month', year, n: Number(rest) };
}

export function formatPeriod(p: PeriodParts): string {
  return p.kind === 'quarter' ? `${p.year}-Q${p.n}` : `${p.year}-${String(p.n).padStart(2, '0')}`;
}

/** Switching between month and quarter keeps the time of year: November ↔ the fourth quarter. */
export function switchKind(p: PeriodParts, kind: PeriodKind): PeriodParts {
  if (kind === p.kind) return p;
  return kind === 'quarter' ? { kind, year: p.year, n: Math.ceil(p.n / 3) } : { kind, year: p.year, n: p.n * 3 };
}
