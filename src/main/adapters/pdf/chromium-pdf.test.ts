// Prints a sample-like article through the real Chromium and checks the PDF with poppler-utils.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrintingService } from '../../../core/printing/printing-service';
import { domPurifySanitizer } from '../html/sanitize';
import type { Browser } from 'playwright-core';
import { ChromiumPdfRenderer, findChromium, launchChromium } from './chromium-pdf';
import { BundledFonts } from './fonts';
import { pdfTags } from './testing';
import { memoryMedia, PRINT_PROFILE, PRINT_SENTENCES, PRINT_TITLE, printArticleFixture } from './print-fixture';

const FINGERPRINT = 'k-2026:0123456789abcdef0123456789abcdef';
let dir: string;
const renderer = new ChromiumPdfRenderer();
let pdfFile: string;
let smallPdf: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-print-'));
  const media = memoryMedia();
  const article = printArticleFixture(media, '<p>Bài có mã độc <script>alert(1)</script></p>');
  const service = new PrintingService({
    articles: { get: () => article },
    profile: { at: () => PRINT_PROFILE },
    media,
    sanitizer: domPurifySanitizer,
    fonts: new BundledFonts(),
    pdf: renderer,
    clock: { now: () => new Date('2026-01-05T03:00:00Z') },
    fingerprint: () => FINGERPRINT
  });
  const printed = await service.printArticle(article.id, { id: 'u1', name: 'Thành viên' });
  expect(printed.fileName).toMatch(/^thi-xa-kien-tuong-day-manh.*\.pdf$/);
  pdfFile = join(dir, printed.fileName);
  writeFileSync(pdfFile, printed.bytes);
  smallPdf = join(dir, 'bao-19x27.pdf');
  writeFileSync(smallPdf, (await service.printArticle(article.id, { id: 'u1', name: 'Thành viên' }, '19x27')).bytes);
}, 30_000);
afterAll(async () => {
  await renderer.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
/** pdftotext joins lines with newlines; compare as running text. */
const text = () => run('pdftotext', '-enc', 'UTF-8', pdfFile, '-').replace(/\s+/g, ' ');

describe('ChromiumPdfRenderer: "In bài viết"', () => {
  it('prints every Vietnamese string exactly (NFC): title, body, table, byline, imprint, footer', () => {
    const t = text();
    expect(t).toBe(t.normalize('NFC'));
    expect(t).toContain(PRINT_TITLE);
    for (const s of PRINT_SENTENCES) expect(t).toContain(s);
    expect(t).toContain('Đường giao thông nông thôn 16,5 km 18,5 km');
    expect(t).toContain('Thứ 7, Ngày 07/06/2025, 16:00');
    expect(t).toContain('07/06/2025 | Minh Tâm');
    expect(t).toContain('Chịu trách nhiệm chính: Ông Lê Quang Tửu - Chánh Văn phòng HĐND và UBND thị xã');
    expect(t).toContain('Tuyến đường giao thông nông thôn ấp Gò Dầu sau khi được bê tông hóa.');
    expect(t).toContain('ỦY BAN NHÂN DÂN TỈNH LONG AN');
    expect(t).toMatch(/Trang 1\/\d/);
    expect(t).not.toContain('alert(1)');
    expect(t).toContain(`Bản đã ký duyệt · dấu vân tay chữ ký: ${FINGERPRINT}`);
  });

  it('embeds every font, none Type 3', () => {
    const rows = run('pdffonts', pdfFile).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).not.toMatch(/Type 3/);
      // columns: name type encoding emb sub uni object ID
      expect(row).toMatch(/\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+$/);
      expect(row).toMatch(/NotoSerif|NotoSans/);
    }
  });

  it('is a tagged PDF in Vietnamese with an outline, readable by screen readers (WCAG 2.1 AA)', async () => {
    const tags = await pdfTags(readFileSync(pdfFile));
    expect(tags).toMatchObject({ structTree: true, marked: true, lang: 'vi', outline: true });
    // The print HTML's real structure reaches the tags: the title and body headings, the table's header cells, the images' alt.
    expect(tags.roles).toEqual(expect.arrayContaining(['H1', 'H2', 'Table', 'TH', 'TD', 'Figure']));
    expect(tags.alts).toContain('Đường ấp Gò Dầu');
    expect(run('pdfinfo', pdfFile)).toMatch(/Tagged:\s+yes/);
  });

  it('is A4, or 19 × 27 cm when asked', () => {
    const info = run('pdfinfo', pdfFile);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    // 190 mm × 270 mm = 538.6 × 765.4 pt (Chromium rounds the page box to whole CSS pixels).
    const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(run('pdfinfo', smallPdf))!.slice(1).map(Number) as [number, number];
    expect(Math.abs(w - 538.6)).toBeLessThan(1);
    expect(Math.abs(h - 765.4)).toBeLessThan(1);
  });

  it('finds the browser from BBT_CHROMIUM or says in Vietnamese that none is installed', () => {
    expect(findChromium({ BBT_CHROMIUM: '/usr/bin/chromium' }, 'linux', () => true)).toBe('/usr/bin/chromium');
    expect(() => findChromium({ BBT_CHROMIUM: '/khong/co' }, 'linux', () => false)).toThrow(/Không tìm thấy trình duyệt tại \/khong\/co/);
    expect(() => findChromium({}, 'linux', () => false)).toThrow(/Không tìm thấy trình duyệt Chromium, Chrome hoặc Edge/);
    expect(findChromium({}, 'win32', (p) => p.endsWith('msedge.exe'))).toMatch(/msedge\.exe$/);
  });

  it('renders page 1 for a look (pdftoppm)', () => {
    if (process.env['BBT_PRINT_PNG']) run('pdftoppm', '-png', '-r', '60', '-f', '1', '-l', '2', pdfFile, process.env['BBT_PRINT_PNG']);
    expect(run('pdfinfo', pdfFile)).toMatch(/Pages:\s+[12]\b/);
  });
});

