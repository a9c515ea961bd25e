// Backup: the hourly backup of the shared workspace (a copy of it, plus the sample people and profile and
// BENCH_BACKUP_MEDIA_MB of images) as the app makes it (backupWorkspace: seal, online copy, media, manifest, verification), and
// what it costs the people using the app meanwhile:
// - total time and file size, and the main thread's longest stall and event-loop delay during the backup;
// - autosave latency (article.save through dispatch, the editor's call) with and without a backup running,
//   saves issued at a steady cadence and timed from when they were due (a stalled main thread counts);
// - typing latency in the real editor (browser mode, Chromium; the typing section's harness) with and
//   without a backup running, in alternating rounds so that machine noise hits both alike.
// While "with" is measured, backups run back to back. Knobs: BENCH_BACKUP_SAVES (default 40),
// BENCH_BACKUP_KEYS (default 160), BENCH_BACKUP_MEDIA_MB (default 50).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sessionUserOf } from '../../src/core/accounts/account-service';
import { textToBody } from '../../src/core/editor/body';
import { ScryptPasswordHasher } from '../../src/main/adapters/crypto/password-hasher';
import { openApp, type App } from '../../src/main/app';
import { watchMainThread } from '../../src/main/backup/main-thread-watch.fixture';
import { backupWorkspace } from '../../src/main/backup/workspace-backup';
import { SAMPLE_PROFILE } from '../../src/main/sample/profile';
import { createSampleUsers } from '../../src/main/sample/users';
import { startHttpServer } from '../../src/main/transport/http-server';
import type { Account } from '../../src/shared/accounts';
import { fieldsOf, type Article } from '../../src/shared/article';
import type { ArticleSaved } from '../../src/shared/contract';
import { Random } from '../random';
import { percentile, type Row } from '../stats';
import { buildPage, endsWithTyped, launchChromium, openAppEditor, typeRound, waitSaved, type Editor } from '../typing/harness';
import type { BenchSection } from './section';

const REPO = join(import.meta.dirname, '..', '..');
const SAVES = Number(process.env.BENCH_BACKUP_SAVES ?? 40);
const KEYS = Number(process.env.BENCH_BACKUP_KEYS ?? 160);
const MEDIA_MB = Number(process.env.BENCH_BACKUP_MEDIA_MB ?? 50);
/** The editor saves about a second after typing stops: one save due each second. */
const SAVE_EVERY_MS = 1000;
const ROUNDS = 4;
const FRAME_MS = 16.7;
const PASSWORD = 'mat-khau-do-sao-luu';
const MB = 1024 * 1024;
const CONNECTION = 'bench-autosave';
/** Cheap key derivation, as the kill harness: the accounts' signing keys are not what is measured. */
const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

