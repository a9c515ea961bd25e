// Finding the Electron binary without triggering its lazy download (require('electron') would download).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** Absolute path of an executable Electron binary, or null when none is installed. */
export function findElectronBinary(dir = electronPackageDir()) {
  if (!dir) return null;
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist');
  const binary = join(distDir, relative);
  try {
    accessSync(binary, constants.X_OK);
    return binary;
  } catch {
    return null;
  }
}

/** Runs Electron's own downloader, bounded by `timeoutMs`. Returns the binary path or null. */
export function tryDownloadElectron(timeoutMs) {
  const dir = electronPackageDir();
  if (!dir) return null;
  spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], timeout: timeoutMs });
  return findElectronBinary();
}

/** True when Electron's output says a native module (better-sqlite3) was built for another ABI. */
export function isAbiMismatch(output) {
  return /NODE_MODULE_VERSION|was compiled against a different Node\.js version|ERR_DLOPEN_FAILED/.test(output);
}
