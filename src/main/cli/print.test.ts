import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './testing';

let dir: string;
let ws: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-cli-print-'));
  ws = join(dir, 'ws');
  expect((await runCliCaptured(['init', '--workspace', ws, '--sample', '--password', 'mat-khau-mau-1'], dir)).code).toBe(0);
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCliCaptured(args, dir);

describe('cli print', () => {
  it('prints a sample article to the --out PDF with its title and the "Chịu trách nhiệm chính" line', async () => {
    const articles = JSON.parse((await cli('list', '--workspace', ws, '--json')).stdout) as { id: string; title: string; status: string }[];
    const article = articles.find((a) => a.status === 'da_xuat_ban') ?? articles[0]!;
    const r = await cli('print', '--workspace', ws, '--article', article.id, '--out', 'bai.pdf');
    expect(r.stderr).toContain('Đã in bài viết ra');
    expect(r.code).toBe(0);
    const out = join(dir, 'bai.pdf');
    expect(r.stdout).toBe(out);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(article.title.normalize('NFC'));
    expect(text).toContain('Chịu trách nhiệm chính: Ông Lê Quang Tửu - Chánh Văn phòng HĐND và UBND thị xã');
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/\(A4\)/);
  }, 30_000);

  it('asks for --out and for the article, and names a missing article in Vietnamese', async () => {
    const noOut = await cli('print', '--workspace', ws, '--article', 'x');
    expect(noOut.code).not.toBe(0);
    expect(noOut.stderr).toContain('Thiếu tệp kết quả (--out)');
    const noArticle = await cli('print', '--workspace', ws, '--out', 'a.pdf');
    expect(noArticle.code).not.toBe(0);
    expect(noArticle.stderr).toContain('Thiếu mã bài viết');
    const missing = await cli('print', '--workspace', ws, '--article', 'khong-co', '--out', 'b.pdf');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('Không tìm thấy bài viết');
    expect(existsSync(join(dir, 'b.pdf'))).toBe(false);
  });
});
