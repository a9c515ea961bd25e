// PdfRenderer for browser mode and the CLI: an installed Chromium, Chrome or Edge driven by
// playwright-core prints the core's self-contained HTML. The page gets no network: every request but
// data: is aborted. (The Electron shell will print the same HTML with webContents.printToPDF.)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
}

export class ChromiumPdfRenderer implements PdfRenderer {
  constructor(private readonly opts: ChromiumPdfOptions = {}) {}

  async render(html: string, opts: PdfOptions): Promise<Uint8Array> {
    const executablePath = this.opts.executablePath ?? findChromium();
    const timeout = this.opts.timeoutMs ?? 60_000;
    // Loaded on the first print only: most sessions never print.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      timeout,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions']
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
      await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient')));
      const page = await context.newPage();
      page.setDefaultTimeout(timeout);
      await page.setContent(withRunningFooter(html, opts.footer), { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)').catch(() => undefined);
      const size = PAGE_SIZES[opts.pageSize];
      const pdf = await page.pdf({ width: `${size.width}mm`, height: `${size.height}mm`, printBackground: true, preferCSSPageSize: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await browser.close();
    }
  }
}
