// Electron security checklist for every web contents and the session: no navigation of any frame away
// from the app, no new windows (https and mailto links go to the system), no <webview>, no permission granted.
import { shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl } from './external-url';
import { isAppUrl } from './protocol';

/** The one call of shell.openExternal in the app (eslint forbids others), behind the URL policy. */
export function openOutside(url: string, log: (line: string) => void): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
  else log(`[electron] blocked opening ${url.slice(0, 200)}`);
}

export function hardenWebContents(contents: WebContents, log: (line: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openOutside(url, log);
  });
  // Any frame, main or sub (will-navigate sees only the main frame): stays on the app or does not move.
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log(`[electron] blocked ${event.isMainFrame ? 'main' : 'sub'} frame navigation to ${String(event.url).slice(0, 200)}`);
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
