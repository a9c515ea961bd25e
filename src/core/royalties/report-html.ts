// "Bảng kê nhuận bút" as self-contained print HTML (bundled fonts inlined, nothing fetched), laid out on
// landscape A4 (the table has eleven columns): agency and national motto, title and period, the basis,
// one block of rows per person with its subtotal, the grand total in figures and in words, the articles
// still without a decision, and the signature block (Người lập biểu, Kế toán, Thủ trưởng cơ quan).
import { formatDate, vnParts } from '../../shared/dates';
import { PAYEE_PART_LABELS, type RoyaltyReport } from '../../shared/royalties';
import { escapeHtml as h } from '../printing/html-text';
import { fontFaces, printCss } from '../printing/print-article';
import type { PrintFont } from '../printing/ports';
import { placeOf } from '../printing/approval-slip';
import { showDecimal } from './decimal';
import { formatThousands } from './vnd';

export const REPORT_TITLE = 'BẢNG KÊ NHUẬN BÚT';
export const SIGNERS = ['Người lập biểu', 'Kế toán', 'Thủ trưởng cơ quan'] as const;

const money = (n: number) => formatThousands(n);
const pct = (s: string) => (s === '0' ? '' : `${showDecimal(s)}%`);

export function buildRoyaltyReportHtml(report: RoyaltyReport, fonts: readonly PrintFont[]): string {
  const p = vnParts(report.generatedAt);
  const dd = (n: number) => String(n).padStart(2, '0');
  const place = placeOf(report.agencyName);
  const dateLine = `${place ? `${place}, ngày` : 'Ngày'} ${dd(p.day)} tháng ${dd(p.month)} năm ${p.year}`;
  let n = 0;
  const body = report.people
    .map((person) => {
      const rows = person.rows
        .map(
          (r) => `<tr>
<td class="num">${++n}</td><td>${h(r.payee)}</td><td>${h(r.title)}</td><td>${h(r.articleType)}</td><td class="c">${h(formatDate(r.publishedAt))}</td>
<td class="c">${h(PAYEE_PART_LABELS[r.part])}</td><td class="c">${h(r.coefficient ? showDecimal(r.coefficient) : '')}</td><td class="c">${h(r.photoCoefficients)}</td>
<td class="c">${h(pct(r.extrasPercent))}</td><td class="c">${h(pct(r.sharePercent))}</td><td class="money">${money(r.amount)}</td></tr>`
        )
        .join('\n');
      return `${rows}\n<tr class="subtotal"><td></td><td colspan="9">Cộng: ${h(person.payee)}</td><td class="money">${money(person.total)}</td></tr>`;
    })
    .join('\n');
  const empty = report.people.length === 0 ? '<tr><td colspan="11" class="c"><em>Chưa có quyết định nhuận bút nào trong kỳ.</em></td></tr>' : '';
  const basis = report.settingsVersions
    .map((v) => `${h(v.basis || 'Bảng hệ số nhuận bút')} (áp dụng từ ${h(formatDate(v.effectiveFrom))}; một đơn vị hệ số ${money(v.unitValue)} đồng)`)
    .join('; ');
  const example = report.settingsVersions.some((v) => v.example)
    ? '<p class="warning">Lưu ý: số tiền tính theo BẢNG HỆ SỐ MẪU, chưa phải quy định chính thức của cơ quan.</p>'
    : '';
  const draft = report.period.closed ? '' : '<p class="draft">CHƯA CHỐT KỲ – số liệu còn có thể thay đổi</p>';
  const undecided = report.undecided.length
    ? `<p class="undecided"><strong>Bài đã xuất bản trong kỳ chưa có quyết định nhuận bút (không tính vào bảng kê):</strong> ${report.undecided
        .map((a) => `${h(a.title)} (${h(formatDate(a.publishedAt))})`)
        .join('; ')}.</p>`
    : '';

  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">
<title>${h(`${REPORT_TITLE} – ${report.period.label}`)}</title>
<style>
${fontFaces(fonts)}
${printCss('A4')}
${REPORT_CSS}
</style>
</head>
<body class="royalty-report">
<header class="head">
<div class="agency-col">
<div class="upper">${h(report.agencyName)}</div>
<div class="upper bold underlined">Ban biên tập</div>
</div>
<div class="motto-col">
<div class="upper bold">Cộng hòa xã hội chủ nghĩa Việt Nam</div>
<div class="bold underlined">Độc lập - Tự do - Hạnh phúc</div>
</div>
</header>
<h1>${REPORT_TITLE}</h1>
<p class="period">${h(report.period.label)} (từ ngày ${h(report.from)} đến ngày ${h(report.to)})</p>
${draft}
${basis ? `<p class="basis">Căn cứ: ${basis}.</p>` : ''}
${example}
<table class="rows">
<thead><tr>
<th class="num">STT</th><th class="who">Người nhận</th><th>Tên tin, bài</th><th class="type">Loại bài</th><th class="date">Ngày xuất bản</th>
<th class="part">Phần</th><th class="coef">Hệ số</th><th class="photos">Ảnh (số × hệ số)</th><th class="pct">Cộng thêm</th><th class="pct">Tỷ lệ hưởng</th><th class="money">Thành tiền (đồng)</th>
</tr></thead>
<tbody>
${body}${empty}
<tr class="total"><td></td><td colspan="9">TỔNG CỘNG</td><td class="money">${money(report.total)}</td></tr>
</tbody>
</table>
<p class="words">Tổng số tiền (viết bằng chữ): <strong><em>${h(report.totalInWords)}</em></strong>.</p>
${undecided}
<section class="sign-block">
<p class="date-line"><em>${h(dateLine)}</em></p>
<div class="signatures">
${SIGNERS.map((s, i) => `<div class="sign-col"><div class="bold">${h(s)}</div><div class="sign-note"><em>${i === 2 ? '(Ký, họ tên, đóng dấu)' : '(Ký, ghi rõ họ tên)'}</em></div></div>`).join('\n')}
</div>
</section>
</body>
</html>
`;
}

const REPORT_CSS = `
@page { size: 297mm 210mm; margin: 12mm 12mm 14mm 15mm; }
body.royalty-report { font-size: 11pt; line-height: 1.3; }
.upper { text-transform: uppercase; }
.bold { font-weight: 700; }
.underlined { display: inline-block; padding-bottom: 0.8mm; border-bottom: 0.8pt solid #000; }
.head { display: flex; justify-content: space-between; text-align: center; margin-bottom: 5mm; }
.agency-col { width: 40%; }
.motto-col { width: 50%; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 1mm; }
p { margin: 0 0 1.5mm; }
.period { text-align: center; font-style: italic; margin-bottom: 2mm; }
.draft { text-align: center; font-weight: 700; color: #a00; }
.warning { font-weight: 700; }
.basis, .warning, .undecided { font-size: 9.5pt; }
table.rows { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 9.5pt; margin: 2mm 0 3mm; }
table.rows th, table.rows td { border: 0.6pt solid #000; padding: 0.8mm 1.2mm; vertical-align: top; }
table.rows thead { display: table-header-group; }
table.rows th { background: #eee; font-weight: 700; text-align: center; vertical-align: middle; }
table.rows tr { break-inside: avoid; }
.num { width: 9mm; text-align: center; }
.who { width: 38mm; }
.type { width: 20mm; }
.date { width: 21mm; }
.part { width: 15mm; }
.coef { width: 12mm; }
.pct { width: 15mm; }
.photos { width: 22mm; }
.c { text-align: center; }
th.money { width: 27mm; }
td.money { text-align: right; white-space: nowrap; }
tr.subtotal td { font-weight: 700; font-style: italic; }
tr.total td { font-weight: 700; }
.words { margin-top: 1mm; }
.sign-block { break-inside: avoid; }
.date-line { text-align: right; margin: 3mm 10mm 1mm 0; }
.signatures { display: flex; justify-content: space-around; text-align: center; break-inside: avoid; }
.sign-col { width: 30%; }
.sign-note { font-size: 9.5pt; margin-bottom: 20mm; }
`;
