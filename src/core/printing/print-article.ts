// "In bài viết": one article as self-contained print HTML (fonts, CSS and images inlined, nothing
// fetched): the agency header as the profile stood on the publication date, title, date line in the
// portal's style, summary, main image with caption, body, byline and the "Chịu trách nhiệm chính"
// block — the same block the portal receives (render.ts). Everything taken from the article goes
// through the HtmlSanitizer before it enters the page.
import type { Article } from '../../shared/article';
import { formatDate, formatPortalDate } from '../../shared/dates';
import type { ProfileVersion } from '../../shared/profile';
import { bodyToHtml } from '../editor/bodyHtml';
import { mediaHashOf } from '../editor/imageSrc';
import { imprintHtml, imprintOf, type HtmlSanitizer } from '../publishing/render';
import { cssString, escapeAttr, escapeHtml } from './html-text';
import type { PageSize, PrintFont } from './ports';

export interface ArticlePrintInput {
  article: Article;
  /** The agency profile in force on `date`. */
  profile: ProfileVersion;
  /** The publication date (or, for an unpublished article, when it is printed). */
  date: string;
  fonts: readonly PrintFont[];
  /** A workspace image (by hash) as a data: URL, or null when the media store does not have it. */
  imageDataUrl: (hash: string) => string | null;
  pageSize: PageSize;
  /** The approval fingerprint when the printed version is signed; '' otherwise. */
  fingerprint: string;
}

/** Page box and margins per page size (mm): [width, height, top, right, bottom, left]. */
export const PAGE_SIZES: Record<PageSize, { width: number; height: number; margin: [number, number, number, number] }> = {
  A4: { width: 210, height: 297, margin: [20, 18, 22, 22] },
  '19x27': { width: 190, height: 270, margin: [16, 15, 20, 18] }
};

