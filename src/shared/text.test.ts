import { describe, expect, it } from 'vitest';
import { compareVi, countWords, fold, nfc } from './text';

describe('fold (search folding)', () => {
  it('strips Vietnamese diacritics and folds đ/Đ to d', () => {
    expect(fold('Đường Nguyễn Huệ')).toBe('duong nguyen hue');
    expect(fold('Ủy ban nhân dân')).toBe('uy ban nhan dan');
    expect(fold('Uỷ ban')).toBe('uy ban');
    expect(fold('đ Đ')).toBe('d d');
  });

  it('is length-preserving per code point so offsets map back', () => {
    const s = 'Thị xã Kiến Tường, tỉnh Long An — “Nông thôn mới”';
    expect([...fold(s)].length).toBe([...nfc(s)].length);
  });

  it('gives the same result for NFC and NFD input', () => {
    const nfd = 'Tiếng Việt'.normalize('NFD');
    expect(fold(nfd)).toBe(fold('Tiếng Việt'));
  });
});

describe('compareVi', () => {
  it('sorts names in Vietnamese order', () => {
    const names = ['Đặng Văn Bình', 'Trần Thị Ánh', 'Dương Minh', 'Âu Cơ', 'An Nhiên'];
    expect([...names].sort(compareVi)).toEqual(['An Nhiên', 'Âu Cơ', 'Dương Minh', 'Đặng Văn Bình', 'Trần Thị Ánh']);
  });
});

describe('countWords', () => {
  it('counts Vietnamese words separated by spaces', () => {
    expect(countWords('Ủy ban nhân dân thị xã Kiến Tường.')).toBe(8);
    expect(countWords('  ')).toBe(0);
  });
});
