// `npm run bench`: generates (once) a workspace of 100,000 Vietnamese articles and prints every
// benchmark section side by side. It reports; it never fails on wall time.
// BENCH_ARTICLES=N uses a smaller workspace for a quick look.
import { availableParallelism, cpus } from 'node:os';
import { benchWorkspace } from './workspace';
import { listScroll } from './sections/list-scroll';
import { search } from './sections/search';
import type { BenchSection } from './sections/section';
import { servicesReady } from './sections/services-ready';
import { versions } from './sections/versions';
import { comments } from './sections/comments';
import { formatTable } from './stats';

/** Later issues add their sections here. */
const SECTIONS: BenchSection[] = [servicesReady, search, listScroll, versions, comments];

const articleCount = Number(process.env.BENCH_ARTICLES ?? 100_000);
const log = (line: string) => console.log(line);

const workspace = benchWorkspace(articleCount, log);
const results = SECTIONS.map((section) => {
  log(`Running: ${section.name}…`);
  return { name: section.name, rows: section.run({ file: workspace.file, articleCount }) };
});

log('');
log(`Ban Biên Tập benchmark — ${articleCount} articles; Node ${process.version}; ${availableParallelism()} × ${cpus()[0]?.model ?? 'CPU'}`);
log(workspace.generatedMs === null ? 'Workspace: cached' : `Workspace generated in ${(workspace.generatedMs / 1000).toFixed(1)} s`);
log(formatTable(results));