export function buildArticlePrintHtml(input: ArticlePrintInput, sanitizer: HtmlSanitizer): string {
  const { article, profile } = input;
  const body = printBodyHtml(article, input.imageDataUrl);
  const byline = [article.publishAt ? formatDate(article.publishAt) : '', article.author.trim()].filter(Boolean).join(' | ');
  const content = [body];
  if (byline) content.push(`<p style="text-align: right"><em>${escapeHtml(byline)}</em></p>`);
  content.push(imprintHtml(imprintOf(profile), input.fingerprint));
  const safe = sanitizer.sanitize(content.join('\n'));
  // A signed version says so on paper, with the fingerprint that "verify" and the portal receipts use.
  // Built here, after the sanitiser (which drops classes), from escaped text only.
  const signed = input.fingerprint ? `<p class="signed">Bản đã ký duyệt · dấu vân tay chữ ký: ${escapeHtml(input.fingerprint)}</p>` : '';

  const figure = mainImageFigure(article, input.imageDataUrl, sanitizer);
  const title = article.title.trim() || 'Bài viết chưa có tiêu đề';

  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
${fontFaces(input.fonts)}
${printCss(input.pageSize)}
</style>
</head>
<body>
<header class="agency">
${profile.parentAgency.trim() ? `<div class="parent">${escapeHtml(profile.parentAgency)}</div>` : ''}
<div class="name">${escapeHtml(profile.agencyName)}</div>
</header>
<article>
<h1 class="title">${escapeHtml(title)}</h1>
<div class="dateline">${escapeHtml(formatPortalDate(input.date))}</div>
${article.summary.trim() ? `<div class="summary">${escapeHtml(article.summary)}</div>` : ''}
${figure ? `<div class="main-image">${figure}</div>` : ''}
<div class="body">
${safe}
</div>
${signed}
</article>
</body>
</html>
`;
}

/** The body as HTML with workspace images inlined; the page has no network, so nothing else prints (not yet sanitised). */
/** `headingsBelow`: the level of the title the body is printed under, when not the page's own h1. */
export function printBodyHtml(article: Article, imageDataUrl: (hash: string) => string | null, headingsBelow?: number): string {
  const resolveImageSrc = (src: string): string => {
    const hash = mediaHashOf(src);
    if (hash) return imageDataUrl(hash) ?? '';
    return src.startsWith('data:') ? src : '';
  };
  return bodyToHtml(article.body, { resolveImageSrc, headingsBelow });
}

/** The article's main image with its caption, sanitised; '' without an image. */
export function mainImageFigure(article: Article, imageDataUrl: (hash: string) => string | null, sanitizer: HtmlSanitizer): string {
  const image = article.imageHash ? imageDataUrl(article.imageHash) : null;
  if (!image) return '';
  const caption = article.imageCaption.trim() ? `<figcaption>${escapeHtml(article.imageCaption)}</figcaption>` : '';
  return sanitizer.sanitize(`<figure><img src="${escapeAttr(image)}" alt="${escapeAttr(article.imageCaption)}">${caption}</figure>`);
}

export function fontFaces(fonts: readonly PrintFont[]): string {
  return fonts
    .map(
      (f) =>
        `@font-face { font-family: '${f.family}'; font-style: ${f.style}; font-weight: ${f.weight}; ` +
        `src: url(data:font/woff2;base64,${f.woff2Base64}) format('woff2'); unicode-range: ${f.unicodeRange}; }`
    )
    .join('\n');
}

/** The shared print typography; `margins` [top, right, bottom, left] in mm override the page size's own. */
export function printCss(pageSize: PageSize, margins?: readonly [number, number, number, number]): string {
  const p = PAGE_SIZES[pageSize];
  const [top, right, bottom, left] = margins ?? p.margin;
  return `@page { size: ${p.width}mm ${p.height}mm; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm; }
html { font-family: 'Noto Serif', serif; font-size: 12pt; line-height: 1.45; color: #000; background: #fff; }
body { margin: 0; hyphens: manual; -webkit-hyphens: manual; widows: 3; orphans: 3; overflow-wrap: break-word; }
p, li, blockquote, figcaption, td, th { widows: 3; orphans: 3; }
.agency { font-family: 'Noto Sans', sans-serif; text-align: center; text-transform: uppercase; line-height: 1.35; margin-bottom: 6mm; }
.agency .parent { font-size: 11pt; }
.agency .name { font-size: 12pt; font-weight: 700; }
.agency::after { content: ''; display: block; width: 40mm; margin: 2mm auto 0; border-bottom: 0.6pt solid #000; }
h1.title { font-family: 'Noto Sans', sans-serif; font-size: 18pt; line-height: 1.3; font-weight: 700; margin: 0 0 2mm; break-after: avoid; }
.dateline { font-family: 'Noto Sans', sans-serif; font-size: 9.5pt; color: #444; margin-bottom: 4mm; break-after: avoid; }
.summary { font-weight: 700; text-align: justify; margin-bottom: 4mm; }
.body { text-align: justify; }
.body p { margin: 0 0 3mm; }
h2, h3, h4, h5, h6 { font-family: 'Noto Sans', sans-serif; line-height: 1.3; break-after: avoid; margin: 5mm 0 2mm; }
figure { margin: 3mm 0 4mm; text-align: center; break-inside: avoid; }
img { max-width: 100%; max-height: 180mm; height: auto; break-inside: avoid; }
figcaption { font-size: 10pt; font-style: italic; color: #333; margin-top: 1.5mm; text-align: center; }
table { border-collapse: collapse; width: 100%; margin: 3mm 0 4mm; font-size: 10.5pt; text-align: left; }
tr { break-inside: avoid; }
th, td { border: 0.6pt solid #555; padding: 1.2mm 2mm; vertical-align: top; }
th { font-weight: 700; background: #eee; }
td p, th p { margin: 0; }
blockquote { margin: 3mm 8mm; font-style: italic; }
a { color: inherit; text-decoration: none; }
hr { border: 0; border-top: 0.6pt solid #000; margin: 6mm 0 3mm; }
section[data-bbt-fingerprint] { font-family: 'Noto Sans', sans-serif; font-size: 9.5pt; line-height: 1.4; text-align: left; break-inside: avoid; }
section[data-bbt-fingerprint] p { margin: 0 0 0.8mm; }
p.signed { font-family: 'Noto Sans', sans-serif; font-size: 8.5pt; color: #333; margin-top: 2mm; text-align: left; overflow-wrap: anywhere; }`;
}

/**
 * The running footer (plain text) and "Trang N/M" as CSS page-margin boxes (none without a footer: a
 * bulletin's HTML sets its own), so that it is printed with
 * the page's own embedded fonts by every Chromium-based engine (Electron's printToPDF included).
 */
export function withRunningFooter(html: string, footer: string | undefined): string {
  if (footer === undefined) return html;
  const box = "font-family: 'Noto Sans', sans-serif; font-size: 8.5pt; color: #444; vertical-align: top; padding-top: 5mm;";
  const left = footer?.trim() ? `@bottom-left { content: "${cssString(footer.trim())}"; ${box} } ` : '';
  const style = `<style>@page { ${left}@bottom-right { content: "Trang " counter(page) "/" counter(pages); ${box} } }</style>`;
  return html.includes('</head>') ? html.replace('</head>', `${style}\n</head>`) : style + html;
}
