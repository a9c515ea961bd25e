// `npm run bench`: generates (once) a workspace of 100,000 Vietnamese articles and prints every
// benchmark section side by side. It reports; it never fails on wall time.
// BENCH_ARTICLES=N uses a smaller workspace for a quick look; BENCH_SECTIONS=typing,comments (or
// `npm run bench -- typing comments`) runs only the sections whose names start with those words (the shared
// workspace is generated only when needed).
import { availableParallelism, cpus } from 'node:os';
import { benchWorkspace } from './workspace';
import { listScroll } from './sections/list-scroll';
import { search } from './sections/search';
import type { BenchSection } from './sections/section';
import { servicesReady } from './sections/services-ready';
import { versions } from './sections/versions';
import { comments } from './sections/comments';
import { typing } from './sections/typing';
import { publishing } from './sections/publishing';
import { bulletin } from './sections/bulletin';
import { crash } from './sections/crash';
import { backup } from './sections/backup';
import { formatTable, type Row } from './stats';

/** Later issues add their sections here. */
const SECTIONS: BenchSection[] = [servicesReady, search, listScroll, versions, comments, typing, publishing, bulletin, crash, backup];

const articleCount = Number(process.env.BENCH_ARTICLES ?? 100_000);
const only = [...process.argv.slice(2), ...(process.env.BENCH_SECTIONS ?? '').split(',')].map((s) => s.trim()).filter(Boolean);
const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const selected = only.length === 0 ? SECTIONS : SECTIONS.filter((s) => only.some((o) => s.name.startsWith(o)));
  const needsWorkspace = selected.some((s) => !s.ownWorkspace);
  const workspace = needsWorkspace ? benchWorkspace(articleCount, log) : null;
  const results: { name: string; rows: Row[] }[] = [];
  for (const section of selected) {
    log(`Running: ${section.name}…`);
    results.push({ name: section.name, rows: await section.run({ file: workspace?.file ?? '', articleCount, log }) });
  }

  log('');
  log(`Ban Biên Tập benchmark — ${articleCount} articles; Node ${process.version}; ${availableParallelism()} × ${cpus()[0]?.model ?? 'CPU'}`);
  if (workspace) log(workspace.generatedMs === null ? 'Workspace: cached' : `Workspace generated in ${(workspace.generatedMs / 1000).toFixed(1)} s`);
  log(formatTable(results));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
