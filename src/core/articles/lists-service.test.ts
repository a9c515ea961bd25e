import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../shared/article';
import { ErrorCode } from '../../shared/errors';
import { InMemorySettings } from '../testing/fakes';
import { ListsService, cleanList } from './lists-service';

describe('ListsService', () => {
  it('starts with the Vietnamese defaults', () => {
    const lists = new ListsService(new InMemorySettings());
    expect(lists.get().categories).toEqual(DEFAULT_CATEGORIES);
    expect(lists.get().articleTypes).toContain('Phỏng vấn');
  });

  it('trims, normalises to NFC and drops duplicates that differ only in case or spacing, keeping order', () => {
    const lists = new ListsService(new InMemorySettings());
    const saved = lists.save({
      categories: ['  Nông thôn mới ', 'nông  thôn mới', 'Văn hóa – Xã hội'.normalize('NFD'), '', 'An ninh'],
      articleTypes: ['Tin', 'tin', 'TIN']
    });
    expect(saved.categories).toEqual(['Nông thôn mới', 'Văn hóa – Xã hội', 'An ninh']);
    expect(saved.articleTypes).toEqual(['Tin']);
    expect(lists.get()).toEqual(saved);
  });

  it('keeps entries that differ only in diacritics (Tin and Tín are different words)', () => {
    expect(cleanList(['Tin', 'Tín', 'Tìn'])).toEqual(['Tin', 'Tín', 'Tìn']);
  });

  it('refuses an empty list with a Vietnamese message and keeps the previous lists', () => {
    const lists = new ListsService(new InMemorySettings());
    expect(() => lists.save({ categories: ['  '], articleTypes: ['Tin'] })).toThrowError(
      expect.objectContaining({ code: ErrorCode.INVALID_INPUT, fields: { categories: 'Danh sách Phân loại cần ít nhất một mục.' } })
    );
    expect(lists.get().categories).toEqual(DEFAULT_CATEGORIES);
  });
});
