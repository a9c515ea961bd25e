import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Files that take minutes (the kill harness: 200 process starts and SIGKILLs) start first, so that the
// other worker runs everything else meanwhile instead of the long file running alone at the end.
const LONG_FILES = [/src\/main\/crash\/kill-harness\.test\.ts$/];

class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = (f: TestSpecification) => LONG_FILES.some((re) => re.test(f.moduleId));
    return [...sorted.filter(long), ...sorted.filter((f) => !long(f))];
  }
}

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Hang guards, not speed checks: with two workers on two cores a setup that hashes a few passwords can take
    // over vitest's 10 s hook default while the kill harness runs beside it.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on CI's two cores. Most files
    // wait on SQLite files, child processes and Chromium, so two workers finish in about half the time.
    maxWorkers: 2,
    sequence: { sequencer: LongFilesFirst }
  }
});
