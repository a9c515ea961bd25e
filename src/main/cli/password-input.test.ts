// Issue #11 item 7: passwords off the command line: --password-stdin and BBT_PASSWORD.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCli } from '../cli';
import { openApp } from '../app';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-cli-password-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], extra: { env?: Record<string, string>; stdin?: string[] } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const lines = [...(extra.stdin ?? [])];
  const code = await runCli(args, {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env: extra.env ?? {},
    cwd: dir,
    readLine: async () => lines.shift() ?? null
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

async function canLogIn(login: string, password: string): Promise<boolean> {
  const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => undefined });
  try {
    await app.services.accounts.login(login, password);
    return true;
  } catch {
    return false;
  } finally {
    app.close();
  }
}

it('reads the password from the first line of standard input with --password-stdin', async () => {
  const init = await run(['init', '--workspace', dir, '--sample', '--password-stdin'], { stdin: ['mat-khau-tu-stdin', 'dong-thu-hai'] });
  expect(init.code).toBe(0);
  expect(init.stdout).not.toContain('Mật khẩu mẫu');
  expect(await canLogIn('bientap', 'mat-khau-tu-stdin')).toBe(true);
});

it('takes the password from BBT_PASSWORD; --password-stdin and --password together are refused', async () => {
  expect((await run(['init', '--workspace', dir, '--sample'], { env: { BBT_PASSWORD: 'mat-khau-tu-env' } })).code).toBe(0);
  expect(await canLogIn('thanhvien', 'mat-khau-tu-env')).toBe(true);
  const both = await run(['list', '--workspace', dir, '--password', 'x', '--password-stdin'], { stdin: ['y'] });
  expect(both.code).toBe(1);
  expect(both.stderr).toContain('--password-stdin');
  const empty = await run(['list', '--workspace', dir, '--password-stdin'], { stdin: [] });
  expect(empty.code).toBe(1);
  expect(empty.stderr).toContain('đầu vào chuẩn');
});
