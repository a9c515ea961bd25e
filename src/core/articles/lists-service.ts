// Editable lists of categories (Phân loại) and article types (Loại bài viết), with Vietnamese defaults.
import { DEFAULT_ARTICLE_TYPES, DEFAULT_CATEGORIES } from '../../shared/article';
import type { EditableLists } from '../../shared/contract';
import { AppError, ErrorCode } from '../../shared/errors';
import { nfc } from '../../shared/text';
import type { SettingsRepository } from '../ports';

// Case-insensitive but accent-sensitive: "Tin" and "tin" are one entry, "Tin" and "Tín" are two.
const collator = new Intl.Collator('vi', { sensitivity: 'accent' });

export function compareListItems(a: string, b: string): number {
  return collator.compare(a, b);
}

const MAX_ITEM = 200;

export class ListsService {
  constructor(private readonly settings: SettingsRepository) {}

  get(): EditableLists {
    const lists = this.settings.getLists();
    return {
      categories: lists.categories.length > 0 ? lists.categories : [...DEFAULT_CATEGORIES],
      articleTypes: lists.articleTypes.length > 0 ? lists.articleTypes : [...DEFAULT_ARTICLE_TYPES]
    };
  }

  save(lists: EditableLists): EditableLists {
    const categories = cleanList(lists.categories);
    const articleTypes = cleanList(lists.articleTypes);
    const errors: Record<string, string> = {};
    if (categories.length === 0) errors.categories = 'Danh sách Phân loại cần ít nhất một mục.';
    if (articleTypes.length === 0) errors.articleTypes = 'Danh sách Loại bài viết cần ít nhất một mục.';
    const tooLong = [...categories, ...articleTypes].find((s) => [...s].length > MAX_ITEM);
    if (tooLong) errors[categories.includes(tooLong) ? 'categories' : 'articleTypes'] = `Mỗi mục dài tối đa ${MAX_ITEM} ký tự.`;
    if (Object.keys(errors).length > 0) {
      throw new AppError(ErrorCode.INVALID_INPUT, Object.values(errors)[0]!, errors);
    }
    const saved = { categories, articleTypes };
    this.settings.saveLists(saved);
    return saved;
  }
}

/** Trim, NFC, collapse inner whitespace, drop empty entries and duplicates (first spelling wins); order kept. */
export function cleanList(items: string[]): string[] {
  const out: string[] = [];
  for (const raw of items) {
    const item = nfc(raw).trim().replace(/\s+/g, ' ');
    if (item === '' || out.some((kept) => compareListItems(kept, item) === 0)) continue;
    out.push(item);
  }
  return out;
}