export const backup: BenchSection = {
  name: 'backup',
  async run({ file, articleCount, log }) {
    const dir = mkdtempSync(join(tmpdir(), 'bbt-bench-backup-'));
    const ws = join(dir, 'ws');
    const out = join(dir, 'out');
    mkdirSync(ws);
    mkdirSync(out);
    const closers: (() => Promise<void> | void)[] = [() => rmSync(dir, { recursive: true, force: true })];
    try {
      log(`  copying the ${articleCount}-article workspace and adding ${MEDIA_MB} MB of images…`);
      copyFileSync(file, join(ws, 'workspace.sqlite'));
      // Not the sample seeding (its bulletin and workflow assume a small workspace): only its people and profile.
      const app = openApp({ workspaceDir: ws, mode: 'browser', log: () => undefined, overrides: { jobs: false, passwords: new ScryptPasswordHasher(FAST_SCRYPT), keyScrypt: FAST_SCRYPT } });
      closers.unshift(() => app.close());
      const people = createSampleUsers(app.services.accounts, PASSWORD);
      const admin = sessionUserOf(people.quantri);
      app.services.profile.save(SAMPLE_PROFILE, new Date().toISOString(), admin);
      // A round with backups at 100,000 articles can leave the page idle for minutes: no screen lock meanwhile.
      app.services.security.save(admin, { ...app.services.security.current(), lockAfterMinutes: 0 });
      const media = addMedia(app, MEDIA_MB);
      let backups = 0;
      const backupOnce = async (): Promise<void> => {
        const target = join(out, `sao-luu-${++backups}.bbtbackup`);
        await backupWorkspace(app, target, { now: new Date() });
        rmSync(target);
      };

      log('  one backup, the main thread watched…');
      const target = join(out, 'do.bbtbackup');
      const watch = watchMainThread();
      const started = performance.now();
      await backupWorkspace(app, target, { now: new Date() });
      const totalMs = performance.now() - started;
      const main = watch.stop();
      const sizeMb = statSync(target).size / MB;
      rmSync(target);
      const rows: Row[] = [
        { metric: `backup, ${articleCount} articles + ${media.files} images (${media.mb.toFixed(0)} MB)`, samples: [totalMs], note: `file ${sizeMb.toFixed(0)} MB; copy, media, manifest, fsync, verification` },
        { metric: 'main thread: longest gap between 1 ms ticks', samples: [main.longestGapMs], goalMs: FRAME_MS, note: `${main.ticks} ticks during the backup; wall clock (other processes count)` },
        { metric: 'main thread: longest busy gap (its own CPU time)', samples: main.longestBusyMs === null ? [] : [main.longestBusyMs], goalMs: FRAME_MS, note: 'CPU time of the main thread within one gap (Linux schedstat)' },
        { metric: 'main thread: event-loop delay during the backup', samples: [main.delayP95Ms], note: `p95 shown (monitorEventLoopDelay); max ${main.delayMaxMs.toFixed(1)} ms` }
      ];

      log(`  backup: ${(totalMs / 1000).toFixed(1)} s, ${sizeMb.toFixed(0)} MB; main thread: longest gap ${main.longestGapMs.toFixed(1)} ms, longest busy ${main.longestBusyMs?.toFixed(1) ?? '—'} ms, delay p95 ${main.delayP95Ms.toFixed(1)} ms`);
      log(`  autosave: ${SAVES} saves without, then ${SAVES} with backups running…`);
      const saver = await autosaver(app, people.bientap);
      const alone = await saver.saves(SAVES);
      const during = await whileBackingUp(backupOnce, () => saver.saves(SAVES));
      rows.push(...compare('autosave, from when due', alone.fromDue, during.fromDue, `one due every ${SAVE_EVERY_MS} ms; a stalled main thread or a queue counts`));
      rows.push(...compare('autosave, call → reply', alone.own, during.own, 'the dispatch call alone'));
      log(`  autosave p50/p95 ms from when due: alone ${summary(alone.fromDue)}, backup running ${summary(during.fromDue)}`);

      log('  typing: building the app renderer, opening the editor…');
      await buildPage(join(REPO, 'src', 'renderer'), 'index.html', join(dir, 'renderer'));
      const server = await startHttpServer({
        dispatch: app.dispatch,
        getMedia: (hash) => app.media.get(hash),
        canReadMedia: (conn) => app.sessions.user(conn) !== null && !app.sessions.isLocked(conn),
        rendererDir: join(dir, 'renderer'),
        port: 0,
        log: () => undefined
      });
      closers.unshift(() => server.close());
      const browser = await launchChromium();
      closers.unshift(() => browser.close());
      const editor = await openAppEditor(browser, server.mintLink(), null, PASSWORD);
      try {
        const typed = await typeAlternating(editor, backupOnce, log);
        const typedOk = (await endsWithTyped(editor)) ? '' : ' — TYPED TEXT NOT AT THE END, samples suspect';
        rows.push(...compare('typing (keydown → next painted frame)', typed.alone, typed.during, `empty article, ${ROUNDS} alternating rounds${typedOk}`, FRAME_MS));
      } catch (err) {
        // The figures above stand on their own: report them, with what stopped the typing part and how it looked.
        const shot = join(tmpdir(), `bbt-bench-backup-typing-${Date.now()}.png`);
        await editor.page.screenshot({ path: shot }).catch(() => undefined);
        rows.push({ metric: 'typing (keydown → next painted frame)', samples: [], note: `FAILED: ${err instanceof Error ? err.message.split('\n')[0] : String(err)} (screenshot ${shot})` });
      }
      log(`  ${backups} backups made while measuring`);
      return rows;
    } finally {
      for (const close of closers) await close();
    }
  }
};

