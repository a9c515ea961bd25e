import { describe, expect, it } from 'vitest';
import { amountInWords, numberToVietnameseWords as words } from './number-words';

describe('numberToVietnameseWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi bốn'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [91, 'chín mươi mốt'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [1_000, 'một nghìn'],
    [1_005, 'một nghìn không trăm linh năm'],
    [1_015, 'một nghìn không trăm mười lăm'],
    [10_000, 'mười nghìn'],
    [15_000, 'mười lăm nghìn'],
    [21_000, 'hai mươi mốt nghìn'],
    [105_000, 'một trăm linh năm nghìn'],
    [1_000_000, 'một triệu'],
    [1_250_000, 'một triệu hai trăm năm mươi nghìn'],
    [1_005_000, 'một triệu không trăm linh năm nghìn'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [2_340_000, 'hai triệu ba trăm bốn mươi nghìn'],
    [1_000_000_000, 'một tỷ'],
    [2_500_000_000, 'hai tỷ năm trăm triệu'],
    [1_000_001_000, 'một tỷ không trăm linh một nghìn'],
    [15_021_000_105, 'mười lăm tỷ không trăm hai mươi mốt triệu một trăm linh năm'],
    [15_021_005_000, 'mười lăm tỷ không trăm hai mươi mốt triệu không trăm linh năm nghìn'],
    [1_000_000_000_000, 'một nghìn tỷ'],
    [1_500_000_000_000, 'một nghìn năm trăm tỷ'],
    [1_000_000_000_001, 'một nghìn tỷ không trăm linh một']
  ])('%i → %s', (n, expected) => {
    expect(words(n)).toBe(expected);
  });

  it('refuses fractions and negative amounts', () => {
    expect(() => words(1.5)).toThrow(RangeError);
    expect(() => words(-1)).toThrow(RangeError);
  });
});

describe('amountInWords', () => {
  it('capitalises the first letter and adds "đồng"', () => {
    expect(amountInWords(1_250_000)).toBe('Một triệu hai trăm năm mươi nghìn đồng');
    expect(amountInWords(0)).toBe('Không đồng');
    expect(amountInWords(1_005_000)).toBe('Một triệu không trăm linh năm nghìn đồng');
  });
});
