// A named benchmark section; bench/run.ts runs every section against the same workspace.
import type { Row } from '../stats';

export interface BenchContext {
  /** The generated workspace database (closed; each section opens what it needs). */
  file: string;
  articleCount: number;
  /** Progress lines (the report itself is printed at the end). */
  log: (line: string) => void;
}

export interface BenchSection {
  name: string;
  /** Sections that do not read the shared 100k-article workspace (they build their own) say so here. */
  ownWorkspace?: boolean;
  run(ctx: BenchContext): Row[] | Promise<Row[]>;
}
