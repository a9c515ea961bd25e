// Crash: the kill harness of src/main/crash (the writer doing autosaves, sign-offs and folder
// publications through the app, killed with SIGKILL at random moments, the workspace checked after every
// kill) run longer than the test does: BENCH_CRASH_CYCLES kills (default 1,000), BENCH_CRASH_SEED to
// replay. Reports autosave latency as the writer measured it (article.save through dispatch, SIGKILLs
// all around it) and the count that matters: saves acknowledged then lost (must be 0).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareHarnessWorkspace } from '../../src/main/crash/harness-app';
import { runKillCycles } from '../../src/main/crash/kill-harness';
import { bundleWriter } from '../../src/main/crash/writer-bundle';
import type { BenchSection } from './section';

const CYCLES = Number(process.env.BENCH_CRASH_CYCLES ?? 1000);
// As the test: a tenth of the kills while the app opens, most during autosaves, a fifth late enough for sends.
const WINDOWS = { startupShare: 0.1, shortMs: 300, longMs: 3000, longShare: 0.2 };

export const crash: BenchSection = {
  name: 'crash',
  ownWorkspace: true,
  async run({ log }) {
    const seed = Number(process.env.BENCH_CRASH_SEED ?? Date.now() % 2 ** 31);
    const dir = mkdtempSync(join(tmpdir(), 'bbt-bench-crash-'));
    const bundle = await bundleWriter();
    try {
      const { targetId, folder } = await prepareHarnessWorkspace(dir);
      log(`  ${CYCLES} SIGKILLs, seed ${seed} (BENCH_CRASH_SEED=${seed} replays it)…`);
      const killedAfter: number[] = [];
      const run = await runKillCycles({
        bundle,
        dir,
        folder,
        targetId,
        cycles: CYCLES,
        seed,
        windows: WINDOWS,
        onCycle: (i, r) => {
          killedAfter.push(r.killedAfterMs);
          if ((i + 1) % 100 === 0) log(`  ${i + 1} kills`);
        }
      });
      for (const p of run.problems) log(`  PROBLEM ${p}`);
      const { saves, signOffs, sent } = run.acks;
      const acked = `${saves.size} saves, ${signOffs.size} sign-offs, ${sent.size} sends acknowledged`;
      return [
        { metric: 'autosave (article.save) under kills', samples: run.acks.saveMs, note: acked },
        { metric: 'acknowledged then lost', samples: [], note: `${run.lost} (${run.problems.length} problem(s) in ${run.cycles} kills)` },
        { metric: 'writer spawn → workspace open', samples: run.readyMs, note: 'node + bundled app, openApp with lock take-over' },
        { metric: 'kill moment after spawn', samples: killedAfter },
        { metric: 'check after each kill', samples: run.checkMs, note: 'quick_check read-only, openApp, acks, outbox, audit verify' }
      ];
    } finally {
      bundle.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  }
};
