// "Phiếu duyệt tin bài": one approved article's approval slip as self-contained print HTML, laid out like
// a Vietnamese administrative form (agency left, national motto right, centred title, a table of fields,
// signature blocks) with a QR code at the bottom carrying the slip code (slip-code.ts), so the paper can
// later be checked against the workspace with `verify --slip`. Every value is escaped; nothing is fetched.
import { formatDateTime, vnParts } from '../../shared/dates';
import type { ProfileVersion } from '../../shared/profile';
import { escapeAttr, escapeHtml } from './html-text';
import { fontFaces, printCss } from './print-article';
import type { PrintFont } from './ports';
import { formatSlipCode, type SlipCode } from './slip-code';
import { toBase64Url } from '../audit/seal-stamp';

export interface SlipPerson {
  name: string;
  /** Chức vụ ('' when unknown). */
  position: string;
}

/** One workflow step of the approval round, as the slip lists it. */
export interface SlipStep {
  at: string;
  by: SlipPerson;
  /** "Gửi duyệt", "Trả lại", "Ký duyệt", … */
  action: string;
  /** The reason or comment given with the step ('' when none). */
  note: string;
}

export interface ApprovalSlipInput {
  /** The agency profile in force when the article was signed. */
  profile: ProfileVersion;
  article: { title: string; articleType: string; category: string; author: string; version: number };
  submitted: { by: SlipPerson; at: string } | null;
  reviewers: SlipPerson[];
  approver: SlipPerson & { signedAt: string };
  /** The approver's comment when signing ('' when none). */
  comment: string;
  steps: SlipStep[];
  /** Older steps of the round left off the slip to keep it to one page. */
  omittedSteps: number;
  code: SlipCode;
  /** The QR symbol of formatSlipCode(code). */
  qr: boolean[][];
  fonts: readonly PrintFont[];
}

export const SLIP_TITLE = 'PHIẾU DUYỆT TIN BÀI';
export const SLIP_DECISION = 'Đồng ý đăng (ký duyệt)';

