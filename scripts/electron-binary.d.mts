// Types for scripts/electron-binary.mjs (used by the Electron e2e spec).
/** `packageDir` defaults to the installed electron package. */
export function findElectronBinary(packageDir?: string | null): string | null;
export function tryDownloadElectron(timeoutMs: number): string | null;
export function isAbiMismatch(output: string): boolean;
