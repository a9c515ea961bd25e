// The kill harness (issue #12): one workspace, a writer process killed with SIGKILL at a random moment,
// again and again, so that damage would accumulate. After every kill the workspace is checked as a user
// would find it: the file passes quick_check (read-only, before anything opens it for writing), the app
// opens it (taking over the dead writer's lock and saying what its start-up check found), every save,
// sign-off and publication the writer had acknowledged is there, the folder holds nothing the outbox does
// not account for, and the audit chain verifies. Used by kill-harness.test.ts and `npm run bench` (crash).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { publicationKey } from '../../core/publishing/keys';
import { WORKSPACE_DB, type App } from '../app';
import { mulberry32, openHarnessApp } from './harness-app';
import type { WriterBundle } from './writer-bundle';

export interface Acks {
  /** revisionId → what the writer was told was saved. */
  saves: Map<string, { articleId: string; contentHash: string }>;
  signOffs: Map<string, string>;
  /** outbox id → article id. */
  sent: Map<string, string>;
  /** Latency of each acknowledged autosave (article.save through dispatch), in ms. */
  saveMs: number[];
}

export interface CycleResult {
  /** spawn → the writer's `ready` line (null: killed before it opened the workspace). */
  readyMs: number | null;
  killedAfterMs: number;
  acks: Acks;
}

const emptyAcks = (): Acks => ({ saves: new Map(), signOffs: new Map(), sent: new Map(), saveMs: [] });

/** When to kill: so long after the spawn (while the app opens), or so long after the writer said `ready`. */
export type KillAt = { fromSpawnMs: number } | { afterReadyMs: number };

/** One writer run, killed at `at`. Only whole lines count: a line cut by the kill was never read. */
export function killWriterAfter(bundle: WriterBundle, dir: string, targetId: string, seed: number, at: KillAt): Promise<CycleResult> {
  const acks = emptyAcks();
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let readyMs: number | null = null;
    let pending = '';
    const child = spawn(process.execPath, [bundle.file, dir, targetId, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'], env: bundle.env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const [word, kind, a, b, c, d] = line.split(' ');
        if (word === 'ready') {
          readyMs = performance.now() - started;
          if ('afterReadyMs' in at) timer = setTimeout(() => child.kill('SIGKILL'), at.afterReadyMs);
        }
        else if (kind === 'save') {
          acks.saves.set(b!, { articleId: a!, contentHash: c! });
          acks.saveMs.push(Number(d));
        } else if (kind === 'signoff') acks.signOffs.set(b!, a!);
        else if (kind === 'sent') acks.sent.set(b!, a!);
      }
    });
    let timer = 'fromSpawnMs' in at ? setTimeout(() => child.kill('SIGKILL'), at.fromSpawnMs) : undefined;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve({ readyMs, killedAfterMs: performance.now() - started, acks });
      else reject(new Error(`the writer ended by itself (code ${code}): ${stderr}`));
    });
  });
}

/** What a user would find wrong after the kill (empty when nothing is); `lost`: acknowledged work missing. */
export function checkAfterKill(dir: string, folder: string, cycle: CycleResult): { problems: string[]; lost: number } {
  const problems: string[] = [];
  // Read-only first: nothing has had a chance to repair or checkpoint the file yet.
  const raw = new Database(join(dir, WORKSPACE_DB), { readonly: true, fileMustExist: true });
  const quick = raw.pragma('quick_check', { simple: true });
  raw.close();
  if (quick !== 'ok') problems.push(`quick_check (read-only): ${String(quick)}`);

  const log: string[] = [];
  const app = openHarnessApp(dir, (line) => log.push(line));
  try {
    // A writer that got as far as `ready` held the lock: its death must be noticed and the file checked.
    if (cycle.readyMs !== null && !app.startupCheck) problems.push(`no start-up check after the writer was killed: ${log.join(' | ')}`);
    if (app.startupCheck && !app.startupCheck.ok) problems.push(`start-up check: ${app.startupCheck.problems.join(' | ')}`);
    const missing = missingAcks(app, cycle.acks);
    problems.push(...missing, ...untruthfulOutbox(app, folder, cycle.acks));
    const report = app.verify();
    if (!report.ok) problems.push(`audit chain: ${report.problems.map((p) => JSON.stringify(p)).join(' | ')}`);
    return { problems, lost: missing.length };
  } finally {
    app.close();
  }
}

/** Every acknowledged save, sign-off and publication is in the workspace exactly as acknowledged. */
function missingAcks(app: App, acks: Acks): string[] {
  const problems: string[] = [];
  for (const [revisionId, want] of acks.saves) {
    const got = app.store.versions.snapshot(revisionId);
    if (got?.id !== want.articleId || got.contentHash !== want.contentHash) problems.push(`acknowledged save lost: article ${want.articleId} revision ${revisionId}`);
  }
  for (const [signOffId, articleId] of acks.signOffs) {
    if (!app.store.signOffs.forArticle(articleId).some((r) => r.id === signOffId)) problems.push(`acknowledged sign-off lost: ${signOffId} of ${articleId}`);
  }
  for (const [outboxId, articleId] of acks.sent) {
    if (app.store.outbox.get(outboxId)?.latest.state !== 'done') problems.push(`acknowledged publication not recorded as done: ${outboxId} of ${articleId}`);
  }
  return problems;
}

