// Electron security checklist for every web contents and the session: no navigation away from the app,
// no new windows (http(s) links go to the system browser), no <webview>, no permission granted.
import { shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './protocol';

/** Links the user may follow outside the app: only web pages, handed to the system browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function openOutside(url: string, log: (line: string) => void): void {
  if (isExternalWebUrl(url)) void shell.openExternal(url);
  else log(`[electron] blocked opening ${url.slice(0, 200)}`);
}

export function hardenWebContents(contents: WebContents, log: (line: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openOutside(url, log);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url, log);
    return { action: 'deny' };
  });
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
