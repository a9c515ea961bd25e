// Typing: keydown → next painted frame in the app's article editor against a bare Lexical editor (same
// Lexical and React, rich text + history only) holding the same text, in the same Chromium run, for an
// empty article and for 20,000 words in 667 paragraphs. Keys are typed at the end of the text at a steady
// cadence (a fast typist); bare and app take turns in short rounds so machine noise hits both alike.
// The app is the real renderer (built here into a temp folder) served by the real browser-mode server
// (openApp + startHttpServer) on a fresh sample workspace, logged in as an editor.
// BENCH_TYPING_KEYS (default 400), BENCH_TYPING_GAP_MS (default 80), BENCH_TYPING_PROFILE=DIR (writes a
// CPU profile of the app typing into the 20,000-word article, for chrome://inspect or speedscope;
// BENCH_TYPING_MINIFY=0 keeps function names readable in it), BENCH_TYPING_TRACE=DIR (Chromium traces of
// the first two rounds of each editor at 20,000 words, for chrome://tracing or the Performance panel),
// BENCH_TYPING_APP_SRC=DIR (build the app's renderer from another copy of src/, e.g. a before/after
// comparison; keep it inside the repo, e.g. bench/.data/, so that node_modules resolve).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openApp } from '../../src/main/app';
import { startHttpServer } from '../../src/main/transport/http-server';
import { evenParagraphs } from '../articles';
import { paragraphsToLexicalJson } from '../lexical-body';
import { Random } from '../random';
import { percentile, type Row } from '../stats';
import { buildPage, endsWithTyped, launchChromium, openAppEditor, openBare, serveStatic, typeRound, waitSaved } from '../typing/harness';
import type { BenchSection } from './section';

const REPO = join(import.meta.dirname, '..', '..');
const KEYS = Number(process.env.BENCH_TYPING_KEYS ?? 400);
const PROFILE_DIR = process.env.BENCH_TYPING_PROFILE;
const TRACE_DIR = process.env.BENCH_TYPING_TRACE;
// Rounds of 50 keys: on this machine two identical pages differ by ±4 % at p50 over 600 keys, and more at 200.
const ROUNDS = Math.max(1, Math.round(KEYS / 50));
const FRAME_MS = 16.7;
const RATIO_GOAL = 1.05;
const PARAGRAPHS = 667;
const WORDS = 20_000;
const PASSWORD = 'mat-khau-do-go-phim';

export const typing: BenchSection = {
  name: 'typing (keydown → next painted frame)',
  ownWorkspace: true,
  async run({ log }) {
    const dir = mkdtempSync(join(tmpdir(), 'bbt-bench-typing-'));
    const closers: (() => Promise<void> | void)[] = [() => rmSync(dir, { recursive: true, force: true })];
    try {
      log('  building the bare Lexical page and the app renderer…');
      await buildPage(join(REPO, 'bench', 'typing'), 'bare.html', join(dir, 'bare'));
      await buildPage(join(process.env.BENCH_TYPING_APP_SRC ?? join(REPO, 'src'), 'renderer'), 'index.html', join(dir, 'renderer'));
      const bare = await serveStatic(join(dir, 'bare'));
      closers.unshift(() => new Promise<void>((resolve) => bare.close(() => resolve())));

      const serverLog = (line: string) => void (process.env.BENCH_TYPING_DEBUG && process.stderr.write(line + '\n'));
      const app = openApp({ workspaceDir: join(dir, 'workspace'), mode: 'browser', sample: true, samplePassword: PASSWORD, log: serverLog });
      closers.unshift(() => app.close());
      const server = await startHttpServer({
        dispatch: app.dispatch,
        getMedia: (hash) => app.media.get(hash),
        canReadMedia: (conn) => app.sessions.user(conn) !== null && !app.sessions.isLocked(conn),
        rendererDir: join(dir, 'renderer'),
        port: 0,
        log: serverLog
      });
      closers.unshift(() => server.close());

      const browser = await launchChromium();
      closers.unshift(() => browser.close());

      const long = paragraphsToLexicalJson(evenParagraphs(new Random(20_000), PARAGRAPHS, WORDS));
      const rows: Row[] = [];
      for (const [label, body] of [['empty article', null], [`${numberEn(WORDS)} words, ${PARAGRAPHS} paragraphs`, long]] as const) {
        log(`  ${label}: opening both editors…`);
        const bareEditor = await openBare(browser, bare, body);
        // A browser-mode link works once: each editor gets its own.
        const appEditor = await openAppEditor(browser, server.mintLink(), body, PASSWORD);
        const profile = PROFILE_DIR && body ? await startProfile(appEditor.page) : null;
        log(`  ${label}: typing ${KEYS} keys into each, ${ROUNDS} alternating rounds…`);
        const perRound = Math.ceil(KEYS / ROUNDS);
        for (let round = 0; round < ROUNDS; round++) {
          const order = round % 2 === 0 ? [bareEditor, appEditor] : [appEditor, bareEditor];
          for (const editor of order) {
            const trace = TRACE_DIR && body && round < 2;
            const name = editor === appEditor ? 'app' : 'bare';
            if (trace) await browser.startTracing(editor.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
            await typeRound(editor, Math.min(perRound, KEYS - round * perRound));
            if (trace) {
              mkdirSync(TRACE_DIR, { recursive: true });
              writeFileSync(join(TRACE_DIR, `${name}-round${round}.json`), await browser.stopTracing());
            }
            if (editor === appEditor) await waitSaved(appEditor.page);
          }
        }
        if (profile) {
          mkdirSync(PROFILE_DIR!, { recursive: true });
          const file = join(PROFILE_DIR!, `app-typing-${WORDS}-words.cpuprofile`);
          writeFileSync(file, JSON.stringify(await profile()));
          log(`  CPU profile: ${file}`);
        }
        const checks = [await endsWithTyped(bareEditor), await endsWithTyped(appEditor)];
        await bareEditor.page.context().close();
        await appEditor.page.context().close();
        const ratio50 = percentile(appEditor.samples, 50) / percentile(bareEditor.samples, 50);
        const ratio95 = percentile(appEditor.samples, 95) / percentile(bareEditor.samples, 95);
        const verdict = ratio95 <= RATIO_GOAL ? 'ok' : 'OVER';
        const typedOk = checks.every(Boolean) ? '' : ' — TYPED TEXT NOT AT THE END, samples suspect';
        rows.push({ metric: `bare Lexical, ${label}`, samples: bareEditor.samples, goalMs: FRAME_MS, note: `reference${typedOk}` });
        rows.push({
          metric: `app editor, ${label}`,
          samples: appEditor.samples,
          goalMs: FRAME_MS,
          note: `app/bare p50 ${ratio50.toFixed(2)}×, p95 ${ratio95.toFixed(2)}× (goal ≤ ${RATIO_GOAL}× ${verdict})${typedOk}`
        });
      }
      return rows;
    } finally {
      for (const close of closers) await close();
    }
  }
};

function numberEn(n: number): string {
  return n.toLocaleString('en-US');
}

async function startProfile(page: Page): Promise<() => Promise<unknown>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    return profile;
  };
}
