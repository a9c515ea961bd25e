import { createHash } from 'node:crypto';
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { MediaStore } from '../../../core/ports';
import { bodyToHtml, bodyToPlainText, bodyStats } from '../../../core/editor/body';
import { ErrorCode } from '../../../shared/errors';
import { parseHtml } from '../html/parse-html';
import { importFile } from './import-file';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const PNG_HASH = createHash('sha256').update(PNG).digest('hex');

function memoryMedia(): MediaStore & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    put(bytes) {
      const hash = createHash('sha256').update(bytes).digest('hex');
      files.set(hash, bytes);
      return { hash, size: bytes.length };
    },
    get: (hash) => files.get(hash) ?? null,
    has: (hash) => files.has(hash)
  };
}

async function docxFixture(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Thị xã Kiến Tường đạt chuẩn nông thôn mới', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Sáng nay, '), new TextRun({ text: 'Ủy ban nhân dân thị xã', bold: true }), new TextRun(' tổ chức hội nghị.')] }),
          new Paragraph({ text: 'Kết quả nổi bật', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Đường giao thông được bê tông hóa', bullet: { level: 0 } }),
          new Paragraph({ text: 'Thu nhập bình quân tăng', bullet: { level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Xã')] }), new TableCell({ children: [new Paragraph('Tiêu chí đạt')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Bình Hiệp')] }), new TableCell({ children: [new Paragraph('19/19')] })] })
            ]
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } })] })
        ]
      }
    ]
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('importFile .docx', () => {
  it('takes the first heading as the title and keeps bold, headings, lists, tables and images', async () => {
    const media = memoryMedia();
    const doc = await importFile(await docxFixture(), 'nong-thon-moi.docx', media);
    expect(doc.title).toBe('Thị xã Kiến Tường đạt chuẩn nông thôn mới');
    const html = parseHtml(bodyToHtml(doc.body));
    expect(html.querySelector('h1')).toBeNull();
    expect(html.querySelector('h2')?.textContent).toBe('Kết quả nổi bật');
    expect(html.querySelector('strong, b')?.textContent).toBe('Ủy ban nhân dân thị xã');
    expect([...html.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual(['Đường giao thông được bê tông hóa', 'Thu nhập bình quân tăng']);
    expect([...html.querySelectorAll('td, th')].map((c) => c.textContent?.trim())).toEqual(['Xã', 'Tiêu chí đạt', 'Bình Hiệp', '19/19']);
    expect(bodyStats(doc.body).imageHashes).toEqual([PNG_HASH]);
    expect(media.has(PNG_HASH)).toBe(true);
    expect(bodyToPlainText(doc.body)).toContain('Sáng nay, Ủy ban nhân dân thị xã tổ chức hội nghị.');
  });

  it('refuses a corrupt .docx with a Vietnamese message and stores nothing', async () => {
    const media = memoryMedia();
    const good = await docxFixture();
    const broken = good.slice(0, Math.floor(good.length / 2));
    await expect(importFile(broken, 'hong.docx', media)).rejects.toMatchObject({
      code: ErrorCode.UNSUPPORTED_FILE,
      message: expect.stringContaining('Không đọc được tệp Word “hong.docx”')
    });
    await expect(importFile(new TextEncoder().encode('not a zip'), 'gia.docx', media)).rejects.toMatchObject({ code: ErrorCode.UNSUPPORTED_FILE });
    expect(media.files.size).toBe(0);
  });
});

describe('importFile title choice', () => {
  it('skips a letterhead table and takes the first paragraph when there is no heading', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG')] }), new TableCell({ children: [new Paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')] })] })]
            }),
            new Paragraph({ children: [new TextRun({ text: 'Thông báo kết quả tuyển dụng viên chức năm 2026', bold: true })] }),
            new Paragraph('Ủy ban nhân dân thị xã thông báo kết quả như sau.')
          ]
        }
      ]
    });
    const imported = await importFile(new Uint8Array(await Packer.toBuffer(doc)), 'tb.docx', memoryMedia());
    expect(imported.title).toBe('Thông báo kết quả tuyển dụng viên chức năm 2026');
    expect(bodyToPlainText(imported.body)).toContain('ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG');
  });
});

describe('importFile .html', () => {
  it('uses <title>, drops the repeated h1 and stores inline images in the media store', async () => {
    const media = memoryMedia();
    const html =
      `<html><head><title>Lịch tiếp công dân tháng 6</title></head><body><h1>Lịch tiếp công dân tháng 6</h1>` +
      `<p>Chủ tịch UBND thị xã tiếp công dân vào <em>thứ Năm</em>.</p><img src="data:image/png;base64,${PNG.toString('base64')}" alt="Lịch">` +
      `<script>alert(1)</script><p><a href="javascript:alert(1)">xấu</a></p></body></html>`;
    const doc = await importFile(new TextEncoder().encode(html), 'lich.html', media);
    expect(doc.title).toBe('Lịch tiếp công dân tháng 6');
    const out = bodyToHtml(doc.body);
    expect(out).not.toContain('<h1');
    expect(out).not.toContain('alert');
    expect(out).toContain(`media:${PNG_HASH}`);
    expect(media.has(PNG_HASH)).toBe(true);
  });

  it('falls back to the first h1 when there is no <title>', async () => {
    const doc = await importFile(new TextEncoder().encode('<h1>Thông báo</h1><p>Nội dung</p>'), 'tb.htm', memoryMedia());
    expect(doc.title).toBe('Thông báo');
    expect(bodyToPlainText(doc.body)).toBe('Nội dung');
  });
});

describe('importFile .txt', () => {
  it('uses the first line as the title, strips a UTF-8 BOM and normalises NFD to NFC', async () => {
    const text = '\uFEFF' + 'Phòng chống rầy nâu\r\nBà con cần thăm đồng thường xuyên.\r\n\r\nPhun thuốc đúng lúc.'.normalize('NFD');
    const doc = await importFile(new TextEncoder().encode(text), 'ray-nau.txt', memoryMedia());
    expect(doc.title).toBe('Phòng chống rầy nâu');
    expect(bodyToPlainText(doc.body)).toBe('Bà con cần thăm đồng thường xuyên.\n\nPhun thuốc đúng lúc.');
  });

  it('reads UTF-16 files with a BOM (Notepad "Unicode")', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tiêu đề\nĐoạn một', 'utf16le')]);
    const doc = await importFile(new Uint8Array(le), 'u16.txt', memoryMedia());
    expect(doc.title).toBe('Tiêu đề');
    expect(bodyToPlainText(doc.body)).toBe('Đoạn một');
  });
});

describe('importFile bad input', () => {
  it('refuses other file types with the agreed message', async () => {
    await expect(importFile(new Uint8Array([1, 2, 3]), 'bao-cao.pdf', memoryMedia())).rejects.toMatchObject({
      code: ErrorCode.UNSUPPORTED_FILE,
      message: 'Chỉ nhập được tệp .docx, .html hoặc .txt.'
    });
  });

  it('refuses an empty file', async () => {
    await expect(importFile(new Uint8Array(), 'rong.txt', memoryMedia())).rejects.toMatchObject({ code: ErrorCode.INVALID_INPUT });
  });
});
