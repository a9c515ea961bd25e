// The IPC side of the transport: one invoke channel, sender checked before anything is parsed. Each
// window's web contents is its own connection (`wc:<id>`), so its login session ends with it.
import { ipcMain } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/channels';
import { ErrorCode, type Result } from '../../shared/errors';
import type { Dispatch } from '../dispatch';
import type { SessionManager } from '../sessions/session-manager';
import { isAppUrl } from './protocol';

export function registerInvokeHandler(dispatch: Dispatch, sessions: SessionManager, log: (line: string) => void): void {
  const watched = new Set<number>();
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
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
    return dispatch(String(method), input, { connectionId });
  });
}
