// What printing needs from the outside world: a PDF engine (Chromium's printToPDF in Electron,
// playwright-core's Chromium in browser mode and the CLI) and the bundled fonts, which the core inlines
// into self-contained print HTML.

export type PageSize = 'A4' | '19x27';

export interface PdfOptions {
  pageSize: PageSize;
  /**
   * A running footer line printed on every page beside "Trang N/M" (plain text). Without it the
   * HTML's own @page rules decide what the page margins show.
   */
  footer?: string;
}

/** Where a named anchor (an element id that some link points to) landed in a printed PDF. */
export interface AnchorPlace {
  /** 1-based page number. */
  page: number;
  /** Distance from the top of the page's content box to the anchor, in mm. */
  topMm: number;
}

export interface PdfLayout {
  pageCount: number;
  /** Page and height of every element a link in the document points to, by id. */
  anchors: Record<string, AnchorPlace>;
}

/** Reads back a printed PDF's page count and link destinations (for tables of contents). */
export interface PdfInspector {
  inspect(pdf: Uint8Array): Promise<PdfLayout>;
}

/** Prints self-contained HTML (fonts, CSS and images inlined; no network) to PDF bytes. */
export interface PdfRenderer {
  render(html: string, opts: PdfOptions): Promise<Uint8Array>;
  /** Releases the engine (a browser kept between prints); the next render starts it again. */
  close?(): Promise<void>;
}

/** One bundled font file (a woff2 subset) as it goes into an @font-face rule. */
export interface PrintFont {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  /** CSS unicode-range of the subset. */
  unicodeRange: string;
  /** The woff2 bytes, base64. */
  woff2Base64: string;
}

/** The fonts shipped under resources/fonts (full Vietnamese coverage: latin + latin-ext + vietnamese). */
export interface PrintFonts {
  fonts(): readonly PrintFont[];
}

/** A QR code symbol (byte mode, error correction level M): dark modules, row by row, without the quiet zone. */
export interface QrEncoder {
  encode(text: string): boolean[][];
}
