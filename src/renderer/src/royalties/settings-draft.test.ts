import { describe, expect, it } from 'vitest';
import type { RoyaltySettingsFields } from '../../../shared/royalties';
import { checkDraft, draftOf } from './settings-draft';

const saved: RoyaltySettingsFields = {
  baseSalary: 2_340_000,
  unitPercent: '10',
  siteLevelPercent: '20',
  articleTypes: [
    { type: 'Tin', min: '1', max: '3' },
    { type: 'Bài', min: '2.5', max: '6' }
  ],
  photos: { news: { min: '0.5', max: '1' }, art: { min: '1', max: '3' } },
  extras: [{ code: 'kho-khan', label: 'Điều kiện khó khăn', percent: '20' }],
  deciderRoles: ['truong_ban'],
  basis: 'Bảng mẫu',
  example: true
};

describe('royalty settings draft', () => {
  it('shows numbers the Vietnamese way and saves them back as the contract wants', () => {
    const draft = draftOf(saved);
    expect(draft.baseSalary).toBe('2.340.000');
    expect(draft.articleTypes[1]).toEqual({ type: 'Bài', min: '2,5', max: '6' });
    const { fields } = checkDraft({ ...draft, baseSalary: '2.530.000' });
    expect(fields).toEqual({ ...saved, baseSalary: 2_530_000, example: false });
  });

  it('names each bad field in Vietnamese and saves nothing', () => {
    const draft = draftOf(saved);
    draft.baseSalary = '2,34 triệu';
    draft.articleTypes[0] = { type: 'Tin', min: '4', max: '3' };
    draft.articleTypes[1] = { type: 'tin', min: '1,555', max: '0' };
    draft.photos.art.min = '';
    const { errors } = checkDraft(draft);
    expect(errors).toEqual({
      baseSalary: 'Mức lương cơ sở là số tiền đồng lớn hơn 0, ví dụ 2.340.000.',
      'types.0.max': 'Hệ số tối đa phải lớn hơn hoặc bằng hệ số tối thiểu.',
      'types.1.type': 'Loại bài “tin” đã có ở dòng trên.',
      'types.1.min': 'Hệ số chỉ có tối đa 2 chữ số thập phân.',
      'types.1.max': 'Hệ số phải lớn hơn 0.',
      'photos.art.min': 'Hãy nhập hệ số.'
    });
  });

  it('gives a new extra line a code and keeps the existing ones', () => {
    const draft = draftOf(saved);
    draft.extras.push({ code: '', label: 'Nguy hiểm', percent: '12,5' });
    expect(checkDraft(draft).fields?.extras).toEqual([
      { code: 'kho-khan', label: 'Điều kiện khó khăn', percent: '20' },
      { code: 'extra-1', label: 'Nguy hiểm', percent: '12.5' }
    ]);
  });
});