export function buildApprovalSlipHtml(input: ApprovalSlipInput): string {
  const { profile, article, approver, code } = input;
  const codeText = formatSlipCode(code);
  const title = article.title.trim() || 'Bài viết chưa có tiêu đề';
  const place = placeOf(profile.agencyName);
  const p = vnParts(code.printedAt);
  const dd = (n: number) => String(n).padStart(2, '0');
  const dateLine = `${place ? `${place}, ngày` : 'Ngày'} ${dd(p.day)} tháng ${dd(p.month)} năm ${p.year}`;
  const who = (x: SlipPerson) => `<strong>${h(x.name)}</strong>${x.position.trim() ? ` – ${h(x.position)}` : ''}`;
  const rows: [string, string][] = [
    ['Tiêu đề', `<strong>${h(title)}</strong>`],
    ['Loại bài viết', h(article.articleType) || '—'],
    ['Chuyên mục', h(article.category) || '—'],
    ['Tác giả', h(article.author) || '—'],
    ['Người gửi duyệt', input.submitted ? `${who(input.submitted.by)}, lúc ${h(formatDateTime(input.submitted.at))}` : '—'],
    ['Người thẩm định', input.reviewers.length ? input.reviewers.map(who).join('<br>') : '—'],
    ['Người ký duyệt', who(approver)],
    ['Phiên bản được duyệt', `Phiên bản ${article.version}, ký duyệt lúc ${h(formatDateTime(approver.signedAt))}`],
    ['Quyết định', `<strong>${h(SLIP_DECISION)}</strong>`],
    ['Ý kiến người ký duyệt', h(input.comment.trim()) || 'Không có']
  ];
  const steps = input.steps
    .map((s) => `<tr><td class="when">${h(formatDateTime(s.at))}</td><td>${h(s.by.name)}</td><td>${h(s.action)}</td><td>${h(s.note) || '—'}</td></tr>`)
    .join('\n');
  const omitted = input.omittedSteps > 0 ? `<tr><td colspan="4"><em>… và ${input.omittedSteps} bước trước đó (xem Lịch sử của bài viết).</em></td></tr>` : '';
  const proof: [string, string][] = [
    ['Mã bài viết', code.articleId],
    ['Mã phiên bản', code.revisionId],
    ['Mã băm nội dung', code.contentHash],
    ['Dấu vân tay chữ ký', code.fingerprint],
    [`Nhật ký: mục số ${code.seq}`, code.headHash],
    ...(code.seal ? [['Niêm phong', sealLine(code)] as [string, string]] : [])
  ];

  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">
<title>${h(`Phiếu duyệt tin bài – ${title}`)}</title>
<style>
${fontFaces(input.fonts)}
${printCss('A4')}
${SLIP_CSS}
</style>
</head>
<body class="slip">
<header class="slip-head">
<div class="agency-col">
<div class="upper">${h(profile.agencyName)}</div>
<div class="upper bold underlined">Ban biên tập</div>
<div class="number">Số: ${code.seq}/PD-BBT</div>
</div>
<div class="motto-col">
<div class="upper bold">Cộng hòa xã hội chủ nghĩa Việt Nam</div>
<div class="bold underlined">Độc lập - Tự do - Hạnh phúc</div>
<div class="date-line"><em>${h(dateLine)}</em></div>
</div>
</header>
<h1 class="slip-title">${SLIP_TITLE}</h1>
<table class="fields"><tbody>
${rows.map(([k, v], i) => `<tr><th scope="row">${i + 1}. ${h(k)}</th><td>${v}</td></tr>`).join('\n')}
</tbody></table>
<h2 class="section">Quá trình duyệt</h2>
<table class="steps"><thead><tr><th class="when">Thời gian</th><th class="who">Người thực hiện</th><th class="step">Bước</th><th>Ý kiến, lý do</th></tr></thead><tbody>
${omitted}
${steps}
</tbody></table>
<div class="signatures">
<div class="sign-col">
<div class="upper bold">Người gửi duyệt</div>
<div class="sign-note"><em>${input.submitted ? `(Gửi duyệt lúc ${h(formatDateTime(input.submitted.at))})` : '&nbsp;'}</em></div>
<div class="sign-name">${input.submitted ? h(input.submitted.by.name) : ''}</div>
</div>
<div class="sign-col">
<div class="upper bold">Người ký duyệt</div>
<div class="sign-position">${h(approver.position)}</div>
<div class="sign-note"><em>(Đã ký số lúc ${h(formatDateTime(approver.signedAt))})</em></div>
<div class="sign-name">${h(approver.name)}</div>
</div>
</div>
<section class="proof">
<div class="qr-box">${qrSvg(input.qr)}</div>
<div class="proof-text">
<div class="bold">Thông tin xác thực</div>
<table class="hashes"><tbody>
${proof.map(([k, v]) => `<tr><th scope="row">${h(k)}</th><td class="code">${h(v)}</td></tr>`).join('\n')}
</tbody></table>
<p class="howto">Cách kiểm tra: quét mã QR, rồi chạy <span class="cmd">npm run cli -- verify --workspace THƯ_MỤC --slip "NỘI DUNG MÃ QR"</span>. Lệnh cho biết phiên bản đã ký và nhật ký đến lúc in phiếu còn nguyên vẹn hay không; cơ sở dữ liệu bị sửa sau khi in sẽ bị phát hiện.</p>
</div>
</section>
<p class="code-text" data-slip-code="${escapeAttr(codeText)}">${h(codeText)}</p>
</body>
</html>
`;
}

/** The seal readable on paper, on one line: short hash, time, key and the start of the signature (the QR code holds all of it). */
function sealLine(code: SlipCode): string {
  const seal = code.seal!;
  return `mục số ${code.seq} · ${code.headHash.slice(0, 12)}… · ${formatDateTime(code.printedAt)} · khóa ${seal.keyId.slice(0, 8)} · chữ ký ${toBase64Url(seal.signature).slice(0, 16)}…`;
}

/** The QR symbol as inline SVG (vector in the PDF), one path of horizontal runs, 4-module quiet zone. */
export function qrSvg(modules: boolean[][], quiet = 4): string {
  const n = modules.length + 2 * quiet;
  let d = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; ) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      let end = x;
      while (end < row.length && row[end]) end += 1;
      d += `M${x + quiet} ${y + quiet}h${end - x}v1h-${end - x}z`;
      x = end;
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges"><rect width="${n}" height="${n}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}

/** The place name for the date line ("Kiến Tường"), taken from an agency name such as "ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG". */
export function placeOf(agencyName: string): string {
  const m = /(?:^|\s)(THÀNH PHỐ|THỊ XÃ|THỊ TRẤN|HUYỆN|QUẬN|PHƯỜNG|TỈNH|XÃ)\s+(.+)$/u.exec(agencyName.normalize('NFC').trim().toLocaleUpperCase('vi'));
  if (!m) return '';
  // A numbered unit keeps its kind: "Phường 1", not "1".
  return (/^\d/.test(m[2]!) ? `${m[1]} ${m[2]}` : m[2]!)
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .map((w) => (/^\d/.test(w) ? w : w.charAt(0).toLocaleUpperCase('vi') + w.slice(1)))
    .join(' ');
}

function h(s: string): string {
  return escapeHtml(s).replace(/"/g, '&quot;');
}

const SLIP_CSS = `
@page { size: 210mm 297mm; margin: 14mm 15mm 16mm 25mm; }
body.slip { font-size: 12pt; line-height: 1.3; }
.upper { text-transform: uppercase; }
.bold { font-weight: 700; }
.slip-head { display: flex; justify-content: space-between; align-items: flex-start; text-align: center; margin-bottom: 6mm; font-size: 11.5pt; line-height: 1.3; }
.agency-col { width: 42%; text-wrap: balance; }
.motto-col { width: 55%; }
.underlined { display: inline-block; padding-bottom: 0.8mm; border-bottom: 0.8pt solid #000; }
.number { margin-top: 2.5mm; }
.date-line { margin-top: 2.5mm; }
h1.slip-title { font-family: 'Noto Serif', serif; font-size: 15pt; font-weight: 700; text-align: center; margin: 0 0 4mm; letter-spacing: 0.2pt; }
table.fields { margin: 0 0 3mm; font-size: 11pt; line-height: 1.3; }
table.fields th, table.fields td { padding: 0.8mm 2mm; }
table.fields th { width: 30%; background: none; font-weight: 400; }
h2.section { font-family: 'Noto Serif', serif; font-size: 11.5pt; margin: 0 0 1.5mm; }
table.steps { font-size: 9.5pt; line-height: 1.3; margin: 0 0 4mm; }
table.steps th, table.steps td { padding: 0.6mm 1.5mm; }
table.steps .when { white-space: nowrap; width: 1%; }
table.steps .who { width: 22%; }
table.steps .step { width: 22%; }
.signatures { display: flex; justify-content: space-between; text-align: center; margin: 0 0 4mm; break-inside: avoid; font-size: 11.5pt; }
.sign-col { width: 48%; }
.sign-position { font-weight: 700; text-transform: uppercase; }
.sign-note { font-size: 10pt; min-height: 4.5mm; margin-bottom: 9mm; }
.sign-name { font-weight: 700; }
.proof { display: flex; gap: 5mm; align-items: flex-start; border-top: 0.6pt solid #000; padding-top: 2.5mm; break-inside: avoid; font-family: 'Noto Sans', sans-serif; font-size: 8.5pt; line-height: 1.35; }
.qr-box { flex: 0 0 40mm; }
svg.qr { display: block; width: 40mm; height: 40mm; }
.proof-text { flex: 1; min-width: 0; }
table.hashes { font-size: 7.5pt; margin: 1mm 0 1.5mm; }
table.hashes th { width: 25mm; background: none; font-weight: 400; white-space: nowrap; }
table.hashes th, table.hashes td { border: 0; padding: 0.2mm 1mm 0.2mm 0; }
.code { font-family: 'Noto Sans', sans-serif; word-break: break-all; }
.cmd { font-weight: 700; }
p.howto { margin: 0; text-align: left; }
p.code-text { font-family: 'Noto Sans', sans-serif; font-size: 6.5pt; color: #333; word-break: break-all; margin: 1.5mm 0 0; line-height: 1.3; }
`;
