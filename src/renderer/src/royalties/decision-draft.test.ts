import { describe, expect, it } from 'vitest';
import { checkDecision, type DecisionDraft, type DecisionLimits } from './decision-draft';

const limits: DecisionLimits = {
  type: 'Tin',
  range: { min: '1', max: '3' },
  photos: { news: { min: '0.5', max: '1' }, art: { min: '1', max: '3' } }
};

const draft = (over: Partial<DecisionDraft> = {}): DecisionDraft => ({
  coefficient: '1,5',
  newsPhotos: '2',
  artPhotos: '0',
  newsPhotoCoefficient: '0,5',
  artPhotoCoefficient: '1',
  extras: [],
  payees: [
    { userId: null, name: 'Minh Thư', part: 'text', sharePercent: '60' },
    { userId: 'u2', name: 'Hoàng Nam', part: 'text', sharePercent: '40' },
    { userId: null, name: 'Thanh Tâm', part: 'photo', sharePercent: '100' }
  ],
  note: '',
  ...over
});

describe('royalty decision draft', () => {
  it('turns a good form into the contract input', () => {
    const { input } = checkDecision(draft(), limits);
    expect(input).toMatchObject({ coefficient: '1.5', newsPhotos: 2, artPhotos: 0, newsPhotoCoefficient: '0.5' });
    expect(input?.payees.map((p) => p.sharePercent)).toEqual(['60', '40', '100']);
  });

  it('keeps the coefficient within the type’s range', () => {
    expect(checkDecision(draft({ coefficient: '3,5' }), limits).errors).toEqual({ coefficient: 'Hệ số phải trong khung 1 – 3 của loại “Tin”.' });
    expect(checkDecision(draft({ newsPhotoCoefficient: '0,25' }), limits).errors).toEqual({ newsPhotoCoefficient: 'Hệ số phải trong khung 0,5 – 1 của ảnh thời sự.' });
  });

  it('requires the shares of each part to add up to 100 %', () => {
    const payees = draft().payees.map((p) => (p.name === 'Hoàng Nam' ? { ...p, sharePercent: '30,5' } : p));
    expect(checkDecision(draft({ payees }), limits).errors).toEqual({ 'payees.text': 'Tổng tỷ lệ hưởng phần Tác giả phải bằng 100 % (hiện là 90,5 %).' });
  });

  it('asks for a photographer only when the article has photos', () => {
    const payees = draft().payees.filter((p) => p.part === 'text');
    expect(checkDecision(draft({ payees }), limits).errors).toEqual({ 'payees.photo': 'Bài có ảnh: hãy ghi người được trả phần ảnh.' });
    expect(checkDecision(draft({ payees, newsPhotos: '0' }), limits).errors).toBeNull();
  });

  it('explains bad photo counts and empty names', () => {
    const payees = [{ userId: null, name: ' ', part: 'text' as const, sharePercent: '100' }];
    expect(checkDecision(draft({ payees, newsPhotos: '-1' }), limits).errors).toEqual({
      newsPhotos: 'Số ảnh là số nguyên từ 0 đến 500.',
      'payees.0.name': 'Hãy ghi tên người nhận.'
    });
  });
});
