// `init --sample` creates one account per role; the password is the given one, or generated and printed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../app';
import { runCli } from '../cli';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function init(extra: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'bbt-sample-users-'));
  dirs.push(dir);
  const out: string[] = [];
  const code = await runCli(['init', '--workspace', join(dir, 'ws'), '--sample', ...extra], { stdout: (t) => out.push(t), stderr: () => {}, env: {}, cwd: dir });
  return { code, out, ws: join(dir, 'ws') };
}

describe('sample accounts', () => {
  it('generates a readable password, prints it once, and every sample login works with it', async () => {
    const { code, out, ws } = await init([]);
    expect(code).toBe(0);
    const line = out.find((l) => l.startsWith('Mật khẩu mẫu: '));
    const password = line?.slice('Mật khẩu mẫu: '.length) ?? '';
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const app = openApp({ workspaceDir: ws, mode: 'cli', log: () => {} });
    const people = Object.fromEntries(await Promise.all(['quantri', 'bientap', 'thanhvien', 'truongban'].map(async (l) => [l, await app.services.accounts.login(l, password)] as const)));
    expect(people.quantri!.roles).toEqual(['quan_tri']);
    expect(people.bientap!.roles).toEqual(['bien_tap_vien']);
    expect(people.thanhvien!.roles).toEqual(['thanh_vien']);
    expect(people.truongban).toMatchObject({ roles: ['truong_ban'], position: 'Phó Chủ tịch UBND thị xã' });
    app.close();
  });

  it('uses --password as given and does not print it', async () => {
    const { code, out, ws } = await init(['--password', 'mat-khau-mau']);
    expect(code).toBe(0);
    expect(out.join('\n')).not.toContain('mat-khau-mau');
    const app = openApp({ workspaceDir: ws, mode: 'cli', log: () => {} });
    expect((await app.services.accounts.login('truongban', 'mat-khau-mau')).login).toBe('truongban');
    app.close();
  });
});
