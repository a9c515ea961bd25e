// The token URL reaches the browser through a private file, not the opener's argument list.
import { afterEach, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openThroughLauncher, writeLauncher } from './open-url.mjs';

const URL_WITH_TOKEN = `http://127.0.0.1:4567/?token=${'t'.repeat(43)}`;
let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

it('writes a private launcher page that redirects to the token URL', () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-open-test-'));
  const launcher = writeLauncher(URL_WITH_TOKEN, dir);
  expect(readFileSync(launcher.file, 'utf8')).toContain(`content="0;url=${URL_WITH_TOKEN}"`);
  if (process.platform !== 'win32') {
    expect(statSync(launcher.file).mode & 0o777).toBe(0o600);
    expect(statSync(join(launcher.file, '..')).mode & 0o777).toBe(0o700);
  }
  launcher.remove();
  expect(() => statSync(launcher.file)).toThrow();
  expect(() => writeLauncher('http://evil.example/?token=x', dir)).toThrow();
});

it('never passes the token on the opener’s command line', () => {
  const spawned: string[][] = [];
  for (const platform of ['linux', 'darwin', 'win32']) {
    const file = openThroughLauncher(URL_WITH_TOKEN, (command, args) => spawned.push([command, ...args]), platform);
    expect(spawned.at(-1)).toContain(file);
  }
  expect(spawned.flat().join(' ')).not.toContain('token=');
});
