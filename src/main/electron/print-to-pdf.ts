// PdfRenderer of the Electron app: the core's self-contained print HTML printed by webContents.printToPDF
// in a hidden, sandboxed window with no preload, no script and no network (its own in-memory session
// cancels every request but data: and the print file itself).
import { BrowserWindow, session, type Session, type WebContents } from 'electron';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { withRunningFooter } from '../../core/printing/print-article';
import type { PdfOptions, PdfRenderer } from '../../core/printing/ports';
import { AppError, ErrorCode } from '../../shared/errors';
import { denyAllPermissions } from './harden';
import { electronPdfOptions, FONT_WAIT_SCRIPT, FONT_WAIT_WORLD, isAllowedPrintUrl, PRINT_WEB_PREFERENCES } from './print-policy';

const FONT_WAIT_MS = 3000;

export interface ElectronPdfOptions {
  /** Give up after this long (ms). */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export class ElectronPdfRenderer implements PdfRenderer {
  private printSession: Session | null = null;
  /** The one file each print window may load (by web contents id). */
  private readonly printFiles = new Map<number, string>();
  private readonly log: (line: string) => void;

  constructor(private readonly opts: ElectronPdfOptions = {}) {
    this.log = opts.log ?? (() => undefined);
  }

  async render(html: string, opts: PdfOptions): Promise<Uint8Array> {
    // A file, not a data: URL: Chromium refuses URLs over 2 MB, and a bulletin inlines many MB of images.
    const dir = await mkdtemp(join(tmpdir(), 'bbt-print-'));
    const file = join(dir, `${randomBytes(8).toString('hex')}.html`);
    let win: BrowserWindow | null = null;
    let contentsId: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    try {
      await writeFile(file, withRunningFooter(html, opts.footer), { encoding: 'utf8', mode: 0o600 });
      win = new BrowserWindow({ show: false, width: 800, height: 1100, webPreferences: { ...PRINT_WEB_PREFERENCES, session: this.session() } });
      const contents = win.webContents;
      lockDown(contents);
      contentsId = contents.id;
      this.printFiles.set(contentsId, file);
      const timeoutMs = this.opts.timeoutMs ?? 60_000;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new AppError(ErrorCode.INTERNAL, 'In PDF quá lâu nên đã dừng. Hãy thử lại.')), timeoutMs);
      });
      const pdf = await Promise.race([this.print(contents, file, opts), timedOut]);
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      clearTimeout(timer);
      if (contentsId !== null) this.printFiles.delete(contentsId);
      if (win && !win.isDestroyed()) win.destroy();
      await rm(dir, { recursive: true, force: true }).catch((err: unknown) => this.log(`[print] cannot remove ${dir}: ${(err as Error).message}`));
    }
  }

  private async print(contents: WebContents, file: string, opts: PdfOptions): Promise<Buffer> {
    // Resolves at did-finish-load (images are data: URLs, so they are in by then).
    await contents.loadURL(pathToFileURL(file).href);
    await this.fontsReady(contents);
    return contents.printToPDF(electronPdfOptions(opts));
  }

  /** Fonts are data: URLs, normally loaded by the load event; waited for anyway, briefly. */
  private async fontsReady(contents: WebContents): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('timeout'), FONT_WAIT_MS)));
    const ready = contents.executeJavaScriptInIsolatedWorld(FONT_WAIT_WORLD, [{ code: FONT_WAIT_SCRIPT }]).then(
      (status: unknown) => String(status),
      (err: unknown) => `error ${(err as Error).message}`
    );
    try {
      const status = await Promise.race([ready, late]);
      if (status !== 'loaded') this.log(`[print] fonts not confirmed loaded (${status}); printing anyway`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** One in-memory session for every print of this run (a partition never goes away once made). */
  private session(): Session {
    if (this.printSession) return this.printSession;
    const s = session.fromPartition(`bbt-print-${randomBytes(8).toString('hex')}`, { cache: false });
    s.webRequest.onBeforeRequest((details, callback) => {
      const own = details.webContentsId === undefined ? undefined : this.printFiles.get(details.webContentsId);
      // Without a web contents id (not expected for a page load), any current print file will do.
      const files = own !== undefined ? [own] : [...this.printFiles.values()];
      const allowed = isAllowedPrintUrl(details.url, undefined) || files.some((f) => isAllowedPrintUrl(details.url, f));
      if (!allowed) this.log(`[print] blocked ${details.url.slice(0, 120)}`);
      callback({ cancel: !allowed });
    });
    denyAllPermissions(s);
    s.on('will-download', (event) => event.preventDefault());
    this.printSession = s;
    return s;
  }
}

/** No navigation, redirect, new window or <webview> from the print page. */
function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
