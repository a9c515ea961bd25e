// The typing benchmark's harness, shared by the sections that type into the real editor (typing, backup):
// pages built with vite, the browser-mode app logged in as the sample editor, keys typed at a steady cadence
// and measured in the page by probe.ts (keydown → next painted frame).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { TYPING_PROBE_SCRIPT, type TypingProbe } from './probe';

export const DEFAULT_GAP_MS = Number(process.env.BENCH_TYPING_GAP_MS ?? 80);
const WARMUP_KEYS = 20;
/** Typed one key at a time (ASCII keys send real keydown events; the text in the article is Vietnamese). */
const TYPED = 'cong tac chuyen doi so tren dia ban thi xa nam 2025 dat ket qua tot ';

export interface Editor {
  page: Page;
  typed: string;
  samples: number[];
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.BBT_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
}

/** A production build (minified, React in production mode), as the app ships. */
export async function buildPage(root: string, html: string, outDir: string): Promise<void> {
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

export async function serveStatic(root: string): Promise<Server & { origin: string }> {
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

export async function openBare(browser: Browser, server: { origin: string }, body: string | null): Promise<Editor> {
  const page = await newPage(browser, body);
  await page.goto(`${server.origin}/bare.html`);
  return ready(page);
}

/** Logs in as the sample editor and opens a new article holding `body` (Lexical JSON) or nothing. */
export async function openAppEditor(browser: Browser, url: string, body: string | null, password: string): Promise<Editor> {
  const page = await newPage(browser, null);
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').fill('bientap');
  await page.getByLabel('Mật khẩu').fill(password);
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
  await typeRound(editor, WARMUP_KEYS, DEFAULT_GAP_MS);
  editor.samples = [];
  return editor;
}

/** Types `keys` keys at the end of the text, one per `gapMs` at most, and adds their samples to the editor's. */
export async function typeRound(editor: Editor, keys: number, gapMs = DEFAULT_GAP_MS): Promise<void> {
  const { page } = editor;
  await page.bringToFront();
  await page.evaluate(() => (globalThis as unknown as { __typingProbe: TypingProbe }).__typingProbe.take());
  for (let i = 0; i < keys; i++) {
    const ch = TYPED[editor.typed.length % TYPED.length]!;
    await page.keyboard.type(ch);
    editor.typed += ch;
    await page.evaluate(([n, gap]) => (globalThis as unknown as { __typingProbe: TypingProbe }).__typingProbe.wait(n, gap), [i + 1, gapMs] as const);
  }
  editor.samples.push(...(await page.evaluate(() => (globalThis as unknown as { __typingProbe: TypingProbe }).__typingProbe.take())));
}

/** The app saves about a second after typing stops: let it finish before the other editor's round. */
export async function waitSaved(page: Page): Promise<void> {
  const status = page.getByTestId('save-status');
  try {
    await status.filter({ hasText: /^Đã lưu/ }).waitFor({ timeout: 30_000 });
  } catch (err) {
    if (process.env.BENCH_TYPING_DEBUG) await page.screenshot({ path: join(process.env.BENCH_TYPING_DEBUG, 'save-timeout.png') });
    throw new Error(`The app did not save: ${await status.textContent()}`, { cause: err });
  }
}

export async function endsWithTyped(editor: Editor): Promise<boolean> {
  const text = await editor.page.getByRole('textbox', { name: 'Nội dung', exact: true }).evaluate((root) => (root as unknown as { lastElementChild: { textContent: string } | null }).lastElementChild?.textContent ?? '');
  const ok = text.replace(/\u00a0/g, ' ').trimEnd().endsWith(editor.typed.trimEnd());
  if (!ok) console.log(`  typed text check failed: …${JSON.stringify(text.slice(-120))}`);
  return ok;
}
