// Typing: keydown → next painted frame in the app's article editor against a bare Lexical editor (same
// Lexical and React, rich text + history only) holding the same text, in the same Chromium run, for an
// empty article and for 20,000 words in 667 paragraphs. Keys are typed at the end of the text at a steady
// cadence (a fast typist); bare and app take turns in short rounds so machine noise hits both alike.
// The app is the real renderer (built here into a temp folder) served by the real browser-mode server
// (openApp + startHttpServer) on a fresh sample workspace, logged in as an editor.
// BENCH_TYPING_KEYS (default 200), BENCH_TYPING_GAP_MS (default 80), BENCH_TYPING_PROFILE=DIR (writes a
// CPU profile of the app typing into the 20,000-word article, for chrome://inspect or speedscope;
// BENCH_TYPING_MINIFY=0 keeps function names readable in it), BENCH_TYPING_TRACE=DIR (Chromium traces of
// the first two rounds of each editor at 20,000 words, for chrome://tracing or the Performance panel),
// BENCH_TYPING_APP_SRC=DIR (build the app's renderer from another copy of src/, e.g. a before/after
// comparison; keep it inside the repo, e.g. bench/.data/, so that node_modules resolve).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { openApp } from '../../src/main/app';
import { startHttpServer } from '../../src/main/transport/http-server';
import { evenParagraphs } from '../articles';
import { paragraphsToLexicalJson } from '../lexical-body';
import { Random } from '../random';
import { percentile, type Row } from '../stats';
import { TYPING_PROBE_SCRIPT, type TypingProbe } from '../typing/probe';
import type { BenchSection } from './section';

const REPO = join(import.meta.dirname, '..', '..');
const KEYS = Number(process.env.BENCH_TYPING_KEYS ?? 200);
const GAP_MS = Number(process.env.BENCH_TYPING_GAP_MS ?? 80);
const PROFILE_DIR = process.env.BENCH_TYPING_PROFILE;
const TRACE_DIR = process.env.BENCH_TYPING_TRACE;
const ROUNDS = 4;
const WARMUP_KEYS = 20;
const FRAME_MS = 16.7;
const RATIO_GOAL = 1.05;
const PARAGRAPHS = 667;
const WORDS = 20_000;
const PASSWORD = 'mat-khau-do-go-phim';
/** Typed one key at a time (ASCII keys send real keydown events; the text in the article is Vietnamese). */
const TYPED = 'cong tac chuyen doi so tren dia ban thi xa nam 2025 dat ket qua tot ';

interface Editor {
  page: Page;
  typed: string;
  samples: number[];
}

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

      const browser = await chromium.launch({
        executablePath: process.env.BBT_CHROMIUM ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
      });
      closers.unshift(() => browser.close());

      const long = paragraphsToLexicalJson(evenParagraphs(new Random(20_000), PARAGRAPHS, WORDS));
      const rows: Row[] = [];
      for (const [label, body] of [['empty article', null], [`${numberEn(WORDS)} words, ${PARAGRAPHS} paragraphs`, long]] as const) {
        log(`  ${label}: opening both editors…`);
        const bareEditor = await openBare(browser, bare, body);
        const appEditor = await openApp_(browser, server.url, body);
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

/** A production build (minified, React in production mode), as the app ships. */
async function buildPage(root: string, html: string, outDir: string): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    base: './',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, reportCompressedSize: false, minify: process.env.BENCH_TYPING_MINIFY !== '0', rollupOptions: { input: join(root, html) } }
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

