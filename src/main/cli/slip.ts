// `slip`: "In phiếu duyệt" to a PDF file; `verify --slip "QR TEXT"`: a printed slip checked against the workspace.
import { writeFileSync } from 'node:fs';
import { formatDateTime } from '../../shared/dates';
import type { App } from '../app';
import { CliUsageError, type ParsedCli } from './args';
import type { CliIo } from './commands';

export async function printSlip(app: App, cli: ParsedCli, io: CliIo): Promise<number> {
  const usage = 'npm run cli -- slip --workspace THƯ_MỤC --article ID --out TỆP.pdf';
  if (!cli.act.article) throw new CliUsageError(`Thiếu mã bài viết. Cách dùng: ${usage}`);
  if (!cli.out) throw new CliUsageError(`Thiếu tệp kết quả (--out). Cách dùng: ${usage}`);
  const printed = await app.services.slips.printSlip(cli.act.article, app.ctx.user);
  writeFileSync(cli.out, printed.bytes);
  io.stdout(cli.out);
  io.stderr(`Đã in phiếu duyệt ra ${cli.out} (${Math.ceil(printed.bytes.length / 1024)} KB). Mã QR: ${printed.code}`);
  return 0;
}

/** Exit 0 when the signed version and the chain up to the slip's entry are intact, 1 otherwise. */
export function verifySlip(app: App, text: string, json: boolean, io: CliIo): number {
  const report = app.services.slips.verify(text);
  if (json) {
    io.stdout(JSON.stringify(report));
  } else {
    io.stdout(`Phiếu duyệt bài “${report.title ?? report.code.articleId}”, in lúc ${formatDateTime(report.code.printedAt)} (mục nhật ký số ${report.code.seq}):`);
    for (const c of report.checks) io.stdout(`  ${c.ok ? '[đúng]' : '[SAI] '} ${c.label}: ${c.detail}`);
    for (const n of report.notes) io.stdout(`  Lưu ý: ${n}`);
  }
  if (report.ok) {
    if (!json) io.stdout('KHỚP: phiên bản đã ký và nhật ký đến lúc in phiếu còn nguyên vẹn.');
    return 0;
  }
  const broken = report.checks.filter((c) => !c.ok).map((c) => c.label);
  io.stderr(`KHÔNG KHỚP: phiếu duyệt không còn đúng với dữ liệu. Sai ở: ${broken.join('; ')}.`);
  return 1;
}
