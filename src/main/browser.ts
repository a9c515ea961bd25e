// Browser mode: the same handlers and renderer as the Electron app, served on 127.0.0.1 with a per-run
// token. `npm run browser -- --workspace DIR [--port N] [--sample [--password P]]`. Prints one `URL: …`
// line on stdout, then `PASSWORD: …` when it generated the sample accounts' password; logs go to stderr.
// Each URL opens the app once; every line read on stdin (Enter in the terminal) prints a new `URL: …`.
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openApp } from './app';
import { WorkspaceHost } from './workspace-host';
import { resolveWorkspaceDir } from './workspace-location';
import { WorkspaceLockedError } from './workspace-lock';
import { startHttpServer } from './transport/http-server';

const log = (line: string): void => void process.stderr.write(line + '\n');
const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));

function fail(message: string): never {
  log(message);
  process.exit(1);
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Cổng không hợp lệ: "${value}" (0–65535) / Invalid --port "${value}" (0–65535).`);
  return port;
}

async function main(): Promise<void> {
  let values: { workspace?: string; port?: string; sample?: boolean; password?: string };
  try {
    ({ values } = parseArgs({
      options: { workspace: { type: 'string' }, port: { type: 'string' }, sample: { type: 'boolean' }, password: { type: 'string' } }
    }));
  } catch (err) {
    fail(`${(err as Error).message}\nCách dùng / Usage: npm run browser -- --workspace THƯ_MỤC [--port N] [--sample [--password MẬT_KHẨU]]`);
  }
  if (values.password !== undefined && [...values.password].length < 8) fail('Mật khẩu mẫu phải có ít nhất 8 ký tự / --password needs at least 8 characters.');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    fail(`Chưa build giao diện / The renderer is not built (${rendererDir}/index.html missing). Run "npx electron-vite build" first (npm run browser does it).`);
  }
  const workspaceDir = resolveWorkspaceDir(values.workspace);
  const port = parsePort(values.port);

  let host: WorkspaceHost;
  try {
    // A restore from the app reopens the workspace in this process: never seeds samples again.
    let first = true;
    host = new WorkspaceHost((extra) => {
      const sample = first && (values.sample ?? false);
      first = false;
      return openApp({ workspaceDir, mode: 'browser', sample, samplePassword: values.password, log, ...extra });
    }, log);
  } catch (err) {
    // The lock's refusal is a whole sentence naming who holds the workspace and what to do.
    if (err instanceof WorkspaceLockedError) fail(err.message);
    fail(`Không mở được thư mục làm việc ${workspaceDir}: ${(err as Error).message}`);
  }
  const app = host.current;
  const server = await startHttpServer({
    dispatch: host.dispatch,
    subscribe: host.subscribe,
    getMedia: (hash) => host.current.media.get(hash),
    canReadMedia: (conn) => host.current.sessions.user(conn) !== null && !host.current.sessions.isLocked(conn),
    rendererDir,
    port,
    log
  }).catch((err: Error) => {
    host.close();
    fail(`Could not listen on 127.0.0.1:${port}: ${err.message}`);
  });

  log(`[browser] workspace: ${workspaceDir}`);
  log(`[browser] serving on ${server.origin} (loopback only); press Ctrl+C to stop`);
  // Handlers are in place before the URL is printed: whoever reads it may stop us at once.
  onStop(async () => {
    await server.close();
    host.close();
    log('[browser] workspace closed cleanly');
  });
  process.stdout.write(`URL: ${server.url}\n`);
  if (app.samplePassword !== null && values.password === undefined) {
    process.stdout.write(`PASSWORD: ${app.samplePassword}\n`);
    log(`[browser] sample accounts quantri, bientap, thanhvien, truongban share the password above`);
  }
  // Only whoever holds this terminal (or, in tests, this process's stdin pipe) can ask for another link.
  log('Mỗi đường dẫn chỉ mở được ứng dụng một lần. Cần mở ở trình duyệt khác? Nhấn Enter tại đây để nhận đường dẫn mới.');
  log('Each URL opens the app once. Press Enter here for a new one (another tab of the same browser needs none).');
  createInterface({ input: process.stdin, terminal: false }).on('line', () => process.stdout.write(`URL: ${server.mintLink()}\n`));
}

/** SIGINT/SIGTERM close the server and the workspace (database) before exiting. */
function onStop(cleanup: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log(`[browser] ${signal} received: shutting down`);
    void cleanup().then(
      () => process.exit(0),
      (err: unknown) => fail(`[browser] shutdown failed: ${String(err)}`)
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