describe('ChromiumPdfRenderer: one browser between prints', () => {
  const html = '<!doctype html><html><head><title>t</title></head><body><p>Bản tin số 1</p></body></html>';
  const A4 = { pageSize: 'A4' } as const;
  /** A renderer whose launches are recorded (the real browser, started through launchChromium). */
  function counted(idleMs?: number) {
    const launched: Browser[] = [];
    const pdf = new ChromiumPdfRenderer({
      idleMs,
      launch: async (path, timeout) => {
        const browser = await launchChromium(path, timeout);
        launched.push(browser);
        return browser;
      }
    });
    return { pdf, launched };
  }
  const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

  it('reuses one launch for prints in a row and at the same time, and close() ends it', async () => {
    const { pdf, launched } = counted();
    try {
      expect(isPdf(await pdf.render(html, A4))).toBe(true);
      expect(isPdf(await pdf.render(html, { pageSize: '19x27', footer: 'Bản tin' }))).toBe(true);
      const both = await Promise.all([pdf.render(html, A4), pdf.render(html, A4)]);
      expect(both.every(isPdf)).toBe(true);
      expect(launched).toHaveLength(1);
      // One context per print, closed afterwards.
      expect(launched[0]!.contexts()).toHaveLength(0);
      await pdf.close();
      expect(launched[0]!.isConnected()).toBe(false);
      expect(isPdf(await pdf.render(html, A4))).toBe(true);
      expect(launched).toHaveLength(2);
    } finally {
      await pdf.close();
    }
  }, 30_000);

  it('shares one launch between prints that start together with no browser yet', async () => {
    const { pdf, launched } = counted();
    try {
      const all = await Promise.all([pdf.render(html, A4), pdf.render(html, A4), pdf.render(html, A4)]);
      expect(all.every(isPdf)).toBe(true);
      expect(launched).toHaveLength(1);
    } finally {
      await pdf.close();
    }
  }, 30_000);

  it('starts a new browser when the old one went away (crashed or closed from outside)', async () => {
    const { pdf, launched } = counted();
    try {
      await pdf.render(html, A4);
      await launched[0]!.close();
      expect(isPdf(await pdf.render(html, A4))).toBe(true);
      expect(launched).toHaveLength(2);
      expect(launched[1]!.isConnected()).toBe(true);
    } finally {
      await pdf.close();
    }
  }, 30_000);

  it('closes the browser after a while without prints', async () => {
    const { pdf, launched } = counted(200);
    try {
      await pdf.render(html, A4);
      expect(launched[0]!.isConnected()).toBe(true);
      await expect.poll(() => launched[0]!.isConnected(), { timeout: 5000 }).toBe(false);
    } finally {
      await pdf.close();
    }
  }, 30_000);

  it('reports a failed launch to the print and tries again at the next one', async () => {
    let calls = 0;
    const pdf = new ChromiumPdfRenderer({
      launch: async () => {
        calls++;
        throw new Error('spawn ENOENT');
      }
    });
    await expect(pdf.render(html, A4)).rejects.toThrow('spawn ENOENT');
    await expect(pdf.render(html, A4)).rejects.toThrow('spawn ENOENT');
    expect(calls).toBe(2);
  });
});
