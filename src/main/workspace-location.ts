// Where the workspace lives: --workspace DIR, else $BBT_WORKSPACE, else the user's data folder.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const WORKSPACE_ENV = 'BBT_WORKSPACE';

/** The per-user data folder, matching Electron's app.getPath('userData') for this app. */
export function defaultUserDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Ban Biên Tập');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Ban Biên Tập');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Ban Biên Tập');
}

export function resolveWorkspaceDir(flag: string | undefined, env = process.env): string {
  if (flag) return resolve(flag);
  if (env[WORKSPACE_ENV]) return resolve(env[WORKSPACE_ENV]);
  return join(defaultUserDataDir(), 'workspace');
}
