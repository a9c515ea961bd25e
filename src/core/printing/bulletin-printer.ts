// Prints a bulletin issue to PDF: the profile in force on the issue's date, the articles in their
// sections, images inlined, page numbers found by paginate(). Long prints report progress as
// "job.progress" events (kind "print"). Any logged-in user may print an issue that exists.
import type { UserRef } from '../../shared/article';
import { issueInstant, type BulletinProfileVersion } from '../../shared/bulletin';
import { AppError, ErrorCode } from '../../shared/errors';
import type { BulletinService } from '../bulletins/bulletin-service';
import type { EventSink } from '../events';
import type { Clock, IdGenerator, MediaStore } from '../ports';
import type { HtmlSanitizer } from '../publishing/render';
import { articleAnchor, bulletinHtml, IMPRINT_ANCHOR } from './bulletin-html';
import { paginate } from './bulletin-pages';
import { PAGE_SIZES } from './print-article';
import { imageDataUrlFrom, type PrintedFile } from './printing-service';
import type { PdfInspector, PdfRenderer, PrintFonts } from './ports';

export interface BulletinPrinterDeps {
  bulletins: Pick<BulletinService, 'contents'>;
  profile: { forDate(iso: string): BulletinProfileVersion | null };
  media: Pick<MediaStore, 'get'>;
  sanitizer: HtmlSanitizer;
  fonts: PrintFonts;
  pdf: PdfRenderer;
  inspector: PdfInspector;
  events: EventSink;
  ids: IdGenerator;
  clock: Clock;
}

export interface PrintedBulletin extends PrintedFile {
  pageCount: number;
  /** Page where each article starts, in issue order (as the table of contents says). */
  articlePages: number[];
  draft: boolean;
}

export class BulletinPrinter {
  constructor(private readonly d: BulletinPrinterDeps) {}

  async print(issueId: string, _user: UserRef): Promise<PrintedBulletin> {
    const { issue, sections } = this.d.bulletins.contents(issueId);
    const articles = sections.flatMap((s) => s.articles);
    if (articles.length === 0) throw new AppError(ErrorCode.INVALID_INPUT, `Bản tin Số ${issue.number} chưa có bài nào; hãy thêm bài trước khi in.`);
    const profile = this.d.profile.forDate(issueInstant(issue.date));
    if (!profile) {
      throw new AppError(ErrorCode.INVALID_INPUT, 'Chưa có thông tin bản tin (tên, giấy phép, nơi in, người chịu trách nhiệm xuất bản): hãy nhập trong Cài đặt › Bản tin trước khi in.');
    }
    const jobId = this.d.ids.newId();
    const label = `In bản tin Số ${issue.number}`;
    const progress = (done: number, state: 'running' | 'done' | 'failed', error?: string) =>
      this.d.events.emit('job.progress', { jobId, kind: 'print', label, done, total: 3, state, ...(error ? { error } : {}) });
    const imageDataUrl = imageDataUrlFrom(this.d.media);
    const size = PAGE_SIZES[profile.pageSize];
    const anchors = [...articles.map((_, i) => articleAnchor(i)), IMPRINT_ANCHOR];
    try {
      const result = await paginate({
        build: bulletinHtml(
          { number: issue.number, date: issue.date, profile, sections, draft: issue.draft, fonts: this.d.fonts.fonts(), imageDataUrl },
          this.d.sanitizer
        ),
        anchors,
        pageSize: profile.pageSize,
        contentHeightMm: size.height - profile.margins.top - profile.margins.bottom,
        pdf: this.d.pdf,
        inspector: this.d.inspector,
        onPass: (pass) => progress(Math.min(pass - 1, 2), 'running')
      });
      progress(3, 'done');
      return {
        fileName: `ban-tin-so-${issue.number}${issue.draft ? '-ban-nhap' : ''}.pdf`,
        bytes: result.bytes,
        pageCount: result.pageCount,
        articlePages: articles.map((_, i) => result.pages[articleAnchor(i)]!),
        draft: issue.draft
      };
    } catch (e) {
      progress(0, 'failed', e instanceof AppError ? e.message : 'In bản tin không thành công.');
      throw e;
    }
  }
}
