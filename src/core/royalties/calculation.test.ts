// Hand-worked examples: base salary 2.340.000 đ, one unit = 10% = 234.000 đ unless stated.
import { describe, expect, it } from 'vitest';
import type { RoyaltySettingsFields } from '../../shared/royalties';
import { calculateRoyalty, unitValueOf, type DecisionValues } from './calculation';
import { EXAMPLE_ROYALTY_SETTINGS } from './example-table';

const S: RoyaltySettingsFields = { ...EXAMPLE_ROYALTY_SETTINGS, example: false };
const author = (name: string, share = '100') => ({ userId: null, name, part: 'text' as const, sharePercent: share });
const photographer = (name: string, share = '100') => ({ userId: null, name, part: 'photo' as const, sharePercent: share });
const decision = (over: Partial<DecisionValues> = {}): DecisionValues => ({
  coefficient: '1',
  newsPhotos: 0,
  artPhotos: 0,
  newsPhotoCoefficient: '1.2',
  artPhotoCoefficient: '1.5',
  extras: [],
  payees: [author('Minh Thư')],
  ...over
});

describe('calculateRoyalty', () => {
  it('a news item (tin, 1.0) at the provincial rate is one unit: 234.000 đ', () => {
    expect(unitValueOf(S)).toBe(234_000);
    const r = calculateRoyalty(S, 'Tin', decision());
    expect(r.total).toBe(234_000);
    expect(r.payees).toEqual([{ ...author('Minh Thư'), amount: 234_000 }]);
  });

  it('an article (bài, 1.2–2.5) at 2,5 with two news photos at 1,5 paid to the photographer', () => {
    // text 2,5 × 234.000 = 585.000; photos 2 × 1,5 = 3,0 units = 702.000
    const r = calculateRoyalty(S, 'Bài', decision({ coefficient: '2,5', newsPhotos: 2, newsPhotoCoefficient: '1.5', payees: [author('Minh Thư'), photographer('Hoàng Nam')] }));
    expect(r.textUnits).toBe('2.5');
    expect(r.photoUnits).toBe('3');
    expect(r.payees.map((p) => [p.name, p.amount])).toEqual([['Minh Thư', 585_000], ['Hoàng Nam', 702_000]]);
    expect(r.total).toBe(1_287_000);
  });

  it('news and art photos add up: 1 × 1,2 + 2 × 2,0 = 5,2 units', () => {
    const r = calculateRoyalty(S, 'Tin', decision({ newsPhotos: 1, artPhotos: 2, artPhotoCoefficient: '2', payees: [author('A'), photographer('B')] }));
    expect(r.photoUnits).toBe('5.2');
    expect(r.payees[1]!.amount).toBe(1_216_800);
  });

  it('a district site at 20% of the provincial rate, with a 10% extra', () => {
    // 2,0 × 234.000 × 20% × 110% = 102.960
    const r = calculateRoyalty({ ...S, siteLevelPercent: '20' }, 'Phỏng vấn', decision({ coefficient: '2', extras: ['kho-khan'] }));
    expect(r.extrasPercent).toBe('10');
    expect(r.total).toBe(102_960);
  });

  it('splits the text part between authors and rounds each share once, half-up, to whole đồng', () => {
    // 234.000 × 33,33% = 77.992,2 → 77.992; × 33,34% = 78.015,6 → 78.016
    const r = calculateRoyalty(S, 'Tin', decision({ payees: [author('An', '33.33'), author('Bình', '33.33'), author('Chi', '33.34')] }));
    expect(r.payees.map((p) => p.amount)).toEqual([77_992, 77_992, 78_016]);
    expect(r.total).toBe(234_000);
  });

  it('rounds half a đồng up, never through a float', () => {
    // base 2.340.002 → one unit 234.000,2; × 2,5 = 585.000,5 → 585.001
    const r = calculateRoyalty({ ...S, baseSalary: 2_340_002 }, 'Bài', decision({ coefficient: '2.5' }));
    expect(r.total).toBe(585_001);
    // × 1,2 = 280.800,24 → 280.800
    expect(calculateRoyalty({ ...S, baseSalary: 2_340_002 }, 'Bài', decision({ coefficient: '1.2' })).total).toBe(280_800);
  });

  it('refuses a coefficient outside the type’s range, naming the range', () => {
    expect(() => calculateRoyalty(S, 'Bài', decision({ coefficient: '2.6' }))).toThrow('Hệ số phải từ 1,2 đến 2,5 theo bảng hệ số đang áp dụng (đã nhập 2,6).');
    expect(() => calculateRoyalty(S, 'Tin', decision({ coefficient: '1.5' }))).toThrow('Hệ số phải đúng 1 theo bảng');
    expect(() => calculateRoyalty(S, 'Bài', decision({ coefficient: '2.5', newsPhotos: 1, newsPhotoCoefficient: '2', payees: [author('A'), photographer('B')] }))).toThrow(
      'Hệ số ảnh thời sự phải từ 1,2 đến 1,8'
    );
  });

  it('refuses an article type missing from the table, shares that do not add up to 100% and unknown extras', () => {
    expect(() => calculateRoyalty(S, 'Thơ', decision())).toThrow('Loại bài viết “Thơ” chưa có trong bảng hệ số nhuận bút');
    expect(() => calculateRoyalty(S, 'Tin', decision({ payees: [author('A', '50'), author('B', '40')] }))).toThrow('cộng lại phải bằng 100% (đang là 90%)');
    expect(() => calculateRoyalty(S, 'Tin', decision({ newsPhotos: 2 }))).toThrow('Hãy ghi người nhận nhuận bút phần người chụp ảnh.');
    expect(() => calculateRoyalty(S, 'Tin', decision({ payees: [author('A'), photographer('B')] }))).toThrow('Bài không có ảnh');
    expect(() => calculateRoyalty(S, 'Tin', decision({ extras: ['thuong'] }))).toThrow('Khoản cộng thêm “thuong”');
    expect(() => calculateRoyalty(S, 'Tin', decision({ payees: [author('Hà'), author('hà', '0')] }))).toThrow('có tên hai lần');
  });

  it('matches the article type whatever its Unicode form or case', () => {
    expect(calculateRoyalty(S, 'tin a\u0309nh'.normalize('NFD'), decision({ coefficient: '1.5' })).total).toBe(351_000);
  });
});
