import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCaptured } from './testing';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-cli-history-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCliCaptured(args, dir);

describe('cli history', () => {
  it('prints an article\'s versions newest first as JSON, workflow transitions included', async () => {
    const ws = join(dir, 'ws');
    expect((await cli('init', '--workspace', ws, '--sample', '--password', 'mat-khau-mau-1')).code).toBe(0);
    const articles = JSON.parse((await cli('list', '--workspace', ws, '--json')).stdout) as { id: string; status: string }[];
    const draft = articles.find((a) => a.status === 'nhap')!;
    const acted = await cli('act', '--workspace', ws, '--article', draft.id, '--action', 'gui-duyet', '--user', 'bientap', '--password', 'mat-khau-mau-1');
    expect(acted.stderr).not.toMatch(/Bị từ chối|Lỗi/);

    const r = await cli('history', '--workspace', ws, '--article', draft.id, '--json');
    expect(r.code).toBe(0);
    const versions = JSON.parse(r.stdout) as { id: string; number: number; kind: string; note: string; status: string; createdBy: { name: string }; contentHash: string }[];
    expect(versions[0]).toMatchObject({ kind: 'workflow', note: 'Gửi duyệt', status: 'cho_bien_tap' });
    expect(versions.at(-1)).toMatchObject({ number: 1 });
    // One entry per revision: the transition replaces the autosave of the revision it labels.
    expect(new Set(versions.map((v) => v.number)).size).toBe(versions.length);
    expect(versions.every((v) => /^[0-9a-f]{64}$/.test(v.contentHash) && v.createdBy.name !== '')).toBe(true);

    const text = await cli('history', '--workspace', ws, '--article', draft.id);
    expect(text.stdout.split('\n')[0]).toMatch(/^Phiên bản \d+\tChuyển trạng thái\t.*\tChờ biên tập\tGửi duyệt$/);
  }, 60_000);

  it('asks for the article id when it is missing', async () => {
    const ws = join(dir, 'ws');
    await cli('init', '--workspace', ws);
    const r = await cli('history', '--workspace', ws, '--json');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('Thiếu mã bài viết');
  });
});
