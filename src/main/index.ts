// Electron entry: the thin shell around the same app the browser mode serves. No business rule here.
import { app, BrowserWindow, dialog, net, protocol, session } from 'electron';
import { fileURLToPath } from 'node:url';
import { APP_PROTOCOL } from '../shared/channels';
import { openApp } from './app';
import { WorkspaceHost } from './workspace-host';
import { resolveWorkspaceDir } from './workspace-location';
import { WorkspaceLockedError } from './workspace-lock';
import { parseShellArgs } from './electron/args';
import { askWhereToSave } from './electron/downloads';
import { denyAllPermissions, hardenWebContents } from './electron/harden';
import { claimWorkspace } from './electron/instance-lock';
import { forwardEvents, registerInvokeHandler } from './electron/ipc';
import { installMenu } from './electron/menu';
import { integratedAuthHosts } from './electron/ntlm';
import { electronOpener } from './electron/local-opener';
import { ElectronPdfRenderer } from './electron/print-to-pdf';
import { APP_SCHEME_PRIVILEGES, createProtocolHandler } from './electron/protocol';
import { safeStorageBox } from './electron/safe-storage-box';
import { createMainWindow } from './electron/window';

const log = (line: string): void => void process.stderr.write(line + '\n');
/** Where Save dialogs open; null when the OS has no Documents folder (the dialog then picks one). */
const documentsDir = (): string | null => {
  try {
    return app.getPath('documents');
  } catch {
    return null;
  }
};
const args = parseShellArgs(process.argv);
const workspaceDir = resolveWorkspaceDir(args.workspace);

protocol.registerSchemesAsPrivileged([{ scheme: APP_PROTOCOL, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));

if (!claimWorkspace(app, workspaceDir)) {
  log(`[electron] workspace ${workspaceDir} is already open in another window; focusing it`);
  app.quit();
} else {
  let bbt: WorkspaceHost | null = null;
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    bbt?.close();
    bbt = null;
  });

  void app.whenReady().then(() => {
    try {
      // A restore from the app reopens the workspace in this process (WorkspaceHost); samples only at first.
      let first = true;
      bbt = new WorkspaceHost((extra) => {
        const sample = first && args.sample;
        first = false;
        return openApp({
          workspaceDir,
          mode: 'electron',
          sample,
          log,
          ...extra,
          // Portal secrets in the OS keychain; portals reached through Chromium's network stack (proxy settings,
          // integrated Windows authentication for SharePoint on premises); PDFs printed by Electron's own Chromium;
          // a folder target's copies opened by the OS.
          overrides: {
            secrets: safeStorageBox() ?? undefined,
            connectors: { fetch: net.fetch.bind(net) as typeof fetch },
            pdf: new ElectronPdfRenderer({ log }),
            opener: electronOpener
          }
        });
      }, log);
    } catch (err) {
      log(`[electron] cannot open workspace ${workspaceDir}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      if (err instanceof WorkspaceLockedError) dialog.showErrorBox('Kho dữ liệu đang được mở ở nơi khác', err.message);
      else dialog.showErrorBox('Không mở được thư mục làm việc', `${workspaceDir}\n\n${(err as Error).message}\n\nHãy kiểm tra thư mục (quyền ghi, dung lượng đĩa) rồi mở lại ứng dụng.`);
      app.exit(1);
      return;
    }
    const host = bbt;
    const opened = host.current;
    // `--sample` on a new workspace generated the sample accounts' password: the only place to read it.
    if (opened.samplePassword !== null) process.stdout.write(`PASSWORD: ${opened.samplePassword}\n`);
    denyAllPermissions(session.defaultSession);
    askWhereToSave(session.defaultSession, documentsDir);
    // Windows credentials only for the SharePoint hosts set to "Windows tích hợp" (read at start).
    const ntlmHosts = integratedAuthHosts(opened.store.targets.list());
    if (ntlmHosts.length > 0) session.defaultSession.allowNTLMCredentialsForDomains(ntlmHosts.join(','));
    const canReadMedia = registerInvokeHandler(host.dispatch, { end: (c) => host.current.sessions.end(c), user: (c) => host.current.sessions.user(c), isLocked: (c) => host.current.sessions.isLocked(c) }, log);
    session.defaultSession.protocol.handle(
      APP_PROTOCOL,
      createProtocolHandler({ rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)), getMedia: (hash) => host.current.media.get(hash), canReadMedia })
    );
    forwardEvents(host);
    installMenu(() => mainWindow, workspaceDir);
    mainWindow = createMainWindow(log);
    mainWindow.on('closed', () => (mainWindow = null));
  });
}
