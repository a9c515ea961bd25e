// Prints a bulletin until its table of contents is true: print, read back from the PDF where every
// article and the imprint landed, print again with those page numbers (and with the space that puts
// the imprint at the bottom of the last page), and stop when a print confirms what it says. The
// numbers only replace blanks of the same width, so the second print nearly always confirms.
import { AppError, ErrorCode } from '../../shared/errors';
import { BULLETIN_MAX_PAGES } from '../../shared/bulletin';
import { IMPRINT_ANCHOR, IMPRINT_END_ANCHOR } from './bulletin-html';
import type { PageSize, PdfInspector, PdfLayout, PdfRenderer } from './ports';

export interface PaginateInput {
  build(pages: Readonly<Record<string, number>> | null, imprintSpacerMm: number): string;
  /** The anchors the table of contents points to (articles and the imprint). */
  anchors: readonly string[];
  pageSize: PageSize;
  /** Height of a page's content box (page height minus top and bottom margins), mm. */
  contentHeightMm: number;
  pdf: PdfRenderer;
  inspector: PdfInspector;
  /** Called before each print (1, 2, …) so that long bulletins can report progress. */
  onPass?: (pass: number) => void;
}

export interface Paginated {
  bytes: Uint8Array;
  pageCount: number;
  /** Page where each anchor starts, as printed in the table of contents. */
  pages: Record<string, number>;
  passes: number;
}

export const MAX_PASSES = 5;
/** The imprint counts as "at the bottom" when less than this is left under it. */
const BOTTOM_SLACK_MM = 4;
/** Left unused under the imprint so that rounding never pushes it onto a new page. */
const SAFETY_MM = 1.5;

export async function paginate(input: PaginateInput): Promise<Paginated> {
  let pages: Record<string, number> | null = null;
  let spacer = 0;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    input.onPass?.(pass);
    const bytes = await input.pdf.render(input.build(pages, spacer), { pageSize: input.pageSize });
    const layout = await input.inspector.inspect(bytes);
    // Only a print without added space says how long the content really is.
    if (spacer === 0 && layout.pageCount > BULLETIN_MAX_PAGES) throw tooLong(layout.pageCount);
    const found = pagesOf(layout, input.anchors);
    const imprint = layout.anchors[IMPRINT_ANCHOR];
    const end = layout.anchors[IMPRINT_END_ANCHOR];
    if (!imprint || !end) throw new AppError(ErrorCode.INTERNAL, 'Không tìm thấy phần thông tin xuất bản trong bản in.');
    const onLastPage = imprint.page === layout.pageCount && end.page === layout.pageCount;
    const free = input.contentHeightMm - end.topMm;
    if (pages !== null && samePages(pages, found) && onLastPage && free < BOTTOM_SLACK_MM) {
      return { bytes, pageCount: layout.pageCount, pages: found, passes: pass };
    }
    pages = found;
    spacer = onLastPage ? Math.max(0, spacer + free - SAFETY_MM) : Math.max(0, spacer - 5);
  }
  throw new AppError(ErrorCode.INTERNAL, `Không dàn được trang bản tin sau ${MAX_PASSES} lần in thử; hãy thử lại hoặc bớt một bài.`);
}

function pagesOf(layout: PdfLayout, anchors: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of anchors) {
    const place = layout.anchors[a];
    if (!place) throw new AppError(ErrorCode.INTERNAL, `Không tìm thấy vị trí của "${a}" trong bản in.`);
    out[a] = place.page;
  }
  return out;
}

function samePages(a: Record<string, number>, b: Record<string, number>): boolean {
  return Object.keys(b).every((k) => a[k] === b[k]);
}

export function tooLong(pageCount: number): AppError {
  return new AppError(
    ErrorCode.INVALID_INPUT,
    `Bản tin dài ${pageCount} trang, vượt quá ${BULLETIN_MAX_PAGES} trang mà Luật Báo chí cho phép. Hãy bớt bài hoặc chia thành hai số.`
  );
}