async function serveStatic(root: string): Promise<Server & { origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(root + sep)) return void res.writeHead(403).end();
    try {
      const data = readFileSync(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(data);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(server, { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
}

async function newPage(browser: Browser, body: string | null): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await context.addInitScript({ content: TYPING_PROBE_SCRIPT });
  if (body) await context.addInitScript({ content: `window.__BENCH_BODY__ = ${JSON.stringify(body)};` });
  return context.newPage();
}

async function openBare(browser: Browser, server: { origin: string }, body: string | null): Promise<Editor> {
  const page = await newPage(browser, body);
  await page.goto(`${server.origin}/bare.html`);
  return ready(page);
}

async function openApp_(browser: Browser, url: string, body: string | null): Promise<Editor> {
  const page = await newPage(browser, null);
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').fill('bientap');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  const fields = { title: 'Bài đo tốc độ gõ', ...(body ? { body: { lexicalVersion: '0.52.0', json: body } } : {}) };
  const created = await page.evaluate(
    (input) => (globalThis as unknown as { bridge: { invoke(m: string, i: unknown): Promise<{ ok: boolean; value?: { id: string }; error?: unknown }> } }).bridge.invoke('article.create', input),
    { fields }
  );
  if (!created.ok || !created.value) throw new Error(`article.create failed: ${JSON.stringify(created.error)}`);
  await page.evaluate((id) => ((globalThis as unknown as { location: { hash: string } }).location.hash = `#/bai-viet/${id}`), created.value.id);
  return ready(page);
}

/** Waits for the editable body, puts the caret at the end of the text, and types a few keys unmeasured. */
async function ready(page: Page): Promise<Editor> {
  const box = page.getByRole('textbox', { name: 'Nội dung', exact: true });
  await box.and(page.locator('[contenteditable="true"]')).waitFor();
  await box.click();
  await page.keyboard.press('Control+End');
  await page.waitForFunction(() => {
    type Sel = { isCollapsed(): boolean; anchor: { offset: number; getNode(): { getTextContentSize(): number } } } | null;
    const root = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('[contenteditable="true"]') as {
      __lexicalEditor?: { getEditorState(): { _selection: Sel; read<T>(fn: () => T): T } };
      lastElementChild: { textContent: string } | null;
    };
    const state = root.__lexicalEditor?.getEditorState();
    const sel = state?._selection ?? null;
    return sel !== null && sel.isCollapsed() && state!.read(() => sel.anchor.offset === sel.anchor.getNode().getTextContentSize());
  });
  const editor: Editor = { page, typed: '', samples: [] };
  await typeRound(editor, WARMUP_KEYS);
  editor.samples = [];
  return editor;
}

async function typeRound(editor: Editor, keys: number): Promise<void> {
  const { page } = editor;
  await page.bringToFront();
  await page.evaluate(() => (globalThis as unknown as { __typingProbe: TypingProbe }).__typingProbe.take());
  for (let i = 0; i < keys; i++) {
    const ch = TYPED[editor.typed.length % TYPED.length]!;
    await page.keyboard.type(ch);
    editor.typed += ch;
    await page.evaluate(([n, gap]) => (globalThis as unknown as { __typingProbe: TypingProbe }).__typingProbe.wait(n, gap), [i + 1, GAP_MS] as const);
  }
  editor.samples.push(...(await page.evaluate(() => (globalThis as unknown as { __typingProbe: TypingProbe }).__typingProbe.take())));
}

/** The app saves about a second after typing stops: let it finish before the other editor's round. */
async function waitSaved(page: Page): Promise<void> {
  const status = page.getByTestId('save-status');
  try {
    await status.filter({ hasText: /^Đã lưu/ }).waitFor({ timeout: 30_000 });
  } catch (err) {
    if (process.env.BENCH_TYPING_DEBUG) await page.screenshot({ path: join(process.env.BENCH_TYPING_DEBUG, 'save-timeout.png') });
    throw new Error(`The app did not save: ${await status.textContent()}`, { cause: err });
  }
}

async function endsWithTyped(editor: Editor): Promise<boolean> {
  const text = await editor.page.getByRole('textbox', { name: 'Nội dung', exact: true }).evaluate((root) => (root as unknown as { lastElementChild: { textContent: string } | null }).lastElementChild?.textContent ?? '');
  const ok = text.replace(/\u00a0/g, ' ').trimEnd().endsWith(editor.typed.trimEnd());
  if (!ok) console.log(`  typed text check failed: …${JSON.stringify(text.slice(-120))}`);
  return ok;
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
