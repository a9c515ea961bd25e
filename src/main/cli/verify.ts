// `verify`: checks the whole audit chain, every sign-off, every user key and the history rows against
// the chain; non-zero exit naming the first broken entry. `verify --seal` and `seal`: seals of the chain.
import { existsSync, readFileSync } from 'node:fs';
import { AppError, ErrorCode } from '../../shared/errors';
import type { App } from '../app';
import { CliUsageError, type ParsedCli } from './args';
import type { CliIo } from './commands';

/** More problems than this are counted, not listed. */
const LISTED = 20;

export function verify(app: App, json: boolean, io: CliIo): number {
  const report = app.verify();
  if (json) io.stdout(JSON.stringify(report));
  const summary = `${report.entries} mục nhật ký, ${report.signOffs} bản ký duyệt (${report.validSignOffs} hợp lệ)`;
  if (report.ok) {
    if (!json) io.stdout(`Toàn vẹn: ${summary}. Chuỗi nhật ký, mọi chữ ký, khóa ký và lịch sử đều đúng.`);
    return 0;
  }
  const b = report.firstBroken!;
  const where = b.seq === null ? `ngoài nhật ký (${b.id})` : `mục nhật ký số ${b.seq} (id ${b.id})`;
  io.stderr(`KHÔNG TOÀN VẸN: ${summary}. Mục hỏng đầu tiên: ${where}. ${b.problem}`);
  if (!json && report.problems.length > 1) {
    io.stderr(`Tất cả ${report.problems.length} chỗ hỏng:`);
    for (const p of report.problems.slice(0, LISTED)) io.stderr(`- ${p.seq === null ? '' : `mục số ${p.seq}: `}${p.problem}`);
    if (report.problems.length > LISTED) io.stderr(`… và ${report.problems.length - LISTED} chỗ khác (xem --json).`);
  }
  return 1;
}

/** `seal --out FILE`: "Niêm phong nhật ký" to a file the user keeps elsewhere. */
export function seal(app: App, cli: ParsedCli, io: CliIo): number {
  if (!cli.out) throw new CliUsageError('Thiếu tệp kết quả (--out). Cách dùng: npm run cli -- seal --workspace THƯ_MỤC --out TỆP');
  const sealed = app.sealer.seal('manual', null, { out: cli.out });
  if (!sealed) throw new AppError(ErrorCode.CONFLICT, 'Nhật ký còn trống, chưa có gì để niêm phong.');
  io.stdout(cli.out);
  io.stderr(`Đã niêm phong nhật ký đến mục số ${sealed.seal.seq} (mã băm ${sealed.seal.hash.slice(0, 16)}…) bằng khóa ${sealed.seal.installationKeyId}.`);
  return 0;
}

/** `verify --seal FILE`: the chain still holds the sealed head unchanged (and the seal is genuine). */
export function verifySeal(app: App, file: string, json: boolean, io: CliIo): number {
  if (!existsSync(file)) throw new CliUsageError(`Không tìm thấy tệp niêm phong “${file}”.`);
  const report = app.sealer.check(readFileSync(file, 'utf8'));
  if (json) io.stdout(JSON.stringify(report));
  if (report.ok) {
    if (!json) io.stdout(`Khớp niêm phong: nhật ký vẫn chứa nguyên vẹn mục số ${report.seq} như lúc niêm phong (${report.at}).`);
    return 0;
  }
  io.stderr(`KHÔNG KHỚP NIÊM PHONG${report.firstBadSeq === null ? '' : ` (từ mục số ${report.firstBadSeq})`}: ${report.problem}`);
  return 1;
}
