// The Electron print path as far as it runs without Electron: the same print HTML loaded from a temporary
// file in a script-less Chromium page whose requests pass isAllowedPrintUrl, fonts awaited in an isolated
// world, then Page.printToPDF with the parameters Electron derives from electronPdfOptions (Electron's
// printToPDF hands pageSize/margins in inches to the same DevTools print). Compared with the
// playwright-core adapter's PDF of the same article.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withRunningFooter } from '../../core/printing/print-article';
import type { PdfOptions, PdfRenderer } from '../../core/printing/ports';
import { PrintingService } from '../../core/printing/printing-service';
import { domPurifySanitizer } from '../adapters/html/sanitize';
import { ChromiumPdfRenderer, findChromium, launchChromium } from '../adapters/pdf/chromium-pdf';
import { BundledFonts } from '../adapters/pdf/fonts';
import { memoryMedia, PRINT_PROFILE, PRINT_TITLE, printArticleFixture } from '../adapters/pdf/print-fixture';
import { PdfLibInspector } from '../adapters/pdf/pdf-layout';
import { electronPdfOptions, FONT_WAIT_SCRIPT, isAllowedPrintUrl } from './print-policy';

let dir: string;
let browser: Browser;
const blocked: string[] = [];
const fontStatus: unknown[] = [];

/** What Electron's printToPDF does with our options, over a CDP session. */
const emulatedElectron: PdfRenderer = {
  async render(html: string, opts: PdfOptions) {
    const file = join(dir, `${Math.random().toString(16).slice(2)}.html`);
    writeFileSync(file, withRunningFooter(html, opts.footer));
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isAllowedPrintUrl(url, file)) return route.continue();
        blocked.push(url);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const cdp = await context.newCDPSession(page);
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bbt-fonts' });
      const evaluated = await cdp.send('Runtime.evaluate', { expression: FONT_WAIT_SCRIPT, contextId: executionContextId, awaitPromise: true, returnByValue: true });
      fontStatus.push(evaluated.result.value);
      const o = electronPdfOptions(opts);
      const size = o.pageSize as { width: number; height: number };
      const { data } = (await cdp.send('Page.printToPDF', {
        paperWidth: size.width,
        paperHeight: size.height,
        marginTop: o.margins!.top,
        marginRight: o.margins!.right,
        marginBottom: o.margins!.bottom,
        marginLeft: o.margins!.left,
        preferCSSPageSize: o.preferCSSPageSize,
        printBackground: o.printBackground,
        landscape: o.landscape,
        displayHeaderFooter: o.displayHeaderFooter,
        generateDocumentOutline: o.generateDocumentOutline,
        generateTaggedPDF: o.generateTaggedPDF
      })) as { data: string };
      return new Uint8Array(Buffer.from(data, 'base64'));
    } finally {
      await context.close();
    }
  }
};

const playwrightAdapter = new ChromiumPdfRenderer();
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-print-emulated-'));
  browser = await launchChromium(findChromium(), 30_000);
  const media = memoryMedia();
  const article = printArticleFixture(media);
  const service = (pdf: PdfRenderer) =>
    new PrintingService({
      articles: { get: () => article },
      profile: { at: () => PRINT_PROFILE },
      media,
      sanitizer: domPurifySanitizer,
      fonts: new BundledFonts(),
      pdf,
      clock: { now: () => new Date('2026-01-05T03:00:00Z') },
      fingerprint: () => ''
    });
  const user = { id: 'u1', name: 'Thành viên' };
  for (const [name, pdf] of [
    ['electron', emulatedElectron],
    ['playwright', playwrightAdapter]
  ] as const) {
    for (const size of ['A4', '19x27'] as const) {
      const file = join(dir, `${name}-${size}.pdf`);
      writeFileSync(file, (await service(pdf).printArticle(article.id, user, size)).bytes);
      files[`${name}-${size}`] = file;
    }
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await playwrightAdapter.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const info = (file: string) => {
  const out = run('pdfinfo', file);
  return { size: /Page size:\s+([\d.]+ x [\d.]+) pts/.exec(out)![1], pages: /Pages:\s+(\d+)/.exec(out)![1] };
};

describe('Electron print options on Chromium', () => {
  it('gives the same pages as the playwright-core adapter, in A4 and 19 × 27 cm', () => {
    for (const size of ['A4', '19x27']) expect(info(files[`electron-${size}`]!), size).toEqual(info(files[`playwright-${size}`]!));
    expect(info(files['electron-A4']!).size).toMatch(/^59[45]\.\d+ x 841\.\d+$/);
  });

  it('prints the text and the running footer, with embedded fonts, after the fonts loaded', () => {
    const text = run('pdftotext', '-enc', 'UTF-8', files['electron-A4']!, '-').replace(/\s+/g, ' ');
    expect(text).toBe(run('pdftotext', '-enc', 'UTF-8', files['playwright-A4']!, '-').replace(/\s+/g, ' '));
    expect(text).toContain(PRINT_TITLE);
    expect(text).toMatch(/Trang 1\/\d/);
    expect(run('pdffonts', files['electron-A4']!)).not.toMatch(/Type 3/);
    expect(fontStatus).toEqual(['loaded', 'loaded']);
  });

  it('lets the page load nothing but inline data and its own file', async () => {
    expect(blocked).toEqual([]);
    const html = '<!doctype html><html><head><link rel="stylesheet" href="https://example.com/a.css"></head><body><p>Ảnh</p><img src="https://example.com/a.png"><img src="file:///etc/hostname"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>';
    const bytes = await emulatedElectron.render(html, { pageSize: 'A4' });
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(blocked.sort()).toEqual(['file:///etc/hostname', 'https://example.com/a.css', 'https://example.com/a.png']);
  });

  it('keeps the link destinations that a bulletin reads its table of contents from', async () => {
    const filler = '<p>Nội dung</p>'.repeat(80);
    const html = `<!doctype html><html><body><a href="#bai-1">Bài 1</a> <a href="#bai-2">Bài 2</a><h2 id="bai-1">Bài 1</h2>${filler}<h2 id="bai-2">Bài 2</h2></body></html>`;
    const layout = await new PdfLibInspector().inspect(await emulatedElectron.render(html, { pageSize: 'A4' }));
    expect(layout.anchors['bai-1']!.page).toBe(1);
    expect(layout.anchors['bai-2']!.page).toBe(layout.pageCount);
    expect(layout.pageCount).toBeGreaterThan(1);
  });
});
