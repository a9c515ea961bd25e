// The rules of the Electron print window and of saving downloads, as plain values and functions (tested
// without Electron): locked-down web preferences, what the print page may load, printToPDF options,
// the Save dialog for a download.
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrintToPDFOptions, SaveDialogOptions, WebPreferences } from 'electron';
import { PAGE_SIZES } from '../../core/printing/print-article';
import type { PdfOptions } from '../../core/printing/ports';

/** The hidden print window: no preload, no Node, no script (the print HTML has none), sandboxed. */
export const PRINT_WEB_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  javascript: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  // A hidden page is throttled; its font loading must not be.
  backgroundThrottling: false
} as const satisfies WebPreferences;

/**
 * Isolated world of the font wait. Script still runs there with javascript:false (Blink runs isolated
 * worlds whatever the page's script setting; the main world would not run it). 999 is Electron's own.
 */
export const FONT_WAIT_WORLD = 1001;
export const FONT_WAIT_SCRIPT = 'document.fonts.ready.then(() => document.fonts.status)';

/**
 * True when the print page may load `url`: inline data, about:blank, and the one temporary file that
 * holds this print's HTML. Everything else (network, other files, custom schemes) is cancelled.
 */
export function isAllowedPrintUrl(url: string, printFile: string | undefined, platform: NodeJS.Platform = process.platform): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:') return true;
  if (parsed.protocol === 'about:') return parsed.pathname === 'blank';
  if (parsed.protocol !== 'file:' || !printFile || parsed.search || parsed.host) return false;
  let path: string;
  try {
    path = fileURLToPath(parsed);
  } catch {
    return false;
  }
  // Windows paths compare without case (C:\Users\... vs c:\users\...).
  const same = (a: string, b: string) => (platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);
  return same(resolve(path), resolve(printFile));
}

const MM_PER_INCH = 25.4;
const inches = (mm: number) => Math.round((mm / MM_PER_INCH) * 10_000) / 10_000;

/**
 * printToPDF options for a page size. The @page rule of the print HTML decides size and margins
 * (preferCSSPageSize); the same values are given here so that the result does not change if it did not.
 * The running footer lives in CSS margin boxes, not in Chromium's header/footer templates.
 */
export function electronPdfOptions(opts: PdfOptions): PrintToPDFOptions {
  const size = PAGE_SIZES[opts.pageSize];
  const [top, right, bottom, left] = size.margin;
  return {
    pageSize: { width: inches(size.width), height: inches(size.height) },
    margins: { top: inches(top), right: inches(right), bottom: inches(bottom), left: inches(left) },
    preferCSSPageSize: true,
    printBackground: true,
    landscape: false,
    displayHeaderFooter: false,
    // Same as the playwright-core adapter: tagged (readable by screen readers) with an outline from the headings.
    generateDocumentOutline: true,
    generateTaggedPDF: true
  };
}

/**
 * The Save dialog of a download (a printed PDF): in the user's Documents folder under the suggested
 * name, filtered by its extension.
 */
export function saveDialogOptionsFor(suggestedName: string, documentsDir: string | null): SaveDialogOptions {
  const name = basename(suggestedName.replace(/\\/g, '/')) || 'tai-lieu';
  const ext = extname(name).slice(1).toLowerCase();
  const pdf = ext === 'pdf';
  return {
    title: pdf ? 'Lưu tệp PDF' : 'Lưu tệp',
    defaultPath: documentsDir ? join(documentsDir, name) : name,
    buttonLabel: 'Lưu',
    filters: pdf ? [{ name: 'PDF', extensions: ['pdf'] }] : ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : []
  };
}
