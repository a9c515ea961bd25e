// Prints bulletin issues through the real Chromium and checks them with poppler-utils: exact
// Vietnamese text, embedded fonts, page size, contents numbers equal to the pages where articles start,
// the imprint at the bottom of the last page, the 64-page limit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulletinService } from '../../../core/bulletins/bulletin-service';
import { BulletinPrinter, type PrintedBulletin } from '../../../core/printing/bulletin-printer';
import { IMPRINT_END_ANCHOR } from '../../../core/printing/bulletin-html';
import type { Article } from '../../../shared/article';
import { DEFAULT_BULLETIN_MARGINS, type BulletinIssueView, type BulletinPageSize, type BulletinProfileVersion } from '../../../shared/bulletin';
import { AppError } from '../../../shared/errors';
import { SAMPLE_BULLETIN_PROFILE } from '../../sample/bulletin';
import { domPurifySanitizer } from '../html/sanitize';
import { ChromiumPdfRenderer } from './chromium-pdf';
import { BundledFonts } from './fonts';
import { PdfLibInspector } from './pdf-layout';
import { pdfTags } from './testing';
import { memoryMedia, PRINT_SENTENCES, printArticleFixture } from './print-fixture';

const TITLES = [
  'Xã Bình Hiệp đạt chuẩn nông thôn mới nâng cao',
  'Chủ động phòng trừ rầy nâu, bệnh đạo ôn trên lúa Đông Xuân',
  'Đẩy mạnh giải quyết thủ tục hành chính trên môi trường điện tử',
  'Hội thi Tiếng hát Đồng Tháp Mười năm 2026',
  'Bảo đảm an ninh trật tự dịp cuối năm và Tết Nguyên đán',
  'Phỏng vấn: Phát triển kinh tế cửa khẩu gắn với bảo vệ biên giới',
  'Thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân thị xã'
];
const SECTIONS = ['Tin tức – Sự kiện', 'Kinh tế – Xã hội'];
const FILLER = 'Người dân ấp Gò Dầu, xã Bình Hiệp phấn khởi vì đường sá khang trang, việc đi lại thuận lợi hơn. ';

let dir: string;
const media = memoryMedia();
const pdf = new ChromiumPdfRenderer();
const inspector = new PdfLibInspector();

function profile(pageSize: BulletinPageSize): BulletinProfileVersion {
  return { ...SAMPLE_BULLETIN_PROFILE, pageSize, margins: DEFAULT_BULLETIN_MARGINS[pageSize], id: 'b1', effectiveFrom: '2025-01-01T00:00:00Z', createdAt: '', createdBy: '' };
}

function articles(count: number, paragraphs: (i: number) => number): Article[] {
  return Array.from({ length: count }, (_, i) => ({
    ...printArticleFixture(media, `<p>${FILLER.repeat(8)}</p>`.repeat(paragraphs(i))),
    id: `a${i}`,
    title: TITLES[i % TITLES.length]! + (i >= TITLES.length ? ` (kỳ ${Math.floor(i / TITLES.length) + 1})` : ''),
    author: `Phóng viên ${i + 1}`
  }));
}

async function printIssue(list: Article[], opts: { pageSize?: BulletinPageSize; draft?: boolean; events?: unknown[] } = {}): Promise<PrintedBulletin> {
  const half = Math.ceil(list.length / 2);
  const sections = [
    { title: SECTIONS[0]!, articles: list.slice(0, half) },
    { title: SECTIONS[1]!, articles: list.slice(half) }
  ];
  const issue = { id: 'i1', number: 7, date: '2026-12-03', draft: opts.draft ?? false } as BulletinIssueView;
  const printer = new BulletinPrinter({
    bulletins: { contents: () => ({ issue, sections }) } as Pick<BulletinService, 'contents'>,
    profile: { forDate: () => profile(opts.pageSize ?? '19x27') },
    media,
    sanitizer: domPurifySanitizer,
    fonts: new BundledFonts(),
    pdf,
    inspector,
    events: { emit: (type, payload) => opts.events?.push({ type, payload }) },
    ids: { newId: () => 'job-1' },
    clock: { now: () => new Date('2026-12-03T03:00:00Z') }
  });
  return printer.print('i1', { id: 'u1', name: 'Thư ký' });
}

const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const pageText = (file: string, page: number) => run('pdftotext', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-').replace(/\s+/g, ' ');

let file: string;
let printed: PrintedBulletin;
const list = articles(7, (i) => [0, 3, 1, 6, 0, 2, 4][i]!);
const events: unknown[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-bulletin-'));
  printed = await printIssue(list, { events });
  file = join(dir, printed.fileName);
  writeFileSync(file, printed.bytes);
}, 60_000);
afterAll(async () => {
  await (pdf as { close?: () => Promise<void> }).close?.();
  rmSync(dir, { recursive: true, force: true });
});

