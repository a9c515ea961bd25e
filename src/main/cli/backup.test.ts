import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp } from '../app';
import { runCliCaptured } from './testing';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-cli-backup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCliCaptured(args, dir);
const titles = async (ws: string) => (JSON.parse((await cli('list', '--workspace', ws, '--json')).stdout) as { title: string }[]).map((a) => a.title).sort();

describe('cli backup and restore', () => {
  it('backs up to one file and restores it into a new folder that verifies clean', async () => {
    const ws = join(dir, 'ws');
    expect((await cli('init', '--workspace', ws, '--sample', '--password', 'mat-khau-mau-1')).code).toBe(0);
    const b = await cli('backup', '--workspace', ws, '--out', 'ban-sao.bbtbackup');
    expect(b.stderr).toMatch(/Đã sao lưu và kiểm tra: \d+ bài viết, \d+ tệp ảnh\/đính kèm, niêm phong nhật ký đến mục số \d+/);
    expect(b.code).toBe(0);
    // Only the verified file: no temporary copy left beside it.
    expect(readdirSync(dir).sort()).toEqual(['ban-sao.bbtbackup', 'ws']);

    const r = await cli('restore', '--workspace', 'moi', '--from', 'ban-sao.bbtbackup');
    expect(r.stderr).toMatch(/Đã khôi phục bản sao lưu lúc/);
    expect(r.stdout).toMatch(/^Toàn vẹn:/);
    expect(r.code).toBe(0);
    expect(await titles(join(dir, 'moi'))).toEqual(await titles(ws));
  }, 90_000);

  it('backs up while the app holds the workspace, read-only, and says so', async () => {
    const ws = join(dir, 'ws');
    await cli('init', '--workspace', ws, '--sample', '--password', 'mat-khau-mau-1');
    const app = openApp({ workspaceDir: ws, mode: 'browser', log: () => {}, overrides: { jobs: false } });
    try {
      const b = await cli('backup', '--workspace', ws, '--out', 'khi-dang-mo.bbtbackup');
      expect(b.stderr).toMatch(/Vẫn sao lưu được khi thư mục đang mở/);
      expect(b.code).toBe(0);
      expect(existsSync(join(dir, 'khi-dang-mo.bbtbackup'))).toBe(true);
    } finally {
      app.close();
    }
  }, 90_000);

  it('restores over a workspace only with --force, keeping the old data, and never overwrites a backup', async () => {
    const ws = join(dir, 'ws');
    await cli('init', '--workspace', ws, '--sample', '--password', 'mat-khau-mau-1');
    await cli('backup', '--workspace', ws, '--out', 'a.bbtbackup');
    const again = await cli('backup', '--workspace', ws, '--out', 'a.bbtbackup');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/đã có; hãy chọn tên khác/);

    const refused = await cli('restore', '--workspace', ws, '--from', 'a.bbtbackup');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--force/);
    const forced = await cli('restore', '--workspace', ws, '--from', 'a.bbtbackup', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/Dữ liệu cũ của thư mục này được giữ nguyên tại .*truoc-khoi-phuc-/);

    const app = openApp({ workspaceDir: ws, mode: 'browser', log: () => {}, overrides: { jobs: false } });
    try {
      const busy = await cli('restore', '--workspace', ws, '--from', 'a.bbtbackup', '--force');
      expect(busy.code).toBe(1);
      expect(busy.stderr).toMatch(/kho đang được mở bởi Ban Biên Tập \(chế độ trình duyệt\)/);
      expect(app.services.articles.count()).toBeGreaterThan(0);
    } finally {
      app.close();
    }
    expect(readdirSync(join(ws, 'backup')).filter((n) => n.startsWith('truoc-khoi-phuc-'))).toHaveLength(1);

    const noFolder = await cli('backup', '--workspace', ws, '--out', join('usb-chua-cam', 'a.bbtbackup'));
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toMatch(/Không có thư mục .*usb-chua-cam/);

    const missing = await cli('restore', '--workspace', 'x', '--from', 'khong-co.bbtbackup');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Không tìm thấy tệp sao lưu/);
  }, 90_000);
});
