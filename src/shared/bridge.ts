// The shape of window.bridge, given by the Electron preload or by the browser-mode bridge script.
import type { Result } from './errors';
import type { AppEvent } from './contract';

export interface Bridge {
  /** `background`: no person started the call (a timer, an event refresh): it does not keep the session awake. */
  invoke(method: string, input: unknown, options?: { background?: boolean }): Promise<Result<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** URL under which the renderer can display a workspace media file (image) by its SHA-256. */
  mediaUrl(hash: string): string;
}
