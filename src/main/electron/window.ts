// The one main window: locked-down web preferences, app loaded from bbt://, autosave flushed on close.
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL } from './protocol';

const FLUSH_TIMEOUT_MS = 3000;
/** The app's icon, from the top-level resources/ folder beside package.json (the installer will ship it there too). */
const appIcon = () => join(app.getAppPath(), 'resources', 'icon.png');

export function createMainWindow(log: (line: string) => void): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Ban Biên Tập',
    icon: appIcon(),
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would open links in a new window (denied anyway by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false
    }
  });
  win.once('ready-to-show', () => win.show());

  // Let the renderer's autosave write the last edits before the window goes away (bounded wait).
  let flushed = false;
  win.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    flushed = true;
    void flushRenderer(win, log).finally(() => {
      if (!win.isDestroyed()) win.close();
    });
  });

  void win.loadURL(APP_ENTRY_URL);
  return win;
}

async function flushRenderer(win: BrowserWindow, log: (line: string) => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), FLUSH_TIMEOUT_MS);
  });
  try {
    const outcome = await Promise.race([win.webContents.executeJavaScript('window.bbtFlush ? window.bbtFlush() : null', true), timeout]);
    if (outcome === 'timeout') log('[electron] autosave flush timed out on close');
  } catch (err) {
    log(`[electron] autosave flush failed on close: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}
