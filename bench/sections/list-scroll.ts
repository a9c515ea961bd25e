// List scrolling: one page of 100 rows at random offsets, for every sort (and one filtered list).
import { ListQuerySchema, SORT_KEYS, type ListQuery } from '../../src/shared/article';
import { createSqliteStore } from '../../src/main/adapters/sqlite/store';
import { Random } from '../random';
import { time, type Row } from '../stats';
import type { BenchSection } from './section';

const PAGES = 30;
/** One frame at 60 Hz: a page should not cost the UI a visible stutter. */
const FRAME_MS = 16.7;

export const listScroll: BenchSection = {
  name: 'list scrolling (page of 100 at random offsets)',
  run({ file }) {
    const store = createSqliteStore(file);
    try {
      const r = new Random(3);
      const measure = (metric: string, base: ListQuery): Row => {
        const total = store.articles.list(ListQuerySchema.parse({ ...base, limit: 1 })).total;
        const samples: number[] = [];
        for (let i = 0; i < PAGES; i++) {
          const query = ListQuerySchema.parse({ ...base, offset: r.int(0, Math.max(0, total - 100)), limit: 100 });
          samples.push(time(() => store.articles.list(query)));
        }
        return { metric, samples, goalMs: FRAME_MS, note: `${total} rows` };
      };
      return [
        ...SORT_KEYS.map((sort) => measure(`sort ${sort} desc`, { sort, direction: 'desc' })),
        measure('sort title asc', { sort: 'title', direction: 'asc' }),
        measure('status + category filter, sort modifiedAt', { status: 'da_xuat_ban', category: 'Kinh tế' })
      ];
    } finally {
      store.close();
    }
  }
};