describe('Bulletin print: page 1, contents, articles, imprint', () => {
  it('prints every Vietnamese string exactly (NFC): masthead, sections, titles, body, bylines, imprint', () => {
    const t = run('pdftotext', '-enc', 'UTF-8', file, '-').replace(/\s+/g, ' ');
    expect(t).toBe(t.normalize('NFC'));
    const first = pageText(file, 1);
    expect(first).toMatch(/^BẢN TIN KIẾN TƯỜNG ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG Số 7 Thứ Năm, ngày 03\/12\/2026 TRONG SỐ NÀY/);
    for (const s of SECTIONS) expect(t).toContain(s);
    for (const a of list) {
      expect(t).toContain(a.title);
      expect(t).toContain(a.summary);
      expect(t).toContain(a.author);
      expect(t).toContain(a.imageCaption);
    }
    for (const s of PRINT_SENTENCES) expect(t).toContain(s);
    expect(t).toContain('Đường giao thông nông thôn 16,5 km 18,5 km');
    expect(t).toContain('BẢN TIN KIẾN TƯỜNG Số 7 · 03/12/2026');
    expect(t).not.toContain('BẢN NHÁP');
  });

  it('is a tagged PDF in Vietnamese: bulletin name, sections and article titles are headings, in the outline too', async () => {
    const tags = await pdfTags(printed.bytes);
    expect(tags).toMatchObject({ structTree: true, marked: true, lang: 'vi', outline: true });
    expect(tags.roles.slice(0, tags.roles.indexOf('H3'))).toContain('H1');
    expect(tags.roles).toEqual(expect.arrayContaining(['H1', 'H2', 'H3', 'Figure', 'TH']));
    expect(tags.alts).toContain('Đường ấp Gò Dầu');
  });

  it('embeds every font, none Type 3, and sets the configured 19 × 27 cm page', () => {
    const rows = run('pdffonts', file).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).not.toMatch(/Type 3/);
      expect(row).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/);
    }
    const info = run('pdfinfo', file);
    expect(info).toMatch(/Page size:\s+539\.0\d x 765\.12 pts/);
    expect(info).toMatch(new RegExp(`Pages:\\s+${printed.pageCount}\\n`));
    expect(printed.pageCount).toBeGreaterThan(4);
  });

  it('lists in the contents the page where each article starts, and that page starts it', () => {
    const contents = pageText(file, 1);
    list.forEach((a, i) => {
      const page = printed.articlePages[i]!;
      expect(contents).toContain(`${a.title} ${page}`);
      const text = pageText(file, page);
      expect(text).toContain(a.title);
      // Printed once in the body: not on the page before (page 1 holds the contents).
      if (page - 1 > 1) expect(pageText(file, page - 1)).not.toContain(a.title);
    });
    expect(printed.articlePages).toEqual([...printed.articlePages].sort((x, y) => x - y));
    expect(contents).toContain(`Thông tin xuất bản ${printed.pageCount}`);
  });

  it('puts the imprint at the bottom of the last page only', async () => {
    const last = pageText(file, printed.pageCount);
    for (const line of [
      'Cơ quan xuất bản: Ủy ban nhân dân thị xã Kiến Tường',
      'Người chịu trách nhiệm xuất bản: Ông Lê Quang Tửu',
      'Giấy phép xuất bản số 15/GP-XBBT cấp ngày 10/03/2025',
      `In tại: ${SAMPLE_BULLETIN_PROFILE.printingPlace}`,
      'Số lượng in: 500 bản · Kỳ hạn xuất bản: 1 tháng/kỳ'
    ]) {
      expect(last).toContain(line);
      expect(pageText(file, printed.pageCount - 1)).not.toContain(line);
    }
    const layout = await inspector.inspect(printed.bytes);
    const content = 270 - DEFAULT_BULLETIN_MARGINS['19x27'].top - DEFAULT_BULLETIN_MARGINS['19x27'].bottom;
    expect(layout.anchors[IMPRINT_END_ANCHOR]!.page).toBe(printed.pageCount);
    expect(content - layout.anchors[IMPRINT_END_ANCHOR]!.topMm).toBeLessThan(4);
  });

  it('prints every image (main and body images) and numbers the pages', () => {
    const images = run('pdfimages', '-list', file).trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThanOrEqual(list.length * 2);
    expect(pageText(file, 3)).toMatch(/ 3 $/);
  });

  it('reports progress as "job.progress" events of kind "print" ending in done', () => {
    const kinds = events.map((e) => (e as { payload: { kind: string; state: string; label: string } }).payload);
    expect(kinds.every((p) => p.kind === 'print' && p.label === 'In bản tin Số 7')).toBe(true);
    expect(kinds.at(-1)!.state).toBe('done');
  });
});

describe('Bulletin print: options and limits', () => {
  it('prints A4 when the profile says so, and marks a draft issue on page 1 and in the running header', async () => {
    const a4 = await printIssue(articles(2, () => 1), { pageSize: 'A4', draft: true });
    const f = join(dir, a4.fileName);
    writeFileSync(f, a4.bytes);
    expect(a4.fileName).toBe('ban-tin-so-7-ban-nhap.pdf');
    expect(run('pdfinfo', f)).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
    expect(pageText(f, 1)).toContain('BẢN NHÁP – có bài chưa được ký duyệt, không phát hành');
    expect(pageText(f, 2)).toContain('Số 7 · 03/12/2026 · BẢN NHÁP');
  }, 60_000);

  it('refuses a bulletin of more than 64 pages, saying how long it would be', async () => {
    const err = await printIssue(articles(22, () => 9)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(/^Bản tin dài (6[5-9]|[7-9]\d) trang, vượt quá 64 trang mà Luật Báo chí cho phép/);
  }, 60_000);
});
