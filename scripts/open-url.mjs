// Opens browser mode's token URL in the system browser without putting the token on another process's
// command line (visible to every user of the PC): the opener gets the path of a private launcher page
// (folder 0700, file 0600) that redirects to the URL; the page is deleted soon after. The URL is a
// one-time link, so the page is worth nothing once the browser has opened it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LAUNCHER_LIFETIME_MS = 120_000;

/** Writes the launcher page; returns its path and a function that deletes it. */
export function writeLauncher(url, parent = tmpdir()) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+$/.test(url)) throw new Error(`not a browser-mode URL: ${url}`);
  const dir = mkdtempSync(join(parent, 'bbt-open-'));
  const file = join(dir, 'mo-ung-dung.html');
  const html = `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0;url=${url}"><title>Ban Biên Tập</title><a href="${url}">Mở Ban Biên Tập</a>\n`;
  writeFileSync(file, html, { mode: 0o600 });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens `url` through a launcher page; `spawnOpener(command, args)` runs the platform's opener. */
export function openThroughLauncher(url, spawnOpener, platform = process.platform) {
  const launcher = writeLauncher(url);
  const [command, args] =
    platform === 'win32' ? ['cmd', ['/c', 'start', '""', launcher.file]] : platform === 'darwin' ? ['open', [launcher.file]] : ['xdg-open', [launcher.file]];
  spawnOpener(command, args);
  const timer = setTimeout(launcher.remove, LAUNCHER_LIFETIME_MS);
  timer.unref();
  process.once('exit', launcher.remove);
  return launcher.file;
}