/**
 * "Truthful" here: every publication acknowledged as sent is in the folder; every article in the folder
 * has an outbox entry that is done, or still `sending` (killed between the write and its record: after
 * the lease the worker finds the item by its key and records it, as outbox-kill.test.ts shows); and no
 * entry recorded as done lacks its article in the folder.
 */
function untruthfulOutbox(app: App, folder: string, acks: Acks): string[] {
  const problems: string[] = [];
  const inFolder = new Set<string>();
  for (const slug of readdirSync(folder)) {
    const manifest = join(folder, slug, 'manifest.json');
    if (existsSync(manifest)) inFolder.add((JSON.parse(readFileSync(manifest, 'utf8')) as { key: string }).key);
  }
  for (const articleId of acks.sent.values()) {
    if (!inFolder.has(publicationKey(articleId))) problems.push(`acknowledged publication missing from the folder: ${articleId}`);
  }
  const done = new Map<string, number>();
  const accounted = new Set<string>();
  // The whole queue, every state (a run makes a few hundred entries).
  for (const e of app.store.outbox.recent(Number.MAX_SAFE_INTEGER)) {
    const key = publicationKey(e.item.articleId);
    if (e.latest.state === 'done') done.set(key, (done.get(key) ?? 0) + 1);
    if (e.latest.state === 'done' || e.latest.state === 'sending') accounted.add(key);
  }
  for (const key of inFolder) if (!accounted.has(key)) problems.push(`in the folder without a done or sending entry: ${key}`);
  for (const [key, n] of done) {
    if (!inFolder.has(key)) problems.push(`recorded as done but not in the folder: ${key}`);
    if (n > 1) problems.push(`recorded as sent ${n} times: ${key}`);
  }
  return problems;
}

function killMoment(random: () => number, w: KillWindows, lastReadyMs: number): KillAt {
  if (random() < w.startupShare) return { fromSpawnMs: Math.round(random() * lastReadyMs) };
  return { afterReadyMs: Math.round(random() * (random() < w.longShare ? w.longMs : w.shortMs)) };
}

export interface HarnessRun {
  cycles: number;
  seed: number;
  /** Every acknowledgement of the whole run, for the final check and the figures. */
  acks: Acks;
  readyMs: number[];
  /** The parent's check after each kill (read-only quick_check, open with take-over, acks, outbox, audit). */
  checkMs: number[];
  problems: string[];
  /** Acknowledged saves, sign-offs and publications found missing ("acknowledged then lost"). */
  lost: number;
}

/**
 * Kill moments are drawn relative to the writer's `ready` line, so that a loaded machine (slower start)
 * does not push every kill into the start-up.
 */
export interface KillWindows {
  /** This share of kills: uniform between the spawn and the last writer's `ready` (lock take-over, start-up check, migrations check). */
  startupShare: number;
  /** Most kills: uniform in [0, shortMs] after `ready` — autosaves, the first sign-offs. */
  shortMs: number;
  /** This share of kills: uniform in [0, longMs] after `ready`, long enough to reach sends (the first send loads jsdom). */
  longMs: number;
  longShare: number;
}

/** Runs `cycles` kills on one workspace, each checked before the next writer starts. */
export async function runKillCycles(opts: { bundle: WriterBundle; dir: string; folder: string; targetId: string; cycles: number; seed: number; windows: KillWindows; onCycle?: (i: number, r: CycleResult) => void }): Promise<HarnessRun> {
  const random = mulberry32(opts.seed);
  const run: HarnessRun = { cycles: 0, seed: opts.seed, acks: emptyAcks(), readyMs: [], checkMs: [], problems: [], lost: 0 };
  let lastReadyMs = 500;
  for (let i = 0; i < opts.cycles; i += 1) {
    const at = killMoment(random, opts.windows, lastReadyMs);
    const r = await killWriterAfter(opts.bundle, opts.dir, opts.targetId, Math.floor(random() * 2 ** 31), at);
    lastReadyMs = r.readyMs ?? lastReadyMs;
    run.cycles += 1;
    if (r.readyMs !== null) run.readyMs.push(r.readyMs);
    for (const [k, v] of r.acks.saves) run.acks.saves.set(k, v);
    for (const [k, v] of r.acks.signOffs) run.acks.signOffs.set(k, v);
    for (const [k, v] of r.acks.sent) run.acks.sent.set(k, v);
    run.acks.saveMs.push(...r.acks.saveMs);
    opts.onCycle?.(i, r);
    const t0 = performance.now();
    const { problems, lost } = checkAfterKill(opts.dir, opts.folder, r);
    run.checkMs.push(performance.now() - t0);
    run.lost += lost;
    if (problems.length) {
      run.problems.push(...problems.map((p) => `cycle ${i} (seed ${opts.seed}, kill ${JSON.stringify(at)}): ${p}`));
      break;
    }
  }
  // Damage that builds up over cycles: everything ever acknowledged, checked once more at the end.
  const app = openHarnessApp(opts.dir);
  try {
    const missing = missingAcks(app, run.acks);
    // Counted once: a loss already found after its own kill is found again here.
    run.lost = Math.max(run.lost, missing.length);
    run.problems.push(...missing.map((p) => `final: ${p}`), ...untruthfulOutbox(app, opts.folder, run.acks).map((p) => `final: ${p}`));
  } finally {
    app.close();
  }
  return run;
}
