import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { formatSlipCode, parseSlipCode, type SlipCode } from './slip-code';

const CODE: SlipCode = {
  articleId: '01a23c83-88ff-7629-8f34-e69d53512628',
  revisionId: '01a23c83-88ff-7629-8f34-eb444a0797c6',
  contentHash: '0f3fe3c0db387c6e6509b92c859d1be4d527f17337bfd5ae7aba7b29a9fead84',
  fingerprint: '0bd4d5114aa8c2404345b0f5b254f989:07c137033db4d2581b8923d444186464',
  seq: 51,
  headHash: '9542a4d5bb915d734a604b3f179dd4b4af14040351640448cfd3bcd108f94592',
  printedAt: '2026-12-03T15:28:36.601Z',
  seal: null
};
// Ed25519 signatures are 64 bytes: 88 base64 characters, with + / and = padding.
const SIGNATURE = '6sdzmkejB8XORLYnVrEL6eP1sxikxjUoWZcRpma30MAwEmHDgtC/yD9bzzXZItAg9yZrvKG66y4klVBUseP4kA==';
const SEALED: SlipCode = { ...CODE, seal: { keyId: '5f0d3c2b1a0998877665544332211000', signature: SIGNATURE } };
const TEXT = formatSlipCode(CODE);

function refusal(text: string): string {
  try {
    parseSlipCode(text);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).message;
  }
  throw new Error(`accepted: ${text}`);
}

describe('slip code (the QR text of a Phiếu duyệt tin bài)', () => {
  it('is one ASCII line in a fixed, versioned order and reads back to the same values', () => {
    expect(TEXT).toBe(
      'BBT-SLIP/1;a=01a23c83-88ff-7629-8f34-e69d53512628;r=01a23c83-88ff-7629-8f34-eb444a0797c6;' +
        'h=0f3fe3c0db387c6e6509b92c859d1be4d527f17337bfd5ae7aba7b29a9fead84;f=0bd4d5114aa8c2404345b0f5b254f989:07c137033db4d2581b8923d444186464;' +
        's=51;c=9542a4d5bb915d734a604b3f179dd4b4af14040351640448cfd3bcd108f94592;t=2026-12-03T15:28:36.601Z'
    );
    expect(TEXT).toMatch(/^[\x20-\x7e]+$/);
    expect(parseSlipCode(TEXT)).toEqual(CODE);
    // A scanner's trailing newline or a pasted space is not an error.
    expect(parseSlipCode(`  ${TEXT}\r\n`)).toEqual(CODE);
  });

  it('carries the seal of the head (installation key id and signature) in version 2, still plain ASCII', () => {
    const text = formatSlipCode(SEALED);
    expect(text).toBe(`${TEXT.replace('BBT-SLIP/1', 'BBT-SLIP/2')};k=5f0d3c2b1a0998877665544332211000;g=${SIGNATURE.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`);
    expect(text).toMatch(/^[\x20-\x7e]+$/);
    expect(parseSlipCode(text)).toEqual(SEALED);
    expect(refusal(text.slice(0, text.indexOf(';g=')))).toContain('cần đúng 9 trường');
    expect(refusal(text.replace(';g=', ';g=+'))).toContain('chữ ký niêm phong');
  });

  it('refuses malformed text in Vietnamese, naming what is wrong', () => {
    expect(refusal('')).toContain('chuỗi trống');
    expect(refusal('https://example.com/?a=1')).toContain('không bắt đầu bằng “BBT-SLIP/2;”');
    expect(refusal(TEXT.replace('BBT-SLIP/1', 'BBT-SLIP/3'))).toContain('chỉ đọc được mẫu 1 và 2');
    expect(refusal(TEXT.slice(0, TEXT.indexOf(';t=')))).toContain('cần đúng 7 trường');
    expect(refusal(`${TEXT};x=1`)).toContain('cần đúng 7 trường');
    expect(refusal(TEXT.replace(';a=', ';b='))).toContain('trường thứ 1 phải là “a=”');
    const swapped = TEXT.replace(/;a=([^;]+);r=([^;]+)/, ';r=$2;a=$1');
    expect(refusal(swapped)).toContain('trường thứ 1 phải là “a=”');
    expect(refusal(TEXT.replace(CODE.contentHash, CODE.contentHash.toUpperCase()))).toContain('mã băm nội dung');
    expect(refusal(TEXT.replace(CODE.contentHash, CODE.contentHash.slice(1)))).toContain('mã băm nội dung');
    expect(refusal(TEXT.replace(';s=51;', ';s=0;'))).toContain('số thứ tự mục nhật ký');
    expect(refusal(TEXT.replace(';s=51;', ';s=051;'))).toContain('số thứ tự mục nhật ký');
    expect(refusal(TEXT.replace(';s=51;', ';s=1e3;'))).toContain('số thứ tự mục nhật ký');
    expect(refusal(TEXT.replace(CODE.fingerprint, 'abc'))).toContain('dấu vân tay phê duyệt');
    expect(refusal(TEXT.replace(CODE.printedAt, '2026-02-30T10:00:00.000Z'))).toContain('không phải ngày giờ có thật');
    expect(refusal(TEXT.replace(CODE.printedAt, '03/12/2026 22:28'))).toContain('thời điểm in');
    expect(refusal(TEXT.replace(';r=', ';r=<script>'))).toContain('mã phiên bản');
  });

  it('will not write a code it could not read back', () => {
    expect(() => formatSlipCode({ ...CODE, seq: 0 })).toThrow(AppError);
    expect(() => formatSlipCode({ ...CODE, articleId: 'a;b=c' })).toThrow(AppError);
  });
});
