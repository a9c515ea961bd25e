// `bulletin`: the sample workspace's issue Số 1 by number, and a new draft issue from --articles.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './testing';

let dir: string;
let ws: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-cli-bulletin-'));
  ws = join(dir, 'ws');
  expect((await runCliCaptured(['init', '--workspace', ws, '--sample', '--password', 'mat-khau-mau-1'], dir)).code).toBe(0);
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCliCaptured(args, dir);
const text = (file: string, ...range: string[]) => execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

interface Listed {
  id: string;
  title: string;
  status: string;
}

describe('cli bulletin', () => {
  it('prints the sample issue Số 1 (--issue 1): the signed-off articles, the imprint on the last page', async () => {
    const r = await cli('bulletin', '--workspace', ws, '--issue', '1', '--out', 'so-1.pdf');
    expect(r.stderr).toMatch(/Đã in bản tin ra .*so-1\.pdf: \d+ trang/);
    expect(r.code).toBe(0);
    const out = join(dir, 'so-1.pdf');
    expect(r.stdout).toBe(out);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))![1]);
    expect(text(out, '-f', '1', '-l', '1')).toContain('BẢN TIN KIẾN TƯỜNG ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG Số 1');
    const articles = JSON.parse((await cli('list', '--workspace', ws, '--json')).stdout) as Listed[];
    const all = text(out);
    for (const a of articles.filter((x) => x.status === 'da_duyet' || x.status === 'da_xuat_ban')) expect(all).toContain(a.title.normalize('NFC'));
    expect(all).not.toContain('BẢN NHÁP');
    expect(text(out, '-f', String(pages), '-l', String(pages))).toContain('Giấy phép xuất bản số 15/GP-XBBT cấp ngày 10/03/2025');
  }, 60_000);

  it('composes a new draft issue from --articles in that order, whatever their state', async () => {
    const articles = JSON.parse((await cli('list', '--workspace', ws, '--json')).stdout) as Listed[];
    const waiting = articles.find((a) => a.status === 'cho_duyet')!;
    const published = articles.find((a) => a.status === 'da_xuat_ban')!;
    const r = await cli('bulletin', '--workspace', ws, '--articles', `${waiting.id},${published.id}`, '--out', 'nhap.pdf');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Đã soạn bản tin Số 2 từ 2 bài (BẢN NHÁP: có bài chưa duyệt).');
    const first = text(join(dir, 'nhap.pdf'), '-f', '1', '-l', '1');
    expect(first).toContain('BẢN NHÁP – có bài chưa được ký duyệt, không phát hành');
    expect(first.indexOf(waiting.title)).toBeLessThan(first.indexOf(published.title));
  }, 60_000);

  it('asks for exactly one of --issue and --articles, for --out, and names a missing issue', async () => {
    const neither = await cli('bulletin', '--workspace', ws, '--out', 'x.pdf');
    expect(neither.code).not.toBe(0);
    expect(neither.stderr).toContain('Cần đúng một trong hai: --issue SỐ hoặc --articles ID,ID,…');
    const noOut = await cli('bulletin', '--workspace', ws, '--issue', '1');
    expect(noOut.stderr).toContain('Thiếu tệp kết quả (--out)');
    const missing = await cli('bulletin', '--workspace', ws, '--issue', '99', '--out', 'y.pdf');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('Không có bản tin Số 99.');
    expect(existsSync(join(dir, 'y.pdf'))).toBe(false);
  });
});
