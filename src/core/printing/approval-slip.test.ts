import { describe, expect, it } from 'vitest';
import { BundledFonts } from '../../main/adapters/pdf/fonts';
import { PRINT_PROFILE } from '../../main/adapters/pdf/print-fixture';
import { qrEncoder } from '../../main/adapters/pdf/qr';
import { buildApprovalSlipHtml, placeOf, qrSvg, SLIP_TITLE, type ApprovalSlipInput } from './approval-slip';
import { formatSlipCode, type SlipCode } from './slip-code';

const fonts = new BundledFonts().fonts();
const code: SlipCode = {
  articleId: '01a23c83-88ff-7629-8f34-e69d53512628',
  revisionId: '01a23c83-88ff-7629-8f34-eb444a0797c6',
  contentHash: 'a'.repeat(64),
  fingerprint: `${'b'.repeat(32)}:${'c'.repeat(32)}`,
  seq: 51,
  headHash: 'd'.repeat(64),
  printedAt: '2026-12-03T15:28:36.601Z',
  seal: { keyId: '5f0d3c2b1a0998877665544332211000', signature: '6sdzmkejB8XORLYnVrEL6eP1sxikxjUoWZcRpma30MAwEmHDgtC/yD9bzzXZItAg9yZrvKG66y4klVBUseP4kA==' }
};
const EVIL = '<script>alert(1)</script> "x" & <img src=x onerror=y>';

function slip(over: Partial<ApprovalSlipInput> = {}): string {
  const bientap = { name: 'Lê Thị Thu Hà', position: 'Chuyên viên Phòng Văn hóa và Thông tin' };
  const thanhvien = { name: 'Phạm Minh Tuấn', position: 'Trưởng phòng Văn hóa và Thông tin' };
  return buildApprovalSlipHtml({
    profile: PRINT_PROFILE,
    article: { title: 'Hội nghị sơ kết công tác chuyển đổi số', articleType: 'Tin', category: 'Chỉ đạo – điều hành', author: 'Ban biên tập', version: 3 },
    submitted: { by: bientap, at: '2026-12-03T08:00:00.000Z' },
    reviewers: [thanhvien],
    approver: { name: 'Trần Quốc Bảo', position: 'Phó Chủ tịch UBND thị xã', signedAt: '2026-12-03T09:30:00.000Z' },
    comment: 'Đồng ý đăng.',
    steps: [
      { at: '2026-12-03T08:00:00.000Z', by: bientap, action: 'Gửi duyệt', note: '' },
      { at: '2026-12-03T08:30:00.000Z', by: thanhvien, action: 'Trả lại', note: 'Bổ sung số liệu.' }
    ],
    omittedSteps: 0,
    code,
    qr: qrEncoder.encode(formatSlipCode(code)),
    fonts,
    ...over
  });
}

describe('approval slip HTML (Phiếu duyệt tin bài)', () => {
  it('is laid out as a Vietnamese administrative form', () => {
    const page = slip();
    expect(page).toContain('<div class="upper">ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG</div>');
    expect(page).toContain('<div class="upper bold">Cộng hòa xã hội chủ nghĩa Việt Nam</div>');
    expect(page).toContain('<div class="bold underlined">Độc lập - Tự do - Hạnh phúc</div>');
    expect(page).toContain('<em>Kiến Tường, ngày 03 tháng 12 năm 2026</em>');
    expect(page).toContain(`<h1 class="slip-title">${SLIP_TITLE}</h1>`);
    expect(page).toContain('Số: 51/PD-BBT');
    // Times are Viet Nam time (UTC+7).
    expect(page).toContain('Phiên bản 3, ký duyệt lúc 03/12/2026 16:30');
    expect(page).toContain('<strong>Trần Quốc Bảo</strong> – Phó Chủ tịch UBND thị xã');
    expect(page).toContain('<td>Trả lại</td><td>Bổ sung số liệu.</td>');
    expect(page).toContain(formatSlipCode(code));
    // The seal of the head, readable without a scanner: sequence number, short hash, time, key and signature.
    expect(page).toContain('<th scope="row">Niêm phong</th><td class="code">mục số 51 · dddddddddddd… · 03/12/2026 22:28 · khóa 5f0d3c2b · chữ ký 6sdzmkejB8XORLYn…</td>');
    expect(slip({ code: { ...code, seal: null } })).not.toContain('Niêm phong');
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/(src|href)="(https?:|file:)/);
  });

  it('escapes every value taken from the workspace', () => {
    const evil = { name: EVIL, position: EVIL };
    const page = slip({
      article: { title: EVIL, articleType: EVIL, category: EVIL, author: EVIL, version: 1 },
      submitted: { by: evil, at: '2026-12-03T08:00:00.000Z' },
      reviewers: [evil],
      approver: { ...evil, signedAt: '2026-12-03T09:30:00.000Z' },
      comment: EVIL,
      steps: [{ at: '2026-12-03T08:00:00.000Z', by: evil, action: EVIL, note: EVIL }],
      profile: { ...PRINT_PROFILE, agencyName: EVIL }
    });
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('"x"');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &amp; &lt;img src=x onerror=y&gt;');
  });

  it('draws the QR symbol as one SVG path with a quiet zone', () => {
    const svg = qrSvg([
      [true, true, false],
      [false, true, false],
      [true, false, true]
    ]);
    expect(svg).toContain('viewBox="0 0 11 11"');
    expect(svg).toContain('d="M4 4h2v1h-2zM5 5h1v1h-1zM4 6h1v1h-1zM6 6h1v1h-1z"');
    const page = slip();
    expect(page.match(/<svg /g)).toHaveLength(1);
    expect(page).toContain('shape-rendering="crispEdges"');
  });

  it('takes the place name of the date line from the agency name', () => {
    expect(placeOf('ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG')).toBe('Kiến Tường');
    expect(placeOf('Ủy ban nhân dân huyện Tân Hưng')).toBe('Tân Hưng');
    expect(placeOf('ỦY BAN NHÂN DÂN PHƯỜNG 1')).toBe('Phường 1');
    expect(placeOf('SỞ THÔNG TIN VÀ TRUYỀN THÔNG')).toBe('');
  });
});
