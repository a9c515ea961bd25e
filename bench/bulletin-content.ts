// The content of the bulletin benchmark, independent of how it is printed: 24 Vietnamese articles in four
// sections with 40 generated PNG photos (a main image for every article, a body image in 16 of them), body
// paragraphs, a subheading in half of them and a table in every fourth. The app gets it as article
// HTML (htmlToBody); the LibreOffice comparison builds the same blocks into a .docx.
import { escapeAttr, escapeHtml } from '../src/core/printing/html-text';
import { landscapePng, PALETTES } from '../src/main/sample/images';
import { evenParagraphs, generateArticle } from './articles';
import { Random } from './random';

export interface BenchImage {
  png: Uint8Array;
  /** Pixels; the print shows it at 96 dpi, never wider than the text column. */
  width: number;
  height: number;
  caption: string;
}

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h2'; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'image'; image: BenchImage };

export interface ArticleSpec {
  title: string;
  summary: string;
  author: string;
  main: BenchImage;
  blocks: Block[];
}

export interface BulletinSpec {
  sections: { title: string; articles: ArticleSpec[] }[];
}

export const ARTICLE_COUNT = 24;
const SECTION_TITLES = ['Tin tức – Sự kiện', 'Kinh tế – Xã hội', 'Văn hóa – Giáo dục', 'Quốc phòng – An ninh'];
const MAIN_SIZES: [number, number][] = [[800, 450], [640, 360], [960, 540], [720, 405]];
const BODY_SIZES: [number, number][] = [[480, 270], [560, 420], [400, 300], [600, 338]];
const HEADINGS = ['Kết quả nổi bật', 'Những khó khăn, vướng mắc', 'Nhiệm vụ trọng tâm thời gian tới', 'Giải pháp thực hiện'];
const INDICATORS = [
  'Đường giao thông nông thôn được bê tông hóa (km)',
  'Hộ dân sử dụng nước sạch (%)',
  'Lao động được giải quyết việc làm (người)',
  'Hộ thoát nghèo (hộ)',
  'Diện tích lúa xuống giống (ha)',
  'Thu ngân sách nhà nước (tỷ đồng)',
  'Hồ sơ thủ tục hành chính giải quyết đúng hạn (%)'
];
const BODY_CAPTIONS = [
  'Cán bộ, đoàn viên và người dân ra quân thực hiện phong trào tại ấp Gò Dầu.',
  'Lãnh đạo thị xã kiểm tra tiến độ thi công công trình.',
  'Quang cảnh hội nghị tại hội trường Ủy ban nhân dân thị xã.',
  'Người dân làm thủ tục tại Bộ phận tiếp nhận và trả kết quả.'
];

/** Always the same bulletin (seeded): 24 articles, 40 images. */
export function bulletinSpec(): BulletinSpec {
  const r = new Random(2026_12);
  let bodyImages = 0;
  const articles: ArticleSpec[] = [];
  for (let i = 0; i < ARTICLE_COUNT; i++) {
    const g = generateArticle(r, i, ARTICLE_COUNT);
    const words = r.int(300, 620);
    const paragraphs = evenParagraphs(r, Math.max(4, Math.round(words / 75)), words);
    const blocks: Block[] = paragraphs.map((text) => ({ kind: 'p', text }));
    if (i % 4 === 1) blocks.splice(3, 0, { kind: 'table', rows: table(r) });
    if (i % 2 === 0) blocks.splice(Math.ceil(blocks.length / 2), 0, { kind: 'h2', text: HEADINGS[(i / 2) % HEADINGS.length]! });
    if (i % 3 !== 2) {
      const [w, h] = BODY_SIZES[bodyImages % BODY_SIZES.length]!;
      blocks.splice(2, 0, { kind: 'image', image: photo(i, 1, w, h, BODY_CAPTIONS[bodyImages % BODY_CAPTIONS.length]!) });
      bodyImages++;
    }
    const [w, h] = MAIN_SIZES[i % MAIN_SIZES.length]!;
    articles.push({ title: g.title, summary: g.summary, author: g.author, main: photo(i, 0, w, h, `Ảnh minh họa: ${g.title}`), blocks });
  }
  const per = ARTICLE_COUNT / SECTION_TITLES.length;
  return { sections: SECTION_TITLES.map((title, s) => ({ title, articles: articles.slice(s * per, (s + 1) * per) })) };
}

export function imageCount(spec: BulletinSpec): number {
  const articles = spec.sections.flatMap((s) => s.articles);
  return articles.length + articles.flatMap((a) => a.blocks).filter((b) => b.kind === 'image').length;
}

/** The article body as the editor's HTML; `src` gives each image's "media:<hash>" reference. */
export function bodyHtml(blocks: Block[], src: (image: BenchImage) => string): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'p':
          return `<p>${escapeHtml(b.text)}</p>`;
        case 'h2':
          return `<h2>${escapeHtml(b.text)}</h2>`;
        case 'table':
          return `<table><tbody>${b.rows.map((row, r) => `<tr>${row.map((c) => (r === 0 ? `<th>${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`).join('')}</tbody></table>`;
        case 'image':
          return `<figure><img src="${escapeAttr(src(b.image))}" alt="${escapeAttr(b.image.caption)}"><figcaption>${escapeHtml(b.image.caption)}</figcaption></figure>`;
      }
    })
    .join('\n');
}

/** A photo of its own (the sun's colour differs per article and slot), so no two images are the same bytes. */
function photo(article: number, slot: number, width: number, height: number, caption: string): BenchImage {
  const palette = PALETTES[(article + slot) % PALETTES.length]!;
  return { png: landscapePng({ ...palette, sun: [255, 120 + article * 5, 60 + slot * 80] }, width, height), width, height, caption };
}

function table(r: Random): string[][] {
  const rows = [['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ']];
  const start = r.int(0, INDICATORS.length - 1);
  const count = r.int(3, 5);
  for (let k = 0; k < count; k++) {
    const plan = r.int(20, 900);
    const done = Math.round(plan * (0.8 + r.next() * 0.4));
    rows.push([INDICATORS[(start + k) % INDICATORS.length]!, plan.toLocaleString('vi'), done.toLocaleString('vi'), `${((done / plan) * 100).toFixed(1).replace('.', ',')}%`]);
  }
  return rows;
}
