import { describe, expect, it } from 'vitest';
import { defaultPeriod, formatPeriod, parsePeriod, switchKind } from './period';

describe('royalty periods', () => {
  it('defaults to the previous month in Viet Nam time', () => {
    expect(defaultPeriod(new Date('2026-12-03T10:00:00Z'))).toBe('2026-11');
    // 31/12 18:00 UTC is already 1 January in Viet Nam: the month before is December.
    expect(defaultPeriod(new Date('2026-12-31T18:00:00Z'))).toBe('2026-12');
    expect(defaultPeriod(new Date('2027-01-15T03:00:00Z'))).toBe('2026-12');
  });

  it('reads and writes months and quarters', () => {
    expect(parsePeriod('2026-11')).toEqual({ kind: 'month', year: 2026, n: 11 });
    expect(parsePeriod('2026-Q4')).toEqual({ kind: 'quarter', year: 2026, n: 4 });
    expect(parsePeriod('2026-13')).toBeNull();
    expect(formatPeriod({ kind: 'month', year: 2026, n: 3 })).toBe('2026-03');
    expect(formatPeriod({ kind: 'quarter', year: 2026, n: 2 })).toBe('2026-Q2');
  });

  it('keeps the time of year when switching month and quarter', () => {
    expect(switchKind({ kind: 'month', year: 2026, n: 11 }, 'quarter')).toEqual({ kind: 'quarter', year: 2026, n: 4 });
    expect(switchKind({ kind: 'quarter', year: 2026, n: 2 }, 'month')).toEqual({ kind: 'month', year: 2026, n: 6 });
  });
});
