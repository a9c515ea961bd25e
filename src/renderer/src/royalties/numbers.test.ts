import { describe, expect, it } from 'vitest';
import { coefficientError, formatVnd, hundredths, parseVnd, percentError, rangeErrors } from './numbers';

describe('royalty numbers', () => {
  it('formats đồng the Vietnamese way', () => {
    expect(formatVnd(1_250_000)).toBe('1.250.000 đồng');
    expect(formatVnd(0)).toBe('0 đồng');
  });

  it('reads đồng typed with dots, spaces or the unit', () => {
    expect(parseVnd('2.340.000')).toBe(2_340_000);
    expect(parseVnd(' 2 340 000 ')).toBe(2_340_000);
    expect(parseVnd('2340000 đồng')).toBe(2_340_000);
    expect(parseVnd('2,5')).toBeNull();
    expect(parseVnd('-5')).toBeNull();
    expect(parseVnd('')).toBeNull();
  });

  it('compares coefficients in hundredths', () => {
    expect(hundredths('1,5')).toBe(150);
    expect(hundredths('1.05')).toBe(105);
    expect(hundredths('10')).toBe(1000);
    expect(hundredths('1,555')).toBeNull();
    expect(hundredths('abc')).toBeNull();
  });

  it('explains a bad coefficient in Vietnamese', () => {
    expect(coefficientError('1,5')).toBeNull();
    expect(coefficientError('')).toBe('Hãy nhập hệ số.');
    expect(coefficientError('0')).toBe('Hệ số phải lớn hơn 0.');
    expect(coefficientError('1,555')).toBe('Hệ số chỉ có tối đa 2 chữ số thập phân.');
    expect(coefficientError('một')).toBe('Hệ số phải là một số, ví dụ 1,5.');
    expect(coefficientError('100')).toBe('Hệ số phải nhỏ hơn 100.');
  });

  it('requires min ≤ max', () => {
    expect(rangeErrors('1', '3')).toEqual({});
    expect(rangeErrors('1,5', '1,5')).toEqual({});
    expect(rangeErrors('4', '3')).toEqual({ max: 'Hệ số tối đa phải lớn hơn hoặc bằng hệ số tối thiểu.' });
    expect(rangeErrors('0', '3')).toEqual({ min: 'Hệ số phải lớn hơn 0.' });
  });

  it('checks percentages', () => {
    expect(percentError('12,5', 'Tỷ lệ')).toBeNull();
    expect(percentError('0', 'Tỷ lệ')).toBeNull();
    expect(percentError('12,555', 'Tỷ lệ')).toBe('Tỷ lệ chỉ có tối đa 2 chữ số thập phân.');
    expect(percentError('', 'tỷ lệ')).toBe('Hãy nhập tỷ lệ.');
  });
});
