// Where a bulletin print's time goes: `npx tsx bench/bulletin-breakdown.ts [prints]`. The benchmark's issue
// (24 articles, 40 images) printed by a BulletinPrinter built from the app's own parts, but with a renderer
// that repeats ChromiumPdfRenderer's steps (as of the bulletin commit: a browser launched per render) with a
// clock around each, and the inspector timed. Per pass: building the HTML, then each Chromium step, then
// reading the PDF back. Diagnostic only; the bench section measures the app's real renderer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BulletinPrinter } from '../src/core/printing/bulletin-printer';
import { PAGE_SIZES, withRunningFooter } from '../src/core/printing/print-article';
import type { PdfOptions } from '../src/core/printing/ports';
import { openApp } from '../src/main/app';
import { domPurifySanitizer } from '../src/main/adapters/html/sanitize';
import { findChromium } from '../src/main/adapters/pdf/chromium-pdf';
import { BundledFonts } from '../src/main/adapters/pdf/fonts';
import { PdfLibInspector } from '../src/main/adapters/pdf/pdf-layout';
import { uuidV7Ids } from '../src/main/adapters/system';
import type { AppEventMap } from '../src/shared/events';
import { setUpBulletin } from './sections/bulletin';

type Step = 'html' | 'launch' | 'context' | 'setContent' | 'fonts' | 'pdf' | 'close' | 'inspect';
const STEPS: Step[] = ['html', 'launch', 'context', 'setContent', 'fonts', 'pdf', 'close', 'inspect'];

async function timedRender(html: string, opts: PdfOptions, lap: (step: Step) => void): Promise<Uint8Array> {
  lap('html');
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions']
  });
  lap('launch');
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
    await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient')));
    const page = await context.newPage();
    lap('context');
    await page.setContent(withRunningFooter(html, opts.footer), { waitUntil: 'load' });
    lap('setContent');
    await page.evaluate('document.fonts.ready.then(() => true)').catch(() => undefined);
    lap('fonts');
    const size = PAGE_SIZES[opts.pageSize];
    const pdf = await page.pdf({ width: `${size.width}mm`, height: `${size.height}mm`, printBackground: true, preferCSSPageSize: true });
    lap('pdf');
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await browser.close();
    lap('close');
  }
}

async function main(): Promise<void> {
  const prints = Number(process.argv[2] ?? 3);
  const dir = mkdtempSync(join(tmpdir(), 'bbt-bench-bulletin-breakdown-'));
  const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => {}, overrides: { jobs: false } });
  try {
    const { issue, users } = setUpBulletin(app);
    const inspector = new PdfLibInspector();
    let passes: Record<Step, number>[] = [];
    let mark = 0;
    let htmlChars = 0;
    const lap = (step: Step) => {
      const now = performance.now();
      passes.at(-1)![step] += now - mark;
      mark = now;
    };
    const printer = new BulletinPrinter({
      bulletins: app.services.bulletins,
      profile: app.services.bulletinProfile,
      media: app.media,
      sanitizer: domPurifySanitizer,
      fonts: new BundledFonts(),
      pdf: {
        render: (html, opts) => {
          htmlChars = html.length;
          return timedRender(html, opts, lap);
        }
      },
      inspector: {
        inspect: async (bytes) => {
          const layout = await inspector.inspect(bytes);
          lap('inspect');
          return layout;
        }
      },
      events: {
        // The printer announces each pass ("job.progress" running) just before it builds that pass's HTML.
        emit: (type, payload) => {
          if (type !== 'job.progress' || (payload as AppEventMap['job.progress']).state !== 'running') return;
          passes.push(Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<Step, number>);
          mark = performance.now();
        }
      },
      ids: uuidV7Ids,
      clock: { now: () => new Date() }
    });
    console.log(`pass${STEPS.map((s) => s.padStart(11)).join('')}      total`);
    for (let i = 1; i <= prints; i++) {
      passes = [];
      const start = performance.now();
      const printed = await printer.print(issue.id, users.composer);
      const total = performance.now() - start;
      passes.forEach((p, k) => console.log(`${i}.${k + 1} ${STEPS.map((s) => p[s].toFixed(0).padStart(11)).join('')} ${STEPS.reduce((n, s) => n + p[s], 0).toFixed(0).padStart(10)}`));
      console.log(`print ${i}: ${total.toFixed(0)} ms, ${printed.pageCount} pages, ${passes.length} passes, ${(printed.bytes.length / 1e6).toFixed(2)} MB PDF from ${(htmlChars / 1e6).toFixed(2)} MB of HTML`);
    }
  } finally {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
