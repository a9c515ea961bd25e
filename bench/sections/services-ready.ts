// Services ready: the app as the composition root builds it (workspace opened, pragmas, migrations
// checked, every service constructed) and the first list page read.
import { dirname } from 'node:path';
import { ListQuerySchema } from '../../src/shared/article';
import { openApp } from '../../src/main/app';
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
          const app = openApp({ workspaceDir: dirname(file), mode: 'cli', log: () => undefined });
          app.services.articles.list(firstPage);
          close = app.close;
        })
      );
      close();
    }
    const rows: Row[] = [
      { metric: 'first open in this run', samples: samples.slice(0, 1), goalMs: 300 },
      { metric: 'open + migrations + services + first page of 100', samples, goalMs: 300, note: 'OS file cache warm after the first' }
    ];
    return rows;
  }
};
