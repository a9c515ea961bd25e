// The typing benchmark (`npm run bench -- typing`) keeps working: for the empty article and for 20,000 words it
// types into bare Lexical and into the app's editor in one Chromium and prints both editors' p50/p95 and their
// ratio. A few keys only: this checks that the benchmark runs and what it prints, not how fast typing is (timing
// goals live in the benchmark, never in a test).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from '@playwright/test';

const KEYS = 6;
const TEXTS = ['empty article', '20,000 words, 667 paragraphs'];
const REPO = join(import.meta.dirname, '..');

test('the typing benchmark prints bare Lexical’s and the app’s p50/p95 and their ratio, empty and at 20,000 words', async () => {
  // Two production builds (the bare page and the renderer), a sample workspace and a 20,000-word article.
  test.setTimeout(300_000);
  const { stdout } = await promisify(execFile)(join(REPO, 'node_modules', '.bin', 'tsx'), ['bench/run.ts', 'typing'], {
    cwd: REPO,
    env: { ...process.env, BENCH_TYPING_KEYS: String(KEYS) },
    maxBuffer: 16 * 1024 * 1024
  });

  // The table's rows: metric, n, p50, p95, max, goal, p95/goal, note (columns two or more spaces apart).
  const rows = stdout.split('\n').map((line) => line.trim().split(/\s{2,}/));
  const row = (metric: string) => {
    const cells = rows.find((c) => c[0] === metric);
    expect(cells, `a row "${metric}" in:\n${stdout}`).toBeDefined();
    const [, n, p50, p95, max, goal, overGoal, note] = cells!;
    expect(n).toBe(String(KEYS));
    for (const ms of [p50, p95, max]) expect(Number(ms)).toBeGreaterThan(0);
    expect(Number(p50)).toBeLessThanOrEqual(Number(p95));
    expect(goal).toBe('16.7');
    expect(overGoal).toMatch(/^\d+\.\d\d× (ok|OVER)$/);
    return { p50: Number(p50), p95: Number(p95), note: note ?? '' };
  };

  for (const text of TEXTS) {
    const bare = row(`bare Lexical, ${text}`);
    const app = row(`app editor, ${text}`);
    // No "TYPED TEXT NOT AT THE END": every key landed at the end of the text in both editors.
    expect(bare.note).toBe('reference');
    const ratio = /^app\/bare p50 (\d+\.\d\d)×, p95 (\d+\.\d\d)× \(goal ≤ 1\.05× (ok|OVER)\)$/.exec(app.note);
    expect(ratio, app.note).not.toBeNull();
    const [, r50, r95, verdict] = ratio!;
    // The ratios are the app's percentile over bare's (the printed ones are rounded to 0.1 ms).
    expect(Math.abs(Number(r95) - app.p95 / bare.p95)).toBeLessThanOrEqual(tolerance(app.p95, bare.p95));
    expect(Math.abs(Number(r50) - app.p50 / bare.p50)).toBeLessThanOrEqual(tolerance(app.p50, bare.p50));
    // The verdict follows the exact p95 ratio; a printed 1.05 may be either side of it.
    if (r95 !== '1.05') expect(verdict).toBe(Number(r95) < 1.05 ? 'ok' : 'OVER');
  }
});

/** How far a ratio of two figures printed to 0.1 ms may be from the ratio of the exact ones (plus its own rounding). */
function tolerance(app: number, bare: number): number {
  return (0.05 / Math.max(bare - 0.05, 0.05)) * (1 + app / bare) + 0.005;
}
