// paginate() against a fake engine whose "PDF" is a layout it computes from the HTML it was given:
// what matters here is the loop (numbers confirmed by a print, imprint pushed to the bottom, refusal
// over 64 pages), not Chromium, which bulletin-print.test.ts drives for real.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { IMPRINT_ANCHOR, IMPRINT_END_ANCHOR } from './bulletin-html';
import { paginate } from './bulletin-pages';
import type { PdfInspector, PdfLayout, PdfRenderer } from './ports';

const CONTENT = 230;

/** Articles of given heights (mm) flowing down pages of CONTENT mm after a one-page contents. */
function fakeEngine(heights: number[], imprintMm = 30, numbersShiftText = false) {
  const prints: string[] = [];
  const layouts: PdfLayout[] = [];
  const pdf: PdfRenderer = {
    async render(html) {
      prints.push(html);
      const spacer = Number(/spacer=([\d.]+)/.exec(html)?.[1] ?? 0);
      // A contents page whose numbers make it one line longer (a bad layout that must still converge).
      const numbered = html.includes('numbered');
      let page = 2;
      let top = numbersShiftText && numbered ? 5 : 0;
      const anchors: PdfLayout['anchors'] = {};
      heights.forEach((h, i) => {
        anchors[`a${i}`] = { page, topMm: top };
        top += h;
        while (top > CONTENT) {
          top -= CONTENT;
          page++;
        }
      });
      top += spacer;
      while (top > CONTENT) {
        top -= CONTENT;
        page++;
      }
      if (top + imprintMm > CONTENT) {
        page++;
        top = 0;
      }
      anchors[IMPRINT_ANCHOR] = { page, topMm: top };
      anchors[IMPRINT_END_ANCHOR] = { page, topMm: top + imprintMm };
      const layout = { pageCount: page, anchors };
      layouts.push(layout);
      return new TextEncoder().encode(JSON.stringify(layout));
    }
  };
  const inspector: PdfInspector = { inspect: async (bytes) => JSON.parse(new TextDecoder().decode(bytes)) as PdfLayout };
  return { pdf, inspector, prints, layouts };
}

function run(heights: number[], opts: { imprintMm?: number; shift?: boolean } = {}) {
  const engine = fakeEngine(heights, opts.imprintMm, opts.shift);
  const anchors = [...heights.map((_, i) => `a${i}`), IMPRINT_ANCHOR];
  const passes: number[] = [];
  const result = paginate({
    build: (pages, spacer) => `${pages ? 'numbered ' + JSON.stringify(pages) : 'blank'} spacer=${spacer}`,
    anchors,
    pageSize: '19x27',
    contentHeightMm: CONTENT,
    pdf: engine.pdf,
    inspector: engine.inspector,
    onPass: (p) => passes.push(p)
  });
  return { result, engine, passes };
}

describe('paginate: a table of contents confirmed by the print itself', () => {
  it('prints with blanks, then with the pages the first print showed and the imprint at the bottom', async () => {
    const { result, engine, passes } = run([100, 300, 50, 500]);
    const r = await result;
    expect(r.pages).toEqual({ a0: 2, a1: 2, a2: 3, a3: 3, [IMPRINT_ANCHOR]: 6 });
    expect(engine.prints[0]).toContain('blank');
    expect(engine.prints.at(-1)).toContain(`numbered ${JSON.stringify(r.pages)}`);
    const last = engine.layouts.at(-1)!;
    expect(last.anchors[IMPRINT_ANCHOR]!.page).toBe(last.pageCount);
    expect(CONTENT - last.anchors[IMPRINT_END_ANCHOR]!.topMm).toBeLessThan(4);
    expect(passes).toEqual(Array.from({ length: r.passes }, (_, i) => i + 1));
    expect(r.passes).toBeLessThanOrEqual(3);
  });

  it('moves the imprint to a new last page when it does not fit under the last article', async () => {
    const r = await run([100, 340]).result;
    expect(r.pages[IMPRINT_ANCHOR]).toBe(r.pageCount);
    expect(r.pageCount).toBe(4);
  });

  it('prints again when the numbers themselves changed the layout, until a print confirms them', async () => {
    const { result, engine } = run([228, 228, 228], { shift: true });
    const r = await result;
    const pagesIn = (l: PdfLayout) => Object.fromEntries(Object.keys(r.pages).map((k) => [k, l.anchors[k]!.page]));
    expect(pagesIn(engine.layouts[0]!)).not.toEqual(pagesIn(engine.layouts[1]!));
    expect(r.passes).toBeGreaterThanOrEqual(3);
    expect(r.pages).toEqual(pagesIn(engine.layouts.at(-1)!));
  });

  it('refuses a bulletin over 64 pages with the length it would have', async () => {
    const err = await run(Array.from({ length: 70 }, () => 230)).result.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(/dài 72 trang, vượt quá 64 trang/);
  });

  it('accepts exactly 64 pages', async () => {
    const r = await run(Array.from({ length: 62 }, () => 230), { imprintMm: 0.5 }).result;
    expect(r.pageCount).toBeLessThanOrEqual(64);
  });
});
