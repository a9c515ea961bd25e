// "Bảng kê nhuận bút" as an .xlsx workbook (exceljs): one sheet laid out like the printed list (title,
// period, rows per person with subtotals, total, total in words, signature block). Amounts are real
// numbers in whole đồng with a "#,##0" format (Excel shows 1.250.000 in a Vietnamese locale), so that
// accountants can sum and check them; coefficients are shown as written ("1,5").
import type ExcelJS from 'exceljs';
import { formatDate } from '../../../shared/dates';
import { PAYEE_PART_LABELS, type RoyaltyReport } from '../../../shared/royalties';
import { showDecimal } from '../../../core/royalties/decimal';
import { formatDong } from '../../../core/royalties/vnd';
import type { RoyaltyWorkbookWriter } from '../../../core/royalties/ports';
import { REPORT_TITLE, SIGNERS } from '../../../core/royalties/report-html';

export const SHEET_NAME = 'Bảng kê nhuận bút';
export const HEADERS = ['STT', 'Người nhận', 'Tên tin, bài', 'Loại bài', 'Ngày xuất bản', 'Phần', 'Hệ số', 'Ảnh (số × hệ số)', 'Cộng thêm (%)', 'Tỷ lệ hưởng (%)', 'Thành tiền (đồng)'];
const WIDTHS = [6, 26, 50, 14, 14, 10, 8, 18, 12, 14, 18];
const MONEY = '#,##0';
const thin = { style: 'thin' as const };
const box = { top: thin, left: thin, bottom: thin, right: thin };

export class ExcelRoyaltyWorkbook implements RoyaltyWorkbookWriter {
  async write(report: RoyaltyReport): Promise<Uint8Array> {
    // exceljs takes a while to load and most sessions never export: loaded on first use.
    const { default: Excel } = await import('exceljs');
    const wb = new Excel.Workbook();
    wb.creator = 'Ban Biên Tập';
    wb.created = new Date(report.generatedAt);
    const ws = wb.addWorksheet(SHEET_NAME, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    ws.columns = WIDTHS.map((width) => ({ width }));
    const last = HEADERS.length;
    const line = (text: string, opts: { bold?: boolean; italic?: boolean; center?: boolean } = {}) => {
      const row = ws.addRow([text]);
      ws.mergeCells(row.number, 1, row.number, last);
      row.getCell(1).font = { bold: opts.bold ?? false, italic: opts.italic ?? false };
      row.getCell(1).alignment = { horizontal: opts.center ? 'center' : 'left', wrapText: true };
      return row;
    };
    line(report.agencyName.toLocaleUpperCase('vi'), { bold: true });
    line(REPORT_TITLE, { bold: true, center: true }).getCell(1).font = { bold: true, size: 14 };
    line(`${report.period.label} (từ ngày ${report.from} đến ngày ${report.to})`, { italic: true, center: true });
    if (!report.period.closed) line('CHƯA CHỐT KỲ – số liệu còn có thể thay đổi', { bold: true, center: true });
    for (const v of report.settingsVersions) line(`Căn cứ: ${v.basis || 'Bảng hệ số nhuận bút'} (áp dụng từ ${formatDate(v.effectiveFrom)}; một đơn vị hệ số ${formatDong(v.unitValue)})`);
    if (report.settingsVersions.some((v) => v.example)) line('Lưu ý: số tiền tính theo BẢNG HỆ SỐ MẪU, chưa phải quy định chính thức của cơ quan.', { bold: true });
    ws.addRow([]);

    const header = ws.addRow(HEADERS);
    header.eachCell((c) => {
      c.font = { bold: true };
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      c.border = box;
    });
    ws.views = [{ state: 'frozen', ySplit: header.number }];
    let n = 0;
    const styleRow = (row: ExcelJS.Row, bold = false) => {
      for (let i = 1; i <= last; i++) {
        const c = row.getCell(i);
        c.border = box;
        c.alignment = { vertical: 'top', wrapText: i === 3 || i === 2 };
        if (bold) c.font = { bold: true };
      }
      row.getCell(last).numFmt = MONEY;
    };
    for (const person of report.people) {
      for (const r of person.rows) {
        styleRow(
          ws.addRow([
            ++n,
            r.payee,
            r.title,
            r.articleType,
            formatDate(r.publishedAt),
            PAYEE_PART_LABELS[r.part],
            r.coefficient ? showDecimal(r.coefficient) : '',
            r.photoCoefficients,
            r.extrasPercent === '0' ? '' : showDecimal(r.extrasPercent),
            showDecimal(r.sharePercent),
            r.amount
          ])
        );
      }
      const sub = ws.addRow(['', `Cộng: ${person.payee}`]);
      sub.getCell(last).value = person.total;
      styleRow(sub, true);
    }
    const total = ws.addRow(['', 'TỔNG CỘNG']);
    total.getCell(last).value = report.total;
    styleRow(total, true);
    ws.addRow([]);
    line(`Tổng số tiền (viết bằng chữ): ${report.totalInWords}.`, { italic: true });
    if (report.undecided.length > 0) {
      line(`Bài đã xuất bản trong kỳ chưa có quyết định nhuận bút (không tính vào bảng kê): ${report.undecided.map((a) => `${a.title} (${formatDate(a.publishedAt)})`).join('; ')}.`);
    }
    ws.addRow([]);
    // The three signers under columns 2, 3–5 and 8–11, as on paper.
    const signers = ws.addRow([]);
    const notes = ws.addRow([]);
    const spots = [2, 4, 10];
    SIGNERS.forEach((s, i) => {
      const col = spots[i]!;
      signers.getCell(col).value = s;
      signers.getCell(col).font = { bold: true };
      signers.getCell(col).alignment = { horizontal: 'center' };
      notes.getCell(col).value = i === 2 ? '(Ký, họ tên, đóng dấu)' : '(Ký, ghi rõ họ tên)';
      notes.getCell(col).font = { italic: true };
      notes.getCell(col).alignment = { horizontal: 'center' };
    });
    const buffer = await wb.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
  }
}
