// One running app per workspace. Electron's single-instance lock is tied to the userData folder, so each
// workspace gets its own userData sub-folder (named by a hash of the workspace path) before the lock is
// taken. The OS releases the lock when the process dies (no stale lock file after a crash), and a second
// launch on the same workspace is handed to the first through 'second-instance', which focuses its window.
// Different workspaces run side by side. Chromium's own data (cache, localStorage) is per workspace too.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from 'electron';

export function instanceKey(workspaceDir: string, platform = process.platform): string {
  let path = workspaceDir;
  try {
    path = realpathSync(workspaceDir);
  } catch {
    // Not created yet: the app creates it; the resolved path is already absolute.
  }
  if (platform === 'win32' || platform === 'darwin') path = path.toLowerCase();
  return createHash('sha256').update(path).digest('hex').slice(0, 16);
}

/** Must run before 'ready'. Returns false when another instance already has this workspace open. */
export function claimWorkspace(electronApp: App, workspaceDir: string): boolean {
  electronApp.setPath('userData', join(electronApp.getPath('userData'), 'instances', instanceKey(workspaceDir)));
  return electronApp.requestSingleInstanceLock({ workspaceDir });
}
