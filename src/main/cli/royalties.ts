// `royalties`: "Bảng kê nhuận bút" of a month (2026-11) or a quarter (2026-Q4) to an .xlsx or .pdf file
// (the format from the extension), and/or its rows as JSON (--json). Reads only: it runs beside the app.
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { ROYALTY_EXPORT_FORMATS, type RoyaltyExportFormat } from '../../shared/royalties';
import type { App } from '../app';
import { CliUsageError, type ParsedCli } from './args';
import type { CliIo } from './commands';

export const ROYALTIES_USAGE = 'npm run cli -- royalties --workspace THƯ_MỤC --period 2026-11|2026-Q4 (--out TỆP.xlsx|TỆP.pdf | --json)';

export async function royaltiesVerb(app: App, cli: ParsedCli, io: CliIo): Promise<number> {
  if (!cli.period) throw new CliUsageError(`Thiếu kỳ (--period), ví dụ 2026-11 (tháng) hoặc 2026-Q4 (quý). Cách dùng: ${ROYALTIES_USAGE}`);
  if (!cli.out && !cli.json) throw new CliUsageError(`Thiếu tệp kết quả (--out) hoặc --json. Cách dùng: ${ROYALTIES_USAGE}`);
  let format: RoyaltyExportFormat | null = null;
  if (cli.out) {
    const ext = extname(cli.out).slice(1).toLowerCase();
    if (!(ROYALTY_EXPORT_FORMATS as readonly string[]).includes(ext)) throw new CliUsageError(`Tệp kết quả phải có đuôi .xlsx hoặc .pdf (đã cho “${cli.out}”).`);
    format = ext as RoyaltyExportFormat;
  }
  const s = app.services.royaltyReports;
  const report = format ? (await exportTo(app, cli.period, format, cli.out!, io)).report : s.build(cli.period);
  if (cli.json) io.stdout(JSON.stringify(report.people.flatMap((p) => p.rows)));
  io.stderr(
    `${report.period.label}${report.period.closed ? ' (đã chốt)' : ' (chưa chốt)'}: ${report.people.length} người, tổng ${report.totalText} – ${report.totalInWords}` +
      (report.undecided.length ? `; ${report.undecided.length} bài đã xuất bản chưa có quyết định nhuận bút` : '')
  );
  return 0;
}

async function exportTo(app: App, period: string, format: RoyaltyExportFormat, out: string, io: CliIo) {
  const done = await app.services.royaltyReports.render(period, format);
  writeFileSync(out, done.bytes);
  io.stdout(out);
  return done;
}
