import { describe, expect, it } from 'vitest';
import { ListQuerySchema, SORT_KEYS, type ListQuery } from '../../../shared/article';
import { ErrorCode } from '../../../shared/errors';
import { compareVi } from '../../../shared/text';
import { scanWindow } from './article-repository';
import { createSqliteStore } from './store';
import { makeArticle, nextVersion, tempDbFile } from './test-fixtures';

const list = (store: ReturnType<typeof createSqliteStore>, q: ListQuery) => store.articles.list(ListQuerySchema.parse(q));

describe('SqliteArticleRepository', () => {
  it('stores every field and returns it unchanged', () => {
    const store = createSqliteStore(tempDbFile());
    const a = makeArticle({
      title: 'Thị xã Kiến Tường tổ chức Hội nghị',
      summary: 'Sáng ngày 07/6, UBND thị xã…',
      bodyText: 'Đoạn một.\nĐoạn hai.',
      imageHash: 'a'.repeat(64),
      imageCaption: 'Quang cảnh hội nghị',
      alternateLink: 'https://kientuong.longan.gov.vn/tin',
      publishAt: '2026-06-07T16:00:00+07:00',
      featured: true,
      author: 'Ban biên tập',
      pageCount: { value: 3, overridden: true },
      photoCount: { value: 2, overridden: false },
      status: 'cho_duyet',
      attachments: [{ id: 'x', name: 'Quyết định.pdf', mime: 'application/pdf', size: 10, hash: 'b'.repeat(64), addedAt: '2026-06-07T09:00:00.000Z', addedBy: 'u' }]
    });
    store.articles.insert(a);
    expect(store.articles.get(a.id)).toEqual(a);
    expect(store.articles.get('không-có')).toBeNull();
    expect(store.articles.count()).toBe(1);
  });

  it('saves a new version only on top of the revision the editor started from', () => {
    const store = createSqliteStore(tempDbFile());
    const v1 = makeArticle({ title: 'Bản đầu' });
    store.articles.insert(v1);
    const v2 = nextVersion(v1, { title: 'Bản sửa' });
    store.articles.update(v2, v1.revisionId);
    expect(store.articles.get(v1.id)).toEqual(v2);

    const stale = nextVersion(v1, { title: 'Sửa từ bản cũ' });
    expect(() => store.articles.update(stale, v1.revisionId)).toThrow(
      expect.objectContaining({ code: ErrorCode.CONFLICT, message: expect.stringMatching(/^Bài viết đã được lưu ở nơi khác/) })
    );
    expect(store.articles.get(v1.id)?.title).toBe('Bản sửa');
    expect(() => store.articles.update(makeArticle(), v1.revisionId)).toThrow(expect.objectContaining({ code: ErrorCode.NOT_FOUND }));
    // Both versions stay stored.
    expect(store.db.prepare('SELECT title FROM article_revisions ORDER BY version').all()).toEqual([{ title: 'Bản đầu' }, { title: 'Bản sửa' }]);
  });

  it('lists with filters, totals, pages and Vietnamese title and author order', () => {
    const store = createSqliteStore(tempDbFile());
    const titles = ['Đường làng', 'Dân vận khéo', 'Ăn Tết an toàn', 'An ninh trật tự', 'Ưu đãi', 'Uống nước nhớ nguồn', 'Bản tin số 10', 'Bản tin số 9'];
    titles.forEach((title, i) =>
      store.articles.insert(
        makeArticle({
          title,
          author: i % 2 ? 'Đỗ Văn Hùng' : 'Dương Thị Lan',
          category: i < 3 ? 'Thông báo' : 'Kinh tế',
          status: i < 5 ? 'nhap' : 'da_xuat_ban',
          publishAt: i === 0 ? '2026-03-01T08:00:00+07:00' : null,
          modifiedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString()
        })
      )
    );
    expect(list(store, { sort: 'title', direction: 'asc' }).items.map((a) => a.title)).toEqual([...titles].sort(compareVi));
    expect(list(store, { sort: 'title', direction: 'desc' }).items.map((a) => a.title)).toEqual([...titles].sort(compareVi).reverse());
    expect(list(store, { sort: 'author', direction: 'asc' }).items[0]?.author).toBe('Dương Thị Lan');

    const newest = list(store, {});
    expect(newest.total).toBe(8);
    expect(newest.items[0]?.title).toBe('Bản tin số 9');

    const page = list(store, { category: 'Kinh tế', status: 'nhap', offset: 1, limit: 1, sort: 'modifiedAt', direction: 'asc' });
    expect(page).toMatchObject({ total: 2, items: [{ title: 'Ưu đãi' }] });
    expect(list(store, { author: 'Đỗ Văn Hùng' }).total).toBe(4);

    // The date range uses the publish date when there is one, else the modification date.
    const march = list(store, { from: '2026-03-01T00:00:00+07:00', to: '2026-03-31T23:59:59+07:00' });
    expect(march.items.map((a) => a.title)).toEqual(['Đường làng']);
    const january = list(store, { from: '2026-01-03T00:00:00Z', to: '2026-01-04T00:00:00Z' });
    expect(january.items.map((a) => a.title).sort(compareVi)).toEqual(['An ninh trật tự', 'Ăn Tết an toàn']);

    expect(store.articles.facets()).toEqual({
      authors: ['Dương Thị Lan', 'Đỗ Văn Hùng'],
      categories: ['Kinh tế', 'Thông báo'],
      articleTypes: ['Tin']
    });
  });

  it('returns every page the same whichever end of the order it is found from', () => {
    const store = createSqliteStore(tempDbFile());
    const titles = ['Bản tin', 'Bản tin', 'Ăn Tết', 'an ninh', 'Đường', 'Dân vận', 'Bản tin số 10', 'Bản tin số 9', 'Ưu đãi', 'Uống nước', 'Bản tin', 'Ông'];
    for (let i = 0; i < 23; i++) {
      store.articles.insert(
        makeArticle({
          title: titles[i % titles.length] as string,
          author: i % 3 ? 'Đỗ Văn Hùng' : 'Dương Thị Lan',
          category: i % 4 ? 'Kinh tế' : 'Thông báo',
          status: (['nhap', 'cho_duyet', 'da_xuat_ban'] as const)[i % 3],
          publishAt: i % 2 ? null : `2026-03-${String(1 + (i % 5)).padStart(2, '0')}T08:00:00+07:00`,
          modifiedAt: new Date(Date.UTC(2026, 0, 1 + (i % 4))).toISOString(),
          createdAt: new Date(Date.UTC(2025, 0, 1 + (i % 6))).toISOString()
        })
      );
    }
    for (const sort of SORT_KEYS) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const filter of [{}, { category: 'Kinh tế' }]) {
          const all = list(store, { ...filter, sort, direction, limit: 500 });
          for (let offset = 0; offset <= all.total + 1; offset++) {
            const page = list(store, { ...filter, sort, direction, offset, limit: 5 });
            expect(page.total).toBe(all.total);
            expect(page.items.map((a) => a.id), `${sort} ${direction} at ${offset}`).toEqual(all.items.slice(offset, offset + 5).map((a) => a.id));
          }
        }
      }
    }
  });
});

describe('scanWindow', () => {
  it('scans from the nearer end of the order', () => {
    expect(scanWindow(100, 0, 10)).toEqual({ offset: 0, limit: 10, fromEnd: false });
    expect(scanWindow(100, 45, 10)).toEqual({ offset: 45, limit: 10, fromEnd: false });
    expect(scanWindow(100, 46, 10)).toEqual({ offset: 44, limit: 10, fromEnd: true });
    expect(scanWindow(100, 95, 10)).toEqual({ offset: 0, limit: 5, fromEnd: true });
    expect(scanWindow(100, 100, 10)).toBeNull();
    expect(scanWindow(0, 0, 10)).toBeNull();
  });
});
