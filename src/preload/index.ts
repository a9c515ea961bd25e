// The whole preload: window.bridge (invoke, events, media URLs) over IPC. Nothing else reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { APP_PROTOCOL, EVENT_CHANNEL, INVOKE_CHANNEL } from '../shared/channels';

contextBridge.exposeInMainWorld('bridge', {
  invoke: (method: string, input: unknown, options?: { background?: boolean }) =>
    ipcRenderer.invoke(INVOKE_CHANNEL, method, input, options?.background === true),
  onEvent: (listener: (event: unknown) => void) => {
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  mediaUrl: (hash: string) => (/^[0-9a-f]{64}$/.test(hash) ? `${APP_PROTOCOL}://media/${hash}` : '')
});
