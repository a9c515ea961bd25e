import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLE_TYPES, DEFAULT_CATEGORIES } from '../../../shared/article';
import { createSqliteStore } from './store';
import { tempDbFile } from './test-fixtures';

describe('SqliteSettingsRepository', () => {
  it('offers the Vietnamese default lists until the board saves its own, and keeps them after reopening', () => {
    const file = tempDbFile();
    const store = createSqliteStore(file);
    expect(store.settings.getLists()).toEqual({ categories: DEFAULT_CATEGORIES, articleTypes: DEFAULT_ARTICLE_TYPES });
    store.settings.saveLists({ categories: ['Tin tức – sự kiện', 'Chuyển đổi số'], articleTypes: ['Tin'] });
    store.close();
    const reopened = createSqliteStore(file);
    expect(reopened.settings.getLists()).toEqual({ categories: ['Tin tức – sự kiện', 'Chuyển đổi số'], articleTypes: ['Tin'] });
    reopened.close();
  });
});
