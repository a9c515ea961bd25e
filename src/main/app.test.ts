import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from './app';

const dirs: string[] = [];
const tempWorkspace = () => {
  const d = join(mkdtempSync(join(tmpdir(), 'bbt-app-')), 'ws');
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(join(d, '..'), { recursive: true, force: true });
});

describe('openApp', () => {
  it('creates the workspace folder with the database and media folder; the first run needs an administrator', () => {
    const dir = tempWorkspace();
    const first = openApp({ workspaceDir: dir, mode: 'cli', log: () => {} });
    expect(first.services.accounts.needsSetup()).toBe(true);
    first.services.accounts.setup({ login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: '', password: 'quantri-123' });
    first.close();
    expect(existsSync(join(dir, 'workspace.sqlite'))).toBe(true);
    expect(existsSync(join(dir, 'media'))).toBe(true);
    const again = openApp({ workspaceDir: dir, mode: 'cli', log: () => {} });
    expect(again.services.accounts.needsSetup()).toBe(false);
    expect(again.services.accounts.login('quantri', 'quantri-123').name).toBe('Nguyễn Văn Hùng');
    again.close();
  });

  it('creates the sample accounts once, with the given password or a generated one', () => {
    const given = openApp({ workspaceDir: tempWorkspace(), mode: 'cli', sample: true, samplePassword: 'mau-12345678', log: () => {} });
    expect(given.samplePassword).toBe('mau-12345678');
    const truongban = given.services.accounts.login('truongban', 'mau-12345678');
    expect(truongban).toMatchObject({ position: 'Phó Chủ tịch UBND thị xã', roles: ['truong_ban'] });
    for (const login of ['quantri', 'bientap', 'thanhvien']) expect(given.services.accounts.login(login, 'mau-12345678').login).toBe(login);
    given.close();

    const dir = tempWorkspace();
    const generated = openApp({ workspaceDir: dir, mode: 'cli', sample: true, log: () => {} });
    const password = generated.samplePassword!;
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(generated.services.accounts.login('bientap', password).roles).toEqual(['bien_tap_vien']);
    generated.close();
    const reopened = openApp({ workspaceDir: dir, mode: 'cli', sample: true, log: () => {} });
    expect(reopened.samplePassword).toBeNull();
    expect(reopened.services.accounts.login('quantri', password).roles).toEqual(['quan_tri']);
    reopened.close();
  });

  it('keeps saved articles across reopening', () => {
    const dir = tempWorkspace();
    const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => {} });
    const a = app.services.articles.create({ title: 'Lưu bền vững' }, app.ctx.user);
    app.close();
    const reopened = openApp({ workspaceDir: dir, mode: 'cli', log: () => {} });
    expect(reopened.services.articles.get(a.id).title).toBe('Lưu bền vững');
    reopened.close();
  });
});

describe('content hash with the real hasher', () => {
  it('is SHA-256 hex and identical for NFC and NFD input', () => {
    const dir = tempWorkspace();
    const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => {} });
    const title = 'Ủy ban nhân dân thị xã Kiến Tường';
    const a = app.services.articles.create({ title }, app.ctx.user);
    const b = app.services.articles.create({ title: title.normalize('NFD') }, app.ctx.user);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.contentHash).toBe(a.contentHash);
    expect(app.services.articles.get(b.id).title).toBe(title);
    app.close();
  });
});
