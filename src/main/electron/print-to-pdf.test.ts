// ElectronPdfRenderer over a fake `electron` module (no binary here): the hidden window's settings, the
// print file it loads and what it may request, clean-up after success and failure.
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;
interface FakeWindow {
  options: Record<string, unknown>;
  loaded: string[];
  fileSeen: string | null;
  destroyed: boolean;
  printOptions: unknown[];
  contents: { id: number; events: Map<string, Listener>; windowOpen: Listener | null };
}

const fake = vi.hoisted(() => ({
  windows: [] as FakeWindow[],
  partitions: [] as Array<{ name: string; options: unknown }>,
  onBeforeRequest: null as null | ((details: { url: string; webContentsId?: number }, cb: (r: { cancel?: boolean }) => void) => void),
  permissionRequest: null as null | Listener,
  hangLoad: false,
  failPrint: null as null | Error,
  fontStatus: 'loaded' as unknown
}));

vi.mock('electron', () => {
  let nextId = 1;
  class BrowserWindow {
    record: FakeWindow;
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      const contents = { id: nextId++, events: new Map<string, Listener>(), windowOpen: null as Listener | null };
      const record: FakeWindow = { options, loaded: [], fileSeen: null, destroyed: false, printOptions: [], contents };
      this.record = record;
      fake.windows.push(record);
      this.webContents = {
        id: contents.id,
        on: (name: string, h: Listener) => contents.events.set(name, h),
        setWindowOpenHandler: (h: Listener) => (contents.windowOpen = h),
        loadURL: async (url: string) => {
          record.loaded.push(url);
          if (fake.hangLoad) return new Promise(() => undefined);
          // What the session's request filter says about the page's own load.
          let cancelled: boolean | undefined;
          fake.onBeforeRequest!({ url, webContentsId: contents.id }, (r) => (cancelled = r.cancel));
          if (cancelled) throw new Error('ERR_BLOCKED_BY_CLIENT');
          record.fileSeen = readFileSync(fileURLToPath(url), 'utf8');
        },
        executeJavaScriptInIsolatedWorld: async (world: number, scripts: Array<{ code: string }>) => {
          expect(world).toBeGreaterThan(999);
          expect(scripts[0]!.code).toContain('document.fonts.ready');
          return fake.fontStatus;
        },
        printToPDF: async (options: unknown) => {
          record.printOptions.push(options);
          if (fake.failPrint) throw fake.failPrint;
          return Buffer.from('%PDF-1.7 fake');
        }
      };
    }
    isDestroyed() {
      return this.record.destroyed;
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  const printSession = Object.assign(new EventEmitter(), {
    webRequest: { onBeforeRequest: (h: typeof fake.onBeforeRequest) => (fake.onBeforeRequest = h) },
    setPermissionRequestHandler: (h: Listener) => (fake.permissionRequest = h),
    setPermissionCheckHandler: () => undefined
  });
  return {
    BrowserWindow,
    shell: { openExternal: () => Promise.resolve() },
    session: {
      fromPartition: (name: string, options: unknown) => {
        fake.partitions.push({ name, options });
        return printSession;
      }
    }
  };
});

const { ElectronPdfRenderer } = await import('./print-to-pdf');

beforeEach(() => {
  fake.failPrint = null;
  fake.hangLoad = false;
  fake.fontStatus = 'loaded';
});

describe('ElectronPdfRenderer', () => {
  const html = '<!doctype html><html><head><title>t</title></head><body><p>Bản tin</p></body></html>';

  it('prints from a hidden, sandboxed window with no preload, in its own in-memory session, then cleans up', async () => {
    const lines: string[] = [];
    const pdf = new ElectronPdfRenderer({ log: (l) => lines.push(l) });
    const bytes = await pdf.render(html, { pageSize: 'A4', footer: 'Bản tin số 3' });
    expect(Buffer.from(bytes).toString('latin1')).toBe('%PDF-1.7 fake');

    const win = fake.windows.at(-1)!;
    expect(win.options.show).toBe(false);
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false });
    expect(prefs).not.toHaveProperty('preload');
    expect(prefs['session']).toBeDefined();
    expect(fake.partitions).toHaveLength(1);
    expect(fake.partitions[0]!.name).toMatch(/^bbt-print-[0-9a-f]{16}$/);

    // The print HTML went through a private temporary file, with the running footer added.
    const loaded = win.loaded[0]!;
    expect(loaded).toMatch(/^file:\/\/.*bbt-print-[^/]+\/[0-9a-f]{16}\.html$/);
    expect(win.fileSeen).toContain('Bản tin số 3');
    expect(win.fileSeen).toContain('counter(pages)');
    expect(existsSync(fileURLToPath(loaded))).toBe(false);
    expect(win.destroyed).toBe(true);
    expect(win.printOptions).toEqual([expect.objectContaining({ pageSize: { width: 8.2677, height: 11.6929 }, preferCSSPageSize: true, printBackground: true })]);
    expect(lines).toEqual([]);

    // No window.open, navigation, redirect or <webview>.
    expect(win.contents.windowOpen!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      win.contents.events.get(name)!({ preventDefault: () => (prevented = true) }, 'https://example.com/');
      expect(prevented, name).toBe(true);
    }
  });

  it('cancels every request but data: and the print file, also once the print is over', async () => {
    const pdf = new ElectronPdfRenderer();
    await pdf.render(html, { pageSize: '19x27' });
    const win = fake.windows.at(-1)!;
    const verdict = (url: string, webContentsId?: number) => {
      let cancel: boolean | undefined;
      fake.onBeforeRequest!({ url, webContentsId }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('data:image/png;base64,AAAA', win.contents.id)).toBe(false);
    expect(verdict('https://example.com/anh.png', win.contents.id)).toBe(true);
    expect(verdict('bbt://media/abc', win.contents.id)).toBe(true);
    expect(verdict('file:///etc/passwd', win.contents.id)).toBe(true);
    expect(verdict(win.loaded[0]!, win.contents.id)).toBe(true);
  });

  it('denies permissions and downloads in the print session', async () => {
    await new ElectronPdfRenderer().render(html, { pageSize: 'A4' });
    const granted: boolean[] = [];
    fake.permissionRequest!({}, 'notifications', (ok: boolean) => granted.push(ok));
    expect(granted).toEqual([false]);
    let prevented = false;
    const { session } = await import('electron');
    session.fromPartition('x').emit('will-download', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('closes the window and removes the file when printing fails', async () => {
    fake.failPrint = new Error('Printing failed');
    await expect(new ElectronPdfRenderer().render(html, { pageSize: 'A4' })).rejects.toThrow('Printing failed');
    const win = fake.windows.at(-1)!;
    expect(win.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(win.loaded[0]!))).toBe(false);
  });

  it('gives up with a Vietnamese message when the page never loads', async () => {
    fake.hangLoad = true;
    await expect(new ElectronPdfRenderer({ timeoutMs: 50 }).render(html, { pageSize: 'A4' })).rejects.toThrow('In PDF quá lâu nên đã dừng. Hãy thử lại.');
    const win = fake.windows.at(-1)!;
    expect(win.destroyed).toBe(true);
    expect(win.printOptions).toEqual([]);
    expect(existsSync(fileURLToPath(win.loaded[0]!))).toBe(false);
  });

  it('prints anyway, with a log line, when the fonts cannot be confirmed', async () => {
    fake.fontStatus = undefined;
    const lines: string[] = [];
    const bytes = await new ElectronPdfRenderer({ log: (l) => lines.push(l) }).render(html, { pageSize: 'A4' });
    expect(bytes.length).toBeGreaterThan(0);
    expect(lines).toEqual(['[print] fonts not confirmed loaded (undefined); printing anyway']);
  });
});
