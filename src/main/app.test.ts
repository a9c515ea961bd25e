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
  it('creates the workspace folder with the database and media folder, and keeps the local user', () => {
    const dir = tempWorkspace();
    const first = openApp({ workspaceDir: dir, mode: 'cli', log: () => {} });
    const user = first.ctx.user;
    first.close();
    expect(existsSync(join(dir, 'workspace.sqlite'))).toBe(true);
    expect(existsSync(join(dir, 'media'))).toBe(true);
    const again = openApp({ workspaceDir: dir, mode: 'cli', log: () => {} });
    expect(again.ctx.user).toEqual(user);
    expect(user.name).toBe('Người dùng máy này');
    again.close();
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
