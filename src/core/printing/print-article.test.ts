import { describe, expect, it } from 'vitest';
import { domPurifySanitizer } from '../../main/adapters/html/sanitize';
import { BundledFonts } from '../../main/adapters/pdf/fonts';
import { memoryMedia, PRINT_PROFILE, printArticleFixture } from '../../main/adapters/pdf/print-fixture';
import { checkAccessibility } from '../publishing/accessibility';
import { buildArticlePrintHtml, withRunningFooter } from './print-article';
import { toBase64 } from './printing-service';

const fonts = new BundledFonts().fonts();

function html(extra = '') {
  const media = memoryMedia();
  const article = printArticleFixture(media, extra);
  const dataUrl = (hash: string) => (media.get(hash) ? `data:image/png;base64,${Buffer.from(media.get(hash)!).toString('base64')}` : null);
  return buildArticlePrintHtml({ article, profile: PRINT_PROFILE, date: article.publishAt!, fonts, imageDataUrl: dataUrl, pageSize: 'A4', fingerprint: '' }, domPurifySanitizer);
}

describe('print HTML of one article', () => {
  it('is self-contained: fonts and images inline, nothing to fetch', () => {
    const page = html('<p><img src="https://example.com/a.png"></p>');
    expect(fonts.map((f) => `${f.family} ${f.weight} ${f.style}`)).toEqual(expect.arrayContaining(['Noto Serif 400 normal', 'Noto Serif 700 normal', 'Noto Serif 400 italic', 'Noto Sans 700 normal']));
    expect(page.match(/@font-face/g)).toHaveLength(fonts.length);
    expect(page.match(/<img src="data:image\/png;base64,/g)).toHaveLength(2);
    expect(page).not.toMatch(/(src|href)="(https?:|media:|file:)/);
    expect(page).toContain("default-src 'none'");
  });

  it('sanitises the body and escapes the fields', () => {
    const page = html('<p onclick="x()">Bài <script>alert(1)</script><a href="javascript:alert(2)">liên kết</a></p>');
    expect(page).not.toMatch(/<script|onclick|javascript:/);
    expect(page).toContain('<h1 class="title">Thị xã Kiến Tường');
  });

  it('carries the agency header, the portal date line, the byline and the imprint of the profile in force', () => {
    const page = html();
    expect(page).toContain('<div class="parent">Ủy ban nhân dân tỉnh Long An</div>');
    expect(page).toContain('<div class="dateline">Thứ 7, Ngày 07/06/2025, 16:00</div>');
    expect(page).toContain('<em>07/06/2025 | Minh Tâm</em>');
    expect(page).toContain('Chịu trách nhiệm chính: Ông Lê Quang Tửu - Chánh Văn phòng HĐND và UBND thị xã');
    expect(page).toMatch(/hyphens: manual; .*widows: 3; orphans: 3/);
    expect(page).toContain('size: 210mm 297mm');
  });

  it('puts the running footer in page-margin boxes, escaped as a CSS string', () => {
    const page = withRunningFooter('<html><head></head><body></body></html>', 'Cơ quan "A" </style><script>');
    expect(page).toContain('@bottom-left { content: "Cơ quan \\"A\\" \\3c /style>\\3c script>";');
    expect(page).toContain('counter(page) "/" counter(pages)');
    expect(page.indexOf('</style>')).toBeLessThan(page.indexOf('</head>'));
  });

  it('passes the accessibility rules as a whole page: lang="vi", a title, headings in order, header cells, alt texts', () => {
    const page = html();
    expect(page).toMatch(/<html lang="vi">[\s\S]*<title>Thị xã Kiến Tường/);
    expect(checkAccessibility(page)).toEqual([]);
    expect(checkAccessibility(html('<table><tr><td>Ô</td></tr></table>')).map((f) => f.message)).toEqual([
      'Bảng thứ 2 (ô đầu “Ô”) chưa có ô tiêu đề: hãy bấm chuột phải vào hàng đầu và bật “Hàng tiêu đề”.'
    ]);
  });

  it('encodes base64 like Buffer', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 1000, 9000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 255);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
