import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from './store';
import { EDITOR, makeArticle, tempDbFile } from './test-fixtures';

describe('SqliteHistoryRepository', () => {
  it('returns an article’s events oldest first and cannot rewrite them', () => {
    const store = createSqliteStore(tempDbFile());
    const a = makeArticle();
    store.articles.insert(a);
    const created = { id: uuidv7(), at: '2026-06-07T09:00:00.000Z', user: EDITOR, action: 'create', description: 'Tạo bài viết', version: 1 };
    const saved = { id: uuidv7(), at: '2026-06-07T09:05:00.000Z', user: EDITOR, action: 'save', description: 'Lưu phiên bản 2', version: 2 };
    store.history.append(a.id, saved);
    store.history.append(a.id, created);
    expect(store.history.list(a.id)).toEqual([created, saved]);
    expect(store.history.list(uuidv7())).toEqual([]);
    expect(() => store.db.prepare('DELETE FROM article_history').run()).toThrow();
    expect(store.history.list(a.id)).toHaveLength(2);
  });
});
