// The workspace folder and database are owner-only on POSIX (skipped on Windows, which has no modes).
import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, WORKSPACE_DB } from './app';

const roots: string[] = [];
const tempRoot = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bbt-perm-'));
  roots.push(dir);
  return dir;
};
const mode = (path: string) => statSync(path).mode & 0o777;
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('workspace permissions', () => {
  it('creates a new workspace readable by its owner only, database included', () => {
    const dir = join(tempRoot(), 'a', 'ws');
    const oldMask = process.umask(0o022);
    try {
      const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => {} });
      app.close();
    } finally {
      process.umask(oldMask);
    }
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'media'))).toBe(0o700);
    expect(mode(join(dir, WORKSPACE_DB))).toBe(0o600);
  });

  it('tightens an existing workspace of ours that others could read', () => {
    const dir = join(tempRoot(), 'ws');
    openApp({ workspaceDir: dir, mode: 'cli', log: () => {} }).close();
    chmodSync(dir, 0o755);
    chmodSync(join(dir, WORKSPACE_DB), 0o644);
    const lines: string[] = [];
    openApp({ workspaceDir: dir, mode: 'cli', log: (l) => lines.push(l) }).close();
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, WORKSPACE_DB))).toBe(0o600);
    expect(lines.join('\n')).toContain('now owner-only');
  });

  it('leaves alone an existing folder that is not yet a workspace (the user chose it), only warns', () => {
    const dir = join(tempRoot(), 'chosen');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'ghi-chu.txt'), 'tệp của người dùng');
    const lines: string[] = [];
    openApp({ workspaceDir: dir, mode: 'cli', log: (l) => lines.push(l) }).close();
    expect(mode(dir)).toBe(0o755);
    expect(mode(join(dir, WORKSPACE_DB))).toBe(0o600);
    expect(lines.join('\n')).toContain('readable by other users');
  });
});
