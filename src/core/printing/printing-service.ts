// "In bài viết": any logged-in user may print an article to PDF. The print HTML is built here, in the
// core; the PdfRenderer adapter only turns it into pages.
import type { Article, UserRef } from '../../shared/article';
import { AppError, ErrorCode } from '../../shared/errors';
import { detectImageMime } from '../../shared/file-types';
import type { ProfileVersion } from '../../shared/profile';
import type { Clock, MediaStore } from '../ports';
import { asciiFileName } from '../publishing/outbox-worker';
import type { HtmlSanitizer } from '../publishing/render';
import { buildArticlePrintHtml } from './print-article';
import type { PageSize, PdfRenderer, PrintFonts } from './ports';

export interface PrintingServiceDeps {
  articles: { get(id: string): Article };
  profile: { at(iso: string): ProfileVersion | null };
  media: Pick<MediaStore, 'get'>;
  sanitizer: HtmlSanitizer;
  fonts: PrintFonts;
  pdf: PdfRenderer;
  clock: Clock;
  /** The approval fingerprint of the article's current, valid sign-off; '' when it is not signed. */
  fingerprint(article: Article): string;
}

export interface PrintedFile {
  fileName: string;
  bytes: Uint8Array;
}

export class PrintingService {
  constructor(private readonly d: PrintingServiceDeps) {}

  /** The print HTML of one article (what printArticle sends to the PDF engine). */
  articleHtml(articleId: string, pageSize: PageSize = 'A4'): string {
    return this.compose(articleId, pageSize).html;
  }

  /** "In bài viết": the article as a PDF with its file name. Any logged-in user may print. */
  async printArticle(articleId: string, _user: UserRef, pageSize: PageSize = 'A4'): Promise<PrintedFile> {
    const { article, profile, html } = this.compose(articleId, pageSize);
    const bytes = await this.d.pdf.render(html, { pageSize, footer: profile.agencyName });
    return { fileName: asciiFileName(`${article.title.trim() || 'bai-viet'}.pdf`, 'application/pdf'), bytes };
  }

  private compose(articleId: string, pageSize: PageSize): { article: Article; profile: ProfileVersion; html: string } {
    const article = this.d.articles.get(articleId);
    const now = this.d.clock.now().toISOString();
    const date = article.publishAt ?? now;
    // The agency as it stood on the publication date; before the first profile existed, the current one.
    const profile = this.d.profile.at(date) ?? this.d.profile.at(now);
    if (!profile) {
      throw new AppError(ErrorCode.INVALID_INPUT, 'Chưa có hồ sơ cơ quan (tên cơ quan, người Chịu trách nhiệm chính): hãy nhập trong Cài đặt trước khi in.');
    }
    const html = buildArticlePrintHtml(
      {
        article,
        profile,
        date,
        fonts: this.d.fonts.fonts(),
        imageDataUrl: imageDataUrlFrom(this.d.media),
        pageSize,
        fingerprint: this.d.fingerprint(article)
      },
      this.d.sanitizer
    );
    return { article, profile, html };
  }
}

/** A workspace image (by hash) as a data: URL for print HTML, or null when missing or not an image. */
export function imageDataUrlFrom(media: Pick<MediaStore, 'get'>): (hash: string) => string | null {
  return (hash) => {
    const bytes = media.get(hash);
    const mime = bytes ? detectImageMime(bytes) : null;
    return bytes && mime ? `data:${mime};base64,${toBase64(bytes)}` : null;
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without Buffer (the core runs without Node globals). */
export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    const n = (a << 16) | (b << 8) | c;
    chunk += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? B64[n & 63]! : '=');
    if (chunk.length >= 8192) {
      out.push(chunk);
      chunk = '';
    }
  }
  out.push(chunk);
  return out.join('');
}
