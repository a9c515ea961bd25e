// `portal-test` on a SharePoint target added from the command line (user + password: NTLM), run in plain Node
// against the emulator: a wrong password is explained in Vietnamese and never printed; the right one connects.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSharePointEmulator, type SharePointEmulator } from '../adapters/portals/sharepoint-emulator';
import { runCliCaptured } from './testing';

let sp: SharePointEmulator;
let dir: string;
beforeAll(async () => {
  sp = await startSharePointEmulator({ profile: '2013' });
  dir = mkdtempSync(join(tmpdir(), 'bbt-cli-ntlm-'));
});
afterAll(async () => {
  await sp.close();
  rmSync(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCliCaptured(args, dir);

it('portal-test explains a wrong NTLM password in Vietnamese, and connects with the right one', async () => {
  expect((await cli('init', '--workspace', dir, '--password', 'mat-khau-quan-tri-1')).code).toBe(0);
  const add = (name: string, password: string) =>
    cli('target-add', '--workspace', dir, '--name', name, '--type', 'sharepoint', '--url', sp.webUrl, '--list', 'Tin Tức Mở Rộng', '--user', 'PORTAL\\bbt', '--password', password);
  expect((await add('Cổng sai', 'mat-khau-sai')).code).toBe(0);
  expect((await add('Cổng đúng', 'Mat-khau-SP-2026')).code).toBe(0);

  const wrong = await cli('portal-test', '--workspace', dir, '--target', 'Cổng sai');
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toMatch(/không chấp nhận tài khoản hoặc mật khẩu/);
  expect(wrong.stdout + wrong.stderr).not.toContain('mat-khau-sai');

  const right = await cli('portal-test', '--workspace', dir, '--target', 'Cổng đúng');
  expect(right.stderr).toBe('');
  expect(right.stdout).toMatch(/Kết nối được\./);
  expect(right.code).toBe(0);
  // Signed in by NTLM handshakes, whose challenges the portal logs as 401s (one per connection).
  expect(sp.requests.filter((r) => r.status === 401).length).toBeGreaterThanOrEqual(2);
});
