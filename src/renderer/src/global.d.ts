import type { Bridge } from '../../shared/bridge';

declare global {
  interface Window {
    bridge: Bridge;
    /** Called by the Electron shell before closing the window: flush pending autosaves. */
    bbtFlush?: () => Promise<void>;
  }
}
export {};
