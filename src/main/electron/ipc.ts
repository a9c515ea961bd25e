// The IPC side of the transport: one invoke channel, sender checked before anything is parsed. Each
// window's web contents is its own connection (`wc:<id>`), so its login session ends with it. Events
// go the other way on the event channel, to every window showing the app.
import { BrowserWindow, ipcMain } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/channels';
import type { AppEvent } from '../../shared/events';
import { ErrorCode, type Result } from '../../shared/errors';
import type { Dispatch } from '../dispatch';
import type { SessionManager } from '../sessions/session-manager';
import { isAppUrl } from './protocol';

/** Registers the invoke channel; returns whether some app window has a logged-in, unlocked session (media access). */
export function registerInvokeHandler(dispatch: Dispatch, sessions: Pick<SessionManager, 'end' | 'user' | 'isLocked'>, log: (line: string) => void): () => boolean {
  const watched = new Set<number>();
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown, background: unknown): Promise<Result<unknown>> => {
    const senderUrl = event.senderFrame?.url;
    if (!isAppUrl(senderUrl)) {
      log(`[electron] refused IPC from ${String(senderUrl).slice(0, 200)}`);
      return { ok: false, error: { code: ErrorCode.FORBIDDEN, message: 'Yêu cầu bị từ chối.' } };
    }
    const id = event.sender.id;
    const connectionId = `wc:${id}`;
    if (!watched.has(id)) {
      watched.add(id);
      event.sender.once('destroyed', () => {
        watched.delete(id);
        sessions.end(connectionId);
      });
    }
    return dispatch(String(method), input, { connectionId, background: background === true });
  });
  return () => [...watched].some((id) => sessions.user(`wc:${id}`) !== null && !sessions.isLocked(`wc:${id}`));
}

/** Sends every app event to each window that shows the app (never to a page that navigated elsewhere). */
export function forwardEvents(events: { subscribe(listener: (event: AppEvent) => void): () => void }): () => void {
  return events.subscribe((event) => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed() && isAppUrl(win.webContents.getURL())) win.webContents.send(EVENT_CHANNEL, event);
    }
  });
}
