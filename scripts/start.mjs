// `npm start`: build, then run the Electron app; where no Electron binary exists (it cannot be downloaded
// on some machines), run browser mode with the same arguments and open it in the system browser.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, isAbiMismatch, tryDownloadElectron } from './electron-binary.mjs';
import { openThroughLauncher } from './open-url.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const inCI = Boolean(process.env.CI);
const DOWNLOAD_TIMEOUT_MS = 180_000;

function say(line) {
  process.stderr.write(line + '\n');
}

function build() {
  const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    say('Build thất bại — xem lỗi ở trên. / Build failed — see the errors above.');
    process.exit(result.status ?? 1);
  }
}

function electronBinary() {
  const found = findElectronBinary();
  if (found || inCI || process.env.BBT_SKIP_ELECTRON_DOWNLOAD) return found;
  say('Đang thử tải Electron (lần đầu chạy)… / Trying to download Electron (first run)…');
  return tryDownloadElectron(DOWNLOAD_TIMEOUT_MS);
}

function forwardSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

function runElectron(binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  // The app directory (not out/main/index.js) so Electron reads package.json: name, productName, version, main.
  const child = spawn(binary, [root, ...args], { cwd: root, env, stdio: ['inherit', 'inherit', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    if (output.length < 100_000) output += chunk.toString('utf8');
  });
  forwardSignals(child);
  child.on('exit', (code, signal) => {
    if (isAbiMismatch(output)) {
      say('');
      say('better-sqlite3 đang được biên dịch cho Node.js, chưa phải cho Electron. Trên máy có Internet, hãy chạy:');
      say('better-sqlite3 is built for Node.js, not for Electron. On a machine with internet access, run:');
      say('    npx @electron/rebuild -f -w better-sqlite3');
      say('rồi chạy lại / then run again: npm start');
    }
    process.exit(code ?? (signal ? 1 : 0));
  });
}

function hasDisplay() {
  if (process.platform === 'win32' || process.platform === 'darwin') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function openInBrowser(url) {
  // The token goes through a private launcher file, never on the opener's command line.
  openThroughLauncher(url, (command, commandArgs) => {
    const opener = spawn(command, commandArgs, { stdio: 'ignore', detached: true });
    opener.on('error', () => say('Không tự mở được trình duyệt; hãy mở đường dẫn ở trên. / Could not open a browser; open the URL above.'));
    opener.unref();
  });
}

function runBrowserMode() {
  say('Không tìm thấy Electron trên máy này — chạy ở chế độ trình duyệt. Mở đường dẫn URL bên dưới bằng Chrome, Edge hoặc Firefox.');
  say('Electron was not found on this machine and could not be downloaded — starting browser mode instead. Open the URL below.');
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'main', 'browser.ts'), ...args], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit']
  });
  // Only the first link is opened here; a link asked for later (Enter in this terminal) is for
  // another browser, which the user opens themselves.
  let pending = '';
  let opened = false;
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (opened) return;
    pending += chunk.toString('utf8');
    const match = /^URL: (\S+)$/m.exec(pending);
    if (match) {
      opened = true;
      if (!inCI && hasDisplay()) openInBrowser(match[1]);
    }
  });
  forwardSignals(child);
  child.on('exit', (code) => process.exit(code ?? 0));
}

build();
const binary = electronBinary();
if (binary) runElectron(binary);
else runBrowserMode();
