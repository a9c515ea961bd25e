// Names shared by the preload and the main process. Nothing else may be imported by the preload.
export const INVOKE_CHANNEL = 'bbt:invoke';
export const EVENT_CHANNEL = 'bbt:event';
/** Custom protocol serving the renderer and workspace media in production Electron builds. */
export const APP_PROTOCOL = 'bbt';
