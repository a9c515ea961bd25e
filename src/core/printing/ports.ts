// What printing needs from the outside world: a PDF engine (Chromium's printToPDF in Electron,
// playwright-core's Chromium in browser mode and the CLI) and the bundled fonts, which the core inlines
// into self-contained print HTML.

export type PageSize = 'A4' | '19x27';

export interface PdfOptions {
  pageSize: PageSize;
  /** A running footer line printed on every page beside the page number (plain text). */
  footer?: string;
}

/** Prints self-contained HTML (fonts, CSS and images inlined; no network) to PDF bytes. */
export interface PdfRenderer {
  render(html: string, opts: PdfOptions): Promise<Uint8Array>;
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
