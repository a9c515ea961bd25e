// A named benchmark section; bench/run.ts runs every section against the same workspace.
import type { Row } from '../stats';

export interface BenchContext {
  /** The generated workspace database (closed; each section opens what it needs). */
  file: string;
  articleCount: number;
}

export interface BenchSection {
  name: string;
  run(ctx: BenchContext): Row[];
}