/** Seeded sizes from 100 KB to 2 MB, random bytes (images do not compress either). */
function addMedia(app: App, mb: number): { files: number; mb: number } {
  const r = new Random(20261203);
  let bytes = 0;
  let files = 0;
  while (bytes < mb * MB) {
    const size = r.int(100 * 1024, 2 * MB);
    app.media.put(randomBytes(size));
    bytes += size;
    files += 1;
  }
  return { files, mb: bytes / MB };
}

/** Runs `measure` while backups run back to back; resolves with its result once the last backup ended. */
async function whileBackingUp<T>(backupOnce: () => Promise<void>, measure: () => Promise<T>): Promise<T> {
  let done = false;
  const loop = (async () => {
    while (!done) await backupOnce();
  })();
  try {
    return await measure();
  } finally {
    done = true;
    await loop;
  }
}

/** The sample editor saving one growing article through dispatch, as the editor's autosave does. */
async function autosaver(app: App, editor: Account): Promise<{ saves(n: number): Promise<{ fromDue: number[]; own: number[] }> }> {
  app.sessions.begin(CONNECTION, sessionUserOf(editor));
  const call = async <T>(method: 'article.create' | 'article.save', input: unknown): Promise<T> => {
    const r = await app.dispatch(method, input, { connectionId: CONNECTION });
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  };
  let article = await call<Article>('article.create', { fields: { title: 'Bài đo tự lưu khi sao lưu', category: 'Kinh tế', articleType: 'Tin' } });
  const paragraphs: string[] = [];
  return {
    async saves(n) {
      const fromDue: number[] = [];
      const own: number[] = [];
      const start = performance.now();
      for (let i = 0; i < n; i++) {
        const due = start + i * SAVE_EVERY_MS;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        paragraphs.push(`Đoạn ${paragraphs.length + 1}: công tác chuyển đổi số trên địa bàn thị xã năm 2025 đạt kết quả tốt.`);
        const called = performance.now();
        const saved = await call<ArticleSaved>('article.save', { id: article.id, baseRevisionId: article.revisionId, fields: { ...fieldsOf(article), body: textToBody(paragraphs.join('\n')) } });
        article = saved.article;
        fromDue.push(performance.now() - due);
        own.push(performance.now() - called);
      }
      return { fromDue, own };
    }
  };
}

/** Rounds without and with backups running, alternating which comes first. */
async function typeAlternating(editor: Editor, backupOnce: () => Promise<void>, log: (line: string) => void): Promise<{ alone: number[]; during: number[] }> {
  const perRound = Math.ceil(KEYS / ROUNDS);
  const alone: number[] = [];
  const during: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const withBackup of round % 2 === 0 ? [false, true] : [true, false]) {
      log(`  typing round ${round + 1}/${ROUNDS}, ${withBackup ? 'backups running' : 'no backup'}…`);
      editor.samples = [];
      if (withBackup) await whileBackingUp(backupOnce, () => typeRound(editor, perRound));
      else await typeRound(editor, perRound);
      (withBackup ? during : alone).push(...editor.samples);
      await waitSaved(editor.page);
    }
  }
  return { alone, during };
}

function summary(samples: number[]): string {
  return `${percentile(samples, 50).toFixed(1)}/${percentile(samples, 95).toFixed(1)}`;
}

function compare(metric: string, alone: number[], during: number[], note: string, goalMs?: number): Row[] {
  const ratio = (p: number) => (percentile(during, p) / percentile(alone, p)).toFixed(2);
  return [
    { metric: `${metric}, no backup`, samples: alone, goalMs, note },
    { metric: `${metric}, backup running`, samples: during, goalMs, note: `slowdown: p50 ${ratio(50)}×, p95 ${ratio(95)}×` }
  ];
}
