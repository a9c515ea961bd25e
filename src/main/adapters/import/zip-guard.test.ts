// Issue #11 item 6: a zip bomb disguised as .docx is refused, with a clear message, before mammoth runs.
import { deflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MediaStore } from '../../../core/ports';
import { importFile } from './import-file';
import { checkDocxZip } from './zip-guard';
import { zip, type Part } from './zip-fixture';

const MB = 1024 * 1024;
const zeros = (size: number): Part['data'] => deflateRawSync(Buffer.alloc(size));
const media: MediaStore = { put: () => ({ hash: '', size: 0 }), get: () => null, has: () => false } as unknown as MediaStore;

afterEach(() => vi.restoreAllMocks());

describe('zip bomb', () => {
  it('refuses entries that decompress to hundreds of MB, before mammoth runs', async () => {
    const spy = vi.spyOn(mammoth, 'convertToHtml');
    const data = zeros(300 * MB);
    const bomb = zip([{ name: 'word/document.xml', data, size: 300 * MB }]);
    expect(bomb.length).toBeLessThan(MB);
    await expect(importFile(bomb, 'bom.docx', media)).rejects.toMatchObject({
      code: 'UNSUPPORTED_FILE',
      message: expect.stringContaining('Không nhập được tệp Word “bom.docx”: nội dung giải nén quá lớn')
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses thousands of entries', async () => {
    const spy = vi.spyOn(mammoth, 'convertToHtml');
    const tiny = zeros(10);
    const many = zip(Array.from({ length: 5000 }, (_, i) => ({ name: `p/${i}.xml`, data: tiny, size: 10 })));
    await expect(importFile(many, 'nhieu.docx', media)).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE', message: expect.stringContaining('quá nhiều phần') });
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses declared sizes that lie: inflation stops at the declared size', async () => {
    const data = zeros(200 * MB);
    const liar = zip([{ name: 'word/document.xml', data, size: 200 * MB, declaredSize: 1000 }]);
    const started = Date.now();
    await expect(checkDocxZip(liar, 'noi-doi.docx')).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('lets an ordinary zip through (sizes within the limits)', async () => {
    await expect(checkDocxZip(zip([{ name: 'word/document.xml', data: zeros(2 * MB), size: 2 * MB }]), 'ok.docx')).resolves.toBeUndefined();
  });
});
