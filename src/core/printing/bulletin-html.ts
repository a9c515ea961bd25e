// One bulletin issue as self-contained print HTML. Page 1 carries what art. 34 of the Press Law asks
// at its top ("BẢN TIN", the name, the agency, the date) and the table of contents; the articles follow
// in their sections; the imprint closes the last page. Page numbers in the contents are not guessed:
// the first print leaves them blank, the PDF's link destinations say where each article landed
// (bulletin-pages.ts), and the next print fills them in.
import type { Article } from '../../shared/article';
import { issueInstant, type BulletinProfileVersion } from '../../shared/bulletin';
import { formatDate, weekdayName } from '../../shared/dates';
import type { HtmlSanitizer } from '../publishing/render';
import { cssString, escapeHtml } from './html-text';
import { fontFaces, mainImageFigure, PAGE_SIZES, printBodyHtml, printCss } from './print-article';
import type { PrintFont } from './ports';

export interface BulletinPrintInput {
  number: number;
  /** yyyy-MM-dd */
  date: string;
  profile: BulletinProfileVersion;
  sections: { title: string; articles: Article[] }[];
  /** Some article is not signed off: every page says "BẢN NHÁP". */
  draft: boolean;
  fonts: readonly PrintFont[];
  imageDataUrl: (hash: string) => string | null;
}

/**
 * The issue's HTML for one print: `pages` is where each anchor landed in the previous print (null on
 * the first), `imprintSpacerMm` the blank space that puts the imprint at the bottom of the last page.
 */
export type BulletinHtml = (pages: Readonly<Record<string, number>> | null, imprintSpacerMm: number) => string;

export const IMPRINT_ANCHOR = 'bbt-an-pham';
export const IMPRINT_END_ANCHOR = 'bbt-an-pham-het';

export function articleAnchor(index: number): string {
  return `bbt-bai-${index + 1}`;
}

