// Services ready: open the workspace (pragmas, migrations checked) and read the first list page.
import { ListQuerySchema } from '../../src/shared/article';
import { createSqliteStore } from '../../src/main/adapters/sqlite/store';
import { time, type Row } from '../stats';
import type { BenchSection } from './section';

const RUNS = 10;

export const servicesReady: BenchSection = {
  name: 'services ready',
  run({ file }) {
    const firstPage = ListQuerySchema.parse({ sort: 'modifiedAt', direction: 'desc', limit: 100 });
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let close = () => {};
      samples.push(
        time(() => {
          const store = createSqliteStore(file);
          store.articles.list(firstPage);
          close = store.close;
        })
      );
      close();
    }
    const rows: Row[] = [
      { metric: 'first open in this run', samples: samples.slice(0, 1), goalMs: 300 },
      { metric: 'open + migrations + first page of 100', samples, goalMs: 300, note: 'OS file cache warm after the first' }
    ];
    return rows;
  }
};
