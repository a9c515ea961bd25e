// SettingsRepository: the editable lists, with Vietnamese defaults.
import type Database from 'better-sqlite3';
import type { SettingsRepository } from '../../../core/ports';
import { DEFAULT_ARTICLE_TYPES, DEFAULT_CATEGORIES } from '../../../shared/article';
import type { EditableLists } from '../../../shared/contract';
import { JsonSettings } from './settings-store';

const LISTS_KEY = 'lists';

export class SqliteSettingsRepository implements SettingsRepository {
  private readonly settings: JsonSettings;

  constructor(db: Database.Database, now?: () => Date) {
    this.settings = new JsonSettings(db, now);
  }

  getLists(): EditableLists {
    const saved = this.settings.get<EditableLists>(LISTS_KEY);
    return {
      categories: saved.categories ?? [...DEFAULT_CATEGORIES],
      articleTypes: saved.articleTypes ?? [...DEFAULT_ARTICLE_TYPES]
    };
  }

  saveLists(lists: EditableLists): void {
    this.settings.set(LISTS_KEY, { categories: lists.categories, articleTypes: lists.articleTypes });
  }
}