/** Converts and sanitises the articles and inlines the images once; each print only fills in the numbers. */
export function bulletinHtml(input: BulletinPrintInput, sanitizer: HtmlSanitizer): BulletinHtml {
  const { profile } = input;
  const day = issueInstant(input.date);
  const dateText = `${weekdayName(day)}, ngày ${formatDate(day)}`;
  let index = 0;
  const toc: { section?: string; anchor?: string; title?: string }[] = [];
  const body: string[] = [];
  for (const section of input.sections) {
    if (section.articles.length === 0) continue;
    const title = section.title.trim();
    if (title) toc.push({ section: title });
    body.push(`<section class="rubric">${title ? `<h2 class="rubric-title">${escapeHtml(title)}</h2>` : ''}`);
    for (const article of section.articles) {
      const anchor = articleAnchor(index++);
      toc.push({ anchor, title: article.title.trim() || 'Bài viết chưa có tiêu đề' });
      // Under a section's h2 the article's title is an h3; without a section title, an h2.
      body.push(articleHtml(article, anchor, title ? 3 : 2, input, sanitizer));
    }
    body.push('</section>');
  }
  toc.push({ anchor: IMPRINT_ANCHOR, title: 'Thông tin xuất bản' });

  const name = profile.name;
  const header = `BẢN TIN ${name.toLocaleUpperCase('vi')}`;
  const right = `Số ${input.number} · ${formatDate(day)}${input.draft ? ' · BẢN NHÁP' : ''}`;
  const main = body.join('\n');
  const style = [
    fontFaces(input.fonts),
    printCss(profile.pageSize, [profile.margins.top, profile.margins.right, profile.margins.bottom, profile.margins.left]),
    bulletinCss(input, header, right)
  ].join('\n');
  return (pages, imprintSpacerMm) => {
    const contents = toc.map((t) => (t.section ? `<li class="toc-section">${escapeHtml(t.section)}</li>` : tocLine(t.anchor!, t.title!, pages?.[t.anchor!])));
    return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(`Bản tin ${name} – Số ${input.number}`)}</title>
<style>
${style}
</style>
</head>
<body>
<header class="masthead">
<div class="kicker">BẢN TIN</div>
<h1 class="bulletin-name">${escapeHtml(name)}</h1>
<div class="publisher">${escapeHtml(profile.agency)}</div>
<div class="issue-line"><span>Số ${input.number}</span><span>${escapeHtml(dateText)}</span></div>
${input.draft ? '<div class="draft-note">BẢN NHÁP – có bài chưa được ký duyệt, không phát hành</div>' : ''}
</header>
<nav class="toc">
<div class="toc-title">TRONG SỐ NÀY</div>
<ol>
${contents.join('\n')}
</ol>
</nav>
<main>
${main}
</main>
${imprintSpacerMm > 0 ? `<div class="imprint-spacer" style="height: ${imprintSpacerMm.toFixed(2)}mm"></div>` : ''}
<footer class="imprint" id="${IMPRINT_ANCHOR}">
<a class="imprint-name" href="#${IMPRINT_END_ANCHOR}">BẢN TIN ${escapeHtml(name)}</a>
<p>Cơ quan xuất bản: ${escapeHtml(profile.agency)}</p>
<p>Người chịu trách nhiệm xuất bản: ${escapeHtml(profile.responsibleName)}</p>
<p>Giấy phép xuất bản số ${escapeHtml(profile.licenceNumber)} cấp ngày ${escapeHtml(profile.licenceDate)}</p>
<p>In tại: ${escapeHtml(profile.printingPlace)}</p>
<p>Số lượng in: ${escapeHtml(profile.printRun)} bản · Kỳ hạn xuất bản: ${escapeHtml(profile.frequency)}</p>
<p>Số ${input.number} phát hành ${escapeHtml(formatDate(day))}</p>
</footer>
<div id="${IMPRINT_END_ANCHOR}"></div>
</body>
</html>
`;
  };
}

function tocLine(anchor: string, title: string, page: number | undefined): string {
  // Same box for "" and "12": the second print must break lines exactly like the first.
  return `<li class="toc-entry"><a href="#${anchor}"><span class="toc-text">${escapeHtml(title)}</span><span class="toc-dots"></span><span class="toc-page">${page ?? ''}</span></a></li>`;
}

function articleHtml(article: Article, anchor: string, level: 2 | 3, input: BulletinPrintInput, sanitizer: HtmlSanitizer): string {
  // The body's own headings come below the article's title, in the document outline and the PDF's tags.
  const safeBody = sanitizer.sanitize(printBodyHtml(article, input.imageDataUrl, level));
  const byline = article.author.trim();
  const figure = mainImageFigure(article, input.imageDataUrl, sanitizer);
  const title = article.title.trim() || 'Bài viết chưa có tiêu đề';
  return `<article class="item item-h${level}">
<h${level} class="item-title" id="${anchor}">${escapeHtml(title)}</h${level}>
${article.summary.trim() ? `<div class="summary">${escapeHtml(article.summary)}</div>` : ''}
${figure}
<div class="body">
${safeBody}
</div>
${byline ? `<p class="byline">${escapeHtml(byline)}</p>` : ''}
</article>`;
}

function bulletinCss(input: BulletinPrintInput, header: string, right: string): string {
  const m = input.profile.margins;
  const page = PAGE_SIZES[input.profile.pageSize];
  const contentHeight = page.height - m.top - m.bottom;
  const box = "font-family: 'Noto Sans', sans-serif; font-size: 8pt; color: #333;";
  return `@page {
  @top-left { content: "${cssString(header)}"; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: "${cssString(right)}"; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { content: counter(page); ${box} font-size: 9pt; vertical-align: top; padding-top: 4mm; }
}
@page :first { @top-left { content: none; } @top-right { content: none; } }
html { font-size: 11pt; line-height: 1.42; }
img { max-height: ${Math.max(60, contentHeight - 45)}mm; }
.masthead { text-align: center; border-bottom: 2pt solid #000; padding-bottom: 3mm; margin-bottom: 5mm; font-family: 'Noto Sans', sans-serif; }
.masthead .kicker { font-size: 14pt; font-weight: 700; }
.masthead .bulletin-name { font-family: 'Noto Serif', serif; font-size: 26pt; font-weight: 700; line-height: 1.2; margin: 1mm 0 2mm; text-transform: uppercase; }
.masthead .publisher { font-size: 11pt; font-weight: 700; text-transform: uppercase; }
.masthead .issue-line { display: flex; justify-content: space-between; border-top: 0.6pt solid #000; margin-top: 3mm; padding-top: 1.5mm; font-size: 10pt; }
.masthead .draft-note { margin-top: 2mm; font-weight: 700; font-size: 10pt; border: 1pt solid #000; padding: 1mm; }
.toc { font-family: 'Noto Sans', sans-serif; break-after: page; }
.toc-title { font-weight: 700; font-size: 12pt; margin-bottom: 2mm; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc-section { font-weight: 700; font-size: 10pt; margin: 3mm 0 1mm; break-after: avoid; }
.toc-entry { break-inside: avoid; font-size: 10.5pt; margin: 0 0 1.2mm; }
.toc-entry a { display: flex; align-items: baseline; gap: 2mm; }
.toc-text { flex: 0 1 auto; }
.toc-dots { flex: 1 0 6mm; border-bottom: 1pt dotted #555; align-self: flex-end; margin-bottom: 1.2mm; }
.toc-page { flex: 0 0 8mm; text-align: right; font-variant-numeric: tabular-nums; font-weight: 700; }
.rubric-title { font-family: 'Noto Sans', sans-serif; font-size: 10.5pt; border-top: 2pt solid #000; border-bottom: 0.6pt solid #000; padding: 1mm 0; margin: 6mm 0 4mm; break-after: avoid; }
.rubric:first-child .rubric-title { margin-top: 0; }
.item { margin-bottom: 6mm; }
.item + .item { border-top: 0.6pt solid #777; padding-top: 4mm; }
.item-title { font-family: 'Noto Sans', sans-serif; font-size: 15pt; line-height: 1.28; margin: 0 0 2.5mm; break-after: avoid; }
.body h3, .body h4, .body h5, .body h6 { font-size: 11.5pt; }
.item-h2 .body h3, .item-h3 .body h4 { font-size: 12.5pt; }
.summary { font-weight: 700; text-align: justify; margin-bottom: 3mm; break-before: avoid; }
.byline { text-align: right; font-weight: 700; margin-top: 2mm; }
.imprint { break-inside: avoid; border-top: 1pt solid #000; padding-top: 2mm; font-family: 'Noto Sans', sans-serif; font-size: 8.5pt; line-height: 1.4; }
.imprint p { margin: 0; }
.imprint .imprint-name { display: block; font-weight: 700; font-size: 9.5pt; text-transform: uppercase; }
.imprint-spacer { break-before: avoid; }`;
}
