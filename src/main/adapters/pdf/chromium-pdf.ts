// PdfRenderer for browser mode and the CLI: an installed Chromium, Chrome or Edge driven by
// playwright-core prints the core's self-contained HTML. The page gets no network: every request but
// data: is aborted. (The Electron shell prints the same HTML with webContents.printToPDF.)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { withRunningFooter } from '../../../core/printing/print-article';
import { PAGE_SIZES } from '../../../core/printing/print-article';
import type { PdfOptions, PdfRenderer } from '../../../core/printing/ports';
import { AppError, ErrorCode } from '../../../shared/errors';

export const CHROMIUM_ENV = 'BBT_CHROMIUM';

/** Where Chromium-based browsers are usually installed, per platform. */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env: Record<string, string | undefined> = process.env): string[] {
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'] ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env['LOCALAPPDATA']].filter(
      (r): r is string => !!r
    );
    return roots.flatMap((r) => [
      join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(r, 'Chromium', 'Application', 'chrome.exe')
    ]);
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
    ];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'];
}

/** BBT_CHROMIUM when set (it must exist), else the first usual path that exists. */
export function findChromium(env: Record<string, string | undefined> = process.env, platform: NodeJS.Platform = process.platform, exists: (p: string) => boolean = existsSync): string {
  const chosen = env[CHROMIUM_ENV]?.trim();
  if (chosen) {
    if (exists(chosen)) return chosen;
    throw new AppError(ErrorCode.NOT_FOUND, `Không tìm thấy trình duyệt tại ${chosen} (biến môi trường ${CHROMIUM_ENV}). Hãy sửa đường dẫn tới Chromium, Chrome hoặc Edge.`);
  }
  const found = browserCandidates(platform, env).find((p) => exists(p));
  if (found) return found;
  throw new AppError(
    ErrorCode.NOT_FOUND,
    `Không tìm thấy trình duyệt Chromium, Chrome hoặc Edge để in PDF. Hãy cài một trong các trình duyệt này, hoặc đặt biến môi trường ${CHROMIUM_ENV} là đường dẫn tới tệp chạy của trình duyệt.`
  );
}

export interface ChromiumPdfOptions {
  /** Path of the browser; default: findChromium() at the first print. */
  executablePath?: string;
  /** Give up after this long (ms). */
  timeoutMs?: number;
  /** Close the browser after this long without a print (ms). */
  idleMs?: number;
  /** Starts the browser (tests count launches); default: launchChromium. */
  launch?: (executablePath: string, timeoutMs: number) => Promise<Browser>;
}

const IDLE_MS = 60_000;

interface BrowserSlot {
  browser: Promise<Browser>;
  /** Set once the launch succeeded. */
  launched: Browser | null;
}

/** Starts a headless Chromium/Chrome/Edge for printing. */
export async function launchChromium(executablePath: string, timeoutMs: number): Promise<Browser> {
  // Loaded on the first print only: most sessions never print.
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    timeout: timeoutMs,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions']
  });
}

/**
 * One browser kept between prints (a bulletin prints the same HTML two or three times to number its
 * table of contents), a fresh context per print, closed after a minute idle or by close().
 */
export class ChromiumPdfRenderer implements PdfRenderer {
  private slot: BrowserSlot | null = null;
  private active = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly opts: ChromiumPdfOptions = {}) {}

  async render(html: string, opts: PdfOptions): Promise<Uint8Array> {
    this.active++;
    this.stopIdleTimer();
    try {
      const browser = await this.connected();
      try {
        return await this.print(browser, html, opts);
      } catch (err) {
        // The browser died under this print (crash, killed): one more try on a new one.
        if (browser.isConnected()) throw err;
        this.forget(browser);
        return await this.print(await this.connected(), html, opts);
      }
    } finally {
      this.active--;
      if (this.active === 0) this.startIdleTimer();
    }
  }

  /** Closes the browser now (the next print starts another one). */
  async close(): Promise<void> {
    this.stopIdleTimer();
    const slot = this.slot;
    this.slot = null;
    if (!slot) return;
    const browser = await slot.browser.catch(() => null);
    await browser?.close().catch(() => undefined);
  }

  private async print(browser: Browser, html: string, opts: PdfOptions): Promise<Uint8Array> {
    const timeout = this.opts.timeoutMs ?? 60_000;
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
    try {
      await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient')));
      const page = await context.newPage();
      page.setDefaultTimeout(timeout);
      await page.setContent(withRunningFooter(html, opts.footer), { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)').catch(() => undefined);
      const size = PAGE_SIZES[opts.pageSize];
      // Tagged (structure tree from the HTML's headings, tables and alt texts, /Lang from <html lang>) with an
      // outline from the headings: screen readers can read the PDF (WCAG 2.1 AA, Thông tư 26/2020/TT-BTTTT).
      const pdf = await page.pdf({ width: `${size.width}mm`, height: `${size.height}mm`, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  /** The running browser, or a new one; concurrent prints share one launch. */
  private async connected(): Promise<Browser> {
    for (let attempt = 0; ; attempt++) {
      const slot = this.slot ?? this.launch();
      const browser = await slot.browser;
      if (browser.isConnected() || attempt > 0) return browser;
      this.forget(browser);
    }
  }

  private launch(): BrowserSlot {
    const timeout = this.opts.timeoutMs ?? 60_000;
    const launch = this.opts.launch ?? launchChromium;
    const slot: BrowserSlot = { browser: Promise.resolve().then(() => launch(this.opts.executablePath ?? findChromium(), timeout)), launched: null };
    slot.browser.then(
      (browser) => {
        slot.launched = browser;
        browser.on('disconnected', () => this.forget(browser));
      },
      // A failed launch is reported to the waiting prints; the next print tries again.
      () => {
        if (this.slot === slot) this.slot = null;
      }
    );
    this.slot = slot;
    return slot;
  }

  /** Drops `browser` (crashed, closed) if it is still the current one. */
  private forget(browser: Browser): void {
    if (this.slot?.launched === browser) this.slot = null;
  }

  private startIdleTimer(): void {
    this.stopIdleTimer();
    // unref: an idle browser never keeps the command line from exiting (close() ends it).
    this.idleTimer = setTimeout(() => void this.close(), this.opts.idleMs ?? IDLE_MS);
    this.idleTimer.unref();
  }

  private stopIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
