// Types for scripts/open-url.mjs.
export function writeLauncher(url: string, parent?: string): { file: string; remove: () => void };
export function openThroughLauncher(url: string, spawnOpener: (command: string, args: string[]) => void, platform?: string): string;
