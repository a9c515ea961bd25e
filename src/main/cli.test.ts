import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd: dir });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const ws = () => join(dir, 'ws');

describe('cli init / list / search', () => {
  it('creates a sample workspace, lists it as JSON and searches without diacritics', async () => {
    const init = await cli(['init', '--workspace', ws(), '--sample']);
    expect(init.code).toBe(0);
    const list = await cli(['list', '--workspace', ws(), '--json']);
    expect(list.code).toBe(0);
    const items = JSON.parse(list.stdout) as { id: string; title: string; status: string }[];
    expect(items.length).toBeGreaterThanOrEqual(12);
    for (const item of items) expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'title', 'status']));
    const found = await cli(['search', '--workspace', ws(), 'lich tiep cong dan', '--json']);
    expect(found.code).toBe(0);
    const hits = JSON.parse(found.stdout) as { id: string; title: string }[];
    expect(hits[0]!.title).toBe('Thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Chủ tịch UBND thị xã');
    expect(items.map((i) => i.id)).toContain(hits[0]!.id);
  });

  it('takes the workspace from BBT_WORKSPACE', async () => {
    expect((await cli(['init'], { BBT_WORKSPACE: ws() })).code).toBe(0);
    const list = await cli(['list', '--json'], { BBT_WORKSPACE: ws() });
    expect(JSON.parse(list.stdout)).toEqual([]);
  });

  it('prints help', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('import --workspace');
  });
});

describe('cli import', () => {
  it('imports .docx, .html and .txt, printing each id and title', async () => {
    await cli(['init', '--workspace', ws()]);
    const doc = new Document({
      sections: [{ children: [new Paragraph({ text: 'Hội nghị tổng kết năm', heading: HeadingLevel.HEADING_1 }), new Paragraph('Nội dung hội nghị.')] }]
    });
    writeFileSync(join(dir, 'hoi-nghi.docx'), await Packer.toBuffer(doc));
    writeFileSync(join(dir, 'trang.html'), '<title>Trang web</title><p>Đoạn văn</p>');
    writeFileSync(join(dir, 'ghi-chu.txt'), 'Ghi chú họp\nNội dung');
    const r = await cli(['import', '--workspace', ws(), 'hoi-nghi.docx', 'trang.html', 'ghi-chu.txt']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').map((l) => l.split('\t'));
    expect(lines.map((l) => l[1])).toEqual(['Hội nghị tổng kết năm', 'Trang web', 'Ghi chú họp']);
    const listed = JSON.parse((await cli(['list', '--workspace', ws(), '--json'])).stdout) as { id: string }[];
    expect(listed.map((i) => i.id).sort()).toEqual(lines.map((l) => l[0]).sort());
  });

  it('continues past bad files and exits non-zero naming them', async () => {
    await cli(['init', '--workspace', ws()]);
    writeFileSync(join(dir, 'ok.txt'), 'Tin tốt\nNội dung');
    writeFileSync(join(dir, 'bao-cao.pdf'), '%PDF-1.4');
    writeFileSync(join(dir, 'hong.docx'), 'không phải docx');
    const r = await cli(['import', '--workspace', ws(), 'bao-cao.pdf', 'ok.txt', 'khong-co.txt', 'hong.docx']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\t')[1]).toBe('Tin tốt');
    expect(r.stderr).toContain('Chỉ nhập được tệp .docx, .html hoặc .txt.');
    expect(r.stderr).toContain('Không tìm thấy tệp “khong-co.txt”');
    expect(r.stderr).toContain('Không đọc được tệp Word “hong.docx”');
    expect(r.stderr).toContain('Không nhập được 3/4 tệp: bao-cao.pdf, khong-co.txt, hong.docx');
  });
});

describe('cli bad input', () => {
  it.each([
    [['frob', '--workspace', 'x'], 'Lệnh không hợp lệ'],
    [[], 'Thiếu lệnh'],
    [['list', '--json'], 'Thiếu thư mục làm việc'],
    [['list', '--workspace', 'chua-tao', '--json'], 'Không tìm thấy thư mục làm việc'],
    [['list', '--workspace', 'x', '--bogus'], 'Tuỳ chọn không hợp lệ'],
    [['import', '--workspace', 'ws'], 'Thiếu tệp cần nhập'],
    [['search', '--workspace', 'ws', '--json'], 'Cần đúng một từ khóa']
  ])('%j fails with a Vietnamese message and nothing on stdout', async (args, message) => {
    await cli(['init', '--workspace', ws()]);
    const r = await cli(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });
});

describe('cli as a real process', () => {
  it('runs through npx tsx with JSON alone on stdout', () => {
    const root = join(import.meta.dirname, '..', '..');
    const run = (args: string[]) => spawnSync('npx', ['tsx', 'src/main/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60000 });
    const init = run(['init', '--workspace', ws(), '--sample']);
    expect(init.status).toBe(0);
    const list = run(['list', '--workspace', ws(), '--json']);
    expect(list.status).toBe(0);
    expect((JSON.parse(list.stdout) as unknown[]).length).toBeGreaterThanOrEqual(12);
    const bad = run(['search', '--workspace', join(dir, 'khong-co'), 'x', '--json']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('Không tìm thấy thư mục làm việc');
  }, 120_000);
});
