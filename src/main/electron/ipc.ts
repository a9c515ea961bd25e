// The IPC side of the transport: one invoke channel, sender checked before anything is parsed.
import { ipcMain } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/channels';
import { ErrorCode, type Result } from '../../shared/errors';
import type { Dispatch } from '../dispatch';
import type { HandlerContext } from '../handlers/types';
import { isAppUrl } from './protocol';

export function registerInvokeHandler(dispatch: Dispatch, ctx: HandlerContext, log: (line: string) => void): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    const senderUrl = event.senderFrame?.url;
    if (!isAppUrl(senderUrl)) {
      log(`[electron] refused IPC from ${String(senderUrl).slice(0, 200)}`);
      return { ok: false, error: { code: ErrorCode.FORBIDDEN, message: 'Yêu cầu bị từ chối.' } };
    }
    return dispatch(String(method), input, ctx);
  });
}
