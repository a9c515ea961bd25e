// `royalties`: the sample workspace's November 2026 list as JSON rows, as an .xlsx read back with
// exceljs, and as a PDF read back with pdftotext (Vietnamese text, totals, words, signature block).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoyaltyReportRow } from '../../shared/royalties';
import { HEADERS, SHEET_NAME } from '../adapters/xlsx/royalty-workbook';
import { runCliCaptured } from './testing';

let dir: string;
let ws: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-cli-royalties-'));
  ws = join(dir, 'ws');
  expect((await runCliCaptured(['init', '--workspace', ws, '--sample', '--password', 'mat-khau-mau-1'], dir)).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCliCaptured(args, dir);
const RAY = 'Chủ động phòng trừ rầy nâu, bệnh đạo ôn trên lúa Đông Xuân 2026 – 2027';

describe('cli royalties', () => {
  it('prints the sample November rows as JSON, split between the two authors', async () => {
    const r = await cli('royalties', '--workspace', ws, '--period', '2026-11', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as RoyaltyReportRow[];
    expect(rows.map((x) => [x.payee, x.title, x.coefficient, x.sharePercent, x.amount])).toEqual([
      ['Lê Thị Thu Hà', RAY, '2', '40', 187_200],
      ['Lê Thị Thu Hà', 'Thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Chủ tịch UBND thị xã', '1', '100', 234_000],
      ['Nguyễn Hoàng Phúc', RAY, '2', '60', 280_800]
    ]);
    expect(r.stderr).toContain('Tháng 11/2026 (chưa chốt): 2 người, tổng 702.000 đồng – Bảy trăm linh hai nghìn đồng');
  });

  it('writes the quarter as an .xlsx whose cells read back: rows, subtotals, total and the total in words', async () => {
    const r = await cli('royalties', '--workspace', ws, '--period', '2026-Q4', '--out', 'quy-4.xlsx');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'quy-4.xlsx'));
    const sheet = wb.getWorksheet(SHEET_NAME)!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    // A merged line repeats its value in every merged cell: keep one of each run.
    const text = rows.map((cells) => cells.filter((c, i) => c !== undefined && c !== null && c !== '' && c !== cells[i - 1]).join(' | '));
    expect(text).toContain('BẢNG KÊ NHUẬN BÚT');
    expect(text).toContain('Quý IV/2026 (từ ngày 01/10/2026 đến ngày 31/12/2026)');
    expect(text.join('\n')).toContain('một đơn vị hệ số 234.000 đồng');
    expect(rows).toContainEqual(HEADERS);
    expect(text).toContain('5 | Minh Thư | Xã Bình Hiệp đạt chuẩn nông thôn mới nâng cao | Bài | 14/10/2026 | Tác giả | 2,2 | 100 | 514800');
    expect(text).toContain('1 | Hoàng Nam | Xã Bình Hiệp đạt chuẩn nông thôn mới nâng cao | Bài | 14/10/2026 | Ảnh | 1 × 1,5 | 100 | 351000');
    expect(text).toContain('Cộng: Lê Thị Thu Hà | 655200');
    expect(text).toContain('TỔNG CỘNG | 1801800');
    expect(text).toContain('Tổng số tiền (viết bằng chữ): Một triệu tám trăm linh một nghìn tám trăm đồng.');
    expect(text.join('\n')).toMatch(/Người lập biểu \| Kế toán \| Thủ trưởng cơ quan/);
    // Amounts are numbers with a thousands format, so that accountants can add them up.
    const totalRow = sheet.getRows(1, sheet.rowCount)!.find((row) => row.getCell(2).value === 'TỔNG CỘNG')!;
    expect(totalRow.getCell(HEADERS.length).value).toBe(1_801_800);
    expect(totalRow.getCell(HEADERS.length).numFmt).toBe('#,##0');
  }, 30_000);

  it('prints the month as a PDF with Vietnamese text, amounts the Vietnamese way and the signature block', async () => {
    const r = await cli('royalties', '--workspace', ws, '--period', '2026-11', '--out', 'thang-11.pdf');
    expect(r.code).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'thang-11.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('BẢNG KÊ NHUẬN BÚT');
    expect(text).toContain('Tháng 11/2026 (từ ngày 01/11/2026 đến ngày 30/11/2026)');
    expect(text).toContain('ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG');
    expect(text).toContain('Nguyễn Hoàng Phúc');
    expect(text).toContain('280.800');
    expect(text).toContain('TỔNG CỘNG 702.000');
    expect(text).toContain('Bảy trăm linh hai nghìn đồng');
    expect(text).toContain('Lưu ý: số tiền tính theo BẢNG HỆ SỐ MẪU');
    for (const signer of ['Người lập biểu', 'Kế toán', 'Thủ trưởng cơ quan']) expect(text).toContain(signer);
  }, 60_000);

  it('says a closed quarter is closed, and refuses a bad period, a missing output and an unknown extension', async () => {
    const q3 = await cli('royalties', '--workspace', ws, '--period', '2026-Q3', '--json');
    expect(q3.stderr).toContain('Quý III/2026 (đã chốt)');
    expect((await cli('royalties', '--workspace', ws, '--period', '11/2026', '--json')).stderr).toContain('Kỳ “11/2026” không hợp lệ');
    expect((await cli('royalties', '--workspace', ws, '--period', '2026-11')).stderr).toContain('Thiếu tệp kết quả (--out) hoặc --json.');
    expect((await cli('royalties', '--workspace', ws, '--json')).stderr).toContain('Thiếu kỳ (--period), ví dụ 2026-11 (tháng) hoặc 2026-Q4 (quý).');
    const csv = await cli('royalties', '--workspace', ws, '--period', '2026-11', '--out', 'x.csv');
    expect(csv.code).not.toBe(0);
    expect(csv.stderr).toContain('Tệp kết quả phải có đuôi .xlsx hoặc .pdf');
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });
});
