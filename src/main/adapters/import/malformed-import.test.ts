// Malformed import files: each refused with a Vietnamese message that says what to do, nothing stored.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MediaStore } from '../../../core/ports';
import { bodyToPlainText } from '../../../core/editor/body';
import { ErrorCode } from '../../../shared/errors';
import { importFile } from './import-file';
import { textPart, zip } from './zip-fixture';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function countingMedia(): MediaStore & { puts: number } {
  const media = {
    puts: 0,
    put(bytes: Uint8Array) {
      media.puts += 1;
      return { hash: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
    },
    get: () => null,
    has: () => false
  };
  return media;
}

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

const WORD_REFUSAL = expect.stringMatching(/^Không đọc được tệp Word “.+”: tệp bị hỏng hoặc không phải định dạng \.docx\. Hãy mở tệp bằng Word/);

describe('malformed .docx', () => {
  it('refuses a zip that is not a Word document', async () => {
    const media = countingMedia();
    const notDocx = zip([textPart('bao-cao/ghi-chu.txt', 'Không phải Word'), { name: 'anh.png', data: PNG, size: PNG.length }]);
    await expect(importFile(notDocx, 'nen.docx', media)).rejects.toMatchObject({ code: ErrorCode.UNSUPPORTED_FILE, message: WORD_REFUSAL });
    expect(media.puts).toBe(0);
  });

  it('refuses a .docx whose document XML is cut off', async () => {
    const broken = zip([
      textPart('[Content_Types].xml', CONTENT_TYPES),
      textPart('_rels/.rels', RELS),
      textPart('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Thông b')
    ]);
    await expect(importFile(broken, 'cat-do.docx', countingMedia())).rejects.toMatchObject({ code: ErrorCode.UNSUPPORTED_FILE, message: WORD_REFUSAL });
  });

  it('refuses a zip truncated before its directory', async () => {
    const whole = zip([textPart('[Content_Types].xml', CONTENT_TYPES), textPart('_rels/.rels', RELS)]);
    await expect(importFile(whole.slice(0, 40), 'dang-tai.docx', countingMedia())).rejects.toMatchObject({ code: ErrorCode.UNSUPPORTED_FILE, message: WORD_REFUSAL });
  });
});

describe('malformed .html and .txt', () => {
  it('refuses a picture, a PDF or a Word file renamed to .html or .txt', async () => {
    for (const [bytes, name] of [
      [PNG, 'anh.html'],
      [Buffer.from('%PDF-1.7\n...'), 'cong-van.htm'],
      [zip([textPart('word/document.xml', '<w:document/>')]), 'bai.txt']
    ] as const) {
      await expect(importFile(new Uint8Array(bytes), name, countingMedia())).rejects.toMatchObject({
        code: ErrorCode.UNSUPPORTED_FILE,
        message: expect.stringContaining(`Tệp “${name}” không phải`)
      });
    }
  });

  it('refuses binary garbage with NUL bytes', async () => {
    const garbage = new Uint8Array([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02, 0xff, 0x00]);
    await expect(importFile(garbage, 'loi.html', countingMedia())).rejects.toMatchObject({
      message: expect.stringContaining('nội dung là tệp nhị phân hoặc đã hỏng')
    });
  });

  it('takes unclosed and misnested tags and NFD text as a browser would, in NFC', async () => {
    const nfd = 'Thông báo lịch tiếp dân'.normalize('NFD');
    const html = `<title>${nfd}</title><body><p>Đoạn <b>một <i>lồng</b> sai</i><p>Đoạn hai <div><table><tr><td>ô`.normalize('NFD');
    const doc = await importFile(new TextEncoder().encode(html), 'xau.html', countingMedia());
    expect(doc.title).toBe('Thông báo lịch tiếp dân'.normalize('NFC'));
    const text = bodyToPlainText(doc.body);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('Đoạn một lồng sai');
    expect(text).toContain('ô');
  });
});
