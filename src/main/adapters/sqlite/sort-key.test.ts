import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVi } from '../../../shared/text';
import { viSortKey } from './sort-key';

const byKey = (a: string, b: string) => (viSortKey(a) < viSortKey(b) ? -1 : viSortKey(a) > viSortKey(b) ? 1 : 0);

describe('viSortKey', () => {
  it('orders Vietnamese names the way the Vietnamese collator does', () => {
    const names = [
      'Đỗ Văn Hùng', 'Dương Thị Lan', 'Ban biên tập', 'bà Ánh', 'Bùi Minh', 'Ông Lê Quang Tửu', 'Ô Môn',
      'Ơn Huệ', 'Ưng Hoàng', 'Uông Bí', 'Vũ Hạnh', 'Âu Cơ', 'Ăn Tết', 'An Giang', 'Ấp 3', 'Ấp 10',
      'Ấp 2', 'Thông báo số 12', 'Thông báo số 9', 'thông báo', 'Thống kê', 'Xã Bình Hiệp', 'Đà Nẵng', 'Da Nang'
    ];
    const expected = [...names].sort(compareVi);
    const actual = [...names].sort(byKey);
    // Equal under the collator (e.g. differing only in tone) may come in either order.
    for (let i = 0; i < expected.length; i++) expect(compareVi(actual[i] as string, expected[i] as string)).toBe(0);
  });

  it('agrees with the collator on random Vietnamese words and numbers', () => {
    const piece = fc.constantFrom('a', 'à', 'ă', 'ẳ', 'â', 'ấ', 'b', 'd', 'đ', 'Đ', 'e', 'ê', 'ế', 'o', 'ô', 'ơ', 'ờ', 'u', 'ư', 'ữ', 'y', 'ý', 'A', 'Ô', ' ', '1', '2', '10', '09');
    const word = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join('').trim());
    fc.assert(
      fc.property(word, word, (a, b) => {
        const c = Math.sign(compareVi(a, b));
        return c === 0 || Math.sign(byKey(a, b)) === c;
      }),
      { numRuns: 2000 }
    );
  });

  it('ignores case, tones and repeated spaces but not letters with a different shape', () => {
    expect(viSortKey('Bà  Ánh')).toBe(viSortKey('ba anh'));
    expect(viSortKey('ă')).not.toBe(viSortKey('a'));
    expect(viSortKey('đa') > viSortKey('dz')).toBe(true);
  });
});
