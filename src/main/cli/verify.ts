// `verify`: checks the whole audit chain and every sign-off; non-zero exit naming the first broken entry.
import type { App } from '../app';
import type { CliIo } from './commands';

export function verify(app: App, json: boolean, io: CliIo): number {
  const report = app.verify();
  if (json) io.stdout(JSON.stringify(report));
  const summary = `${report.entries} mục nhật ký, ${report.signOffs} bản ký duyệt (${report.validSignOffs} hợp lệ)`;
  if (report.ok) {
    if (!json) io.stdout(`Toàn vẹn: ${summary}. Chuỗi nhật ký và mọi chữ ký đều đúng.`);
    return 0;
  }
  const b = report.firstBroken!;
  const where = b.seq === null ? `ngoài nhật ký (${b.id})` : `mục nhật ký số ${b.seq} (id ${b.id})`;
  io.stderr(`KHÔNG TOÀN VẸN: ${summary}. Mục hỏng đầu tiên: ${where}. ${b.problem}`);
  return 1;
}
