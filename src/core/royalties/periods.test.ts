import { describe, expect, it } from 'vitest';
import { monthOf, parsePeriod, periodDays, periodLabel, periodRange, quarterOfMonth } from './periods';
import { formatDong } from './vnd';
import { canonicalDecimal, showDecimal } from './decimal';

describe('royalty periods', () => {
  it('reads months and quarters, labels them and gives their days', () => {
    expect(periodLabel(parsePeriod('2026-11'))).toBe('Tháng 11/2026');
    expect(periodLabel(parsePeriod('2026-Q4'))).toBe('Quý IV/2026');
    expect(periodDays(parsePeriod('2026-Q1'))).toEqual({ from: '01/01/2026', to: '31/03/2026' });
    expect(periodDays(parsePeriod('2028-02'))).toEqual({ from: '01/02/2028', to: '29/02/2028' });
    expect(() => parsePeriod('2026-13')).toThrow('Kỳ “2026-13” không hợp lệ');
    expect(() => parsePeriod('11/2026')).toThrow('năm-quý (ví dụ 2026-Q4)');
  });

  it('runs from Viet Nam midnight to Viet Nam midnight', () => {
    expect(periodRange(parsePeriod('2026-11'))).toEqual({ fromUtc: '2026-10-31T17:00:00.000Z', toUtc: '2026-11-30T17:00:00.000Z' });
    expect(periodRange(parsePeriod('2026-Q4'))).toEqual({ fromUtc: '2026-09-30T17:00:00.000Z', toUtc: '2026-12-31T17:00:00.000Z' });
  });

  it('puts an article published late on the last evening (UTC) in the next Viet Nam month', () => {
    expect(monthOf('2026-11-30T16:59:59Z')).toBe('2026-11');
    expect(monthOf('2026-11-30T17:00:00Z')).toBe('2026-12');
    expect(quarterOfMonth('2026-12')).toBe('2026-Q4');
    expect(quarterOfMonth('2026-04')).toBe('2026-Q2');
  });
});

describe('money and decimals as Vietnamese documents write them', () => {
  it('groups thousands with dots and says "đồng"', () => {
    expect(formatDong(1_250_000)).toBe('1.250.000 đồng');
    expect(formatDong(0)).toBe('0 đồng');
    expect(formatDong(2_500_000_000)).toBe('2.500.000.000 đồng');
  });

  it('keeps coefficients to two decimals with a decimal comma on paper', () => {
    expect(canonicalDecimal('1,50', 'Hệ số')).toBe('1.5');
    expect(canonicalDecimal('2.05', 'Hệ số')).toBe('2.05');
    expect(showDecimal('1.25')).toBe('1,25');
    expect(() => canonicalDecimal('1.255', 'Hệ số')).toThrow('Hệ số “1.255” không hợp lệ');
  });
});
