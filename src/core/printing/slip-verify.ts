// Checking a printed approval slip against the workspace. The slip is an external witness: it carries the
// signed version and the audit chain's head when it was printed, so a database rewritten afterwards — even
// with every hash recomputed — no longer reaches the same head, and the check says so. Since version 2 the
// head is also sealed with the installation key, so a slip cannot be made up for a rewritten database.
import { formatDateTime } from '../../shared/dates';
import type { AuditEntry } from '../../shared/workflow';
import { verifyAuditChain } from '../audit/chain';
import type { SealReport } from '../audit/seal';
import type { Hasher } from '../ports';
import { approvalFingerprint } from '../publishing/keys';
import { checkSignOff, type SignOffCheckDeps, type SignOffRecord, type SignOffVoid } from '../signoff/signoff';
import type { SlipCode } from './slip-code';

/** The audit action that records the printing of a slip (its entry is the head the slip carries). */
export const SLIP_AUDIT_ACTION = 'print.slip';

export interface SlipCheck {
  /** What was checked (Vietnamese). */
  label: string;
  ok: boolean;
  /** What was found (Vietnamese). */
  detail: string;
}

export interface SlipReport {
  ok: boolean;
  code: SlipCode;
  /** The article's title, when the article is still in the workspace. */
  title: string | null;
  checks: SlipCheck[];
  /** Facts that do not make the slip wrong (a later void, later edits, entries after the slip). */
  notes: string[];
}

export interface SlipVerifyInput {
  code: SlipCode;
  title: string | null;
  /** Every sign-off of the slip's article. */
  signOffs: readonly SignOffRecord[];
  voids: readonly SignOffVoid[];
  /** Audit entries in stored order; read no further than the slip's entry. */
  entries: Iterable<AuditEntry>;
  /** How many entries the chain has now. */
  totalEntries: number;
  /** The article's current content hash (null when the article is gone). */
  currentContentHash: string | null;
  /** The check of the slip's seal (checkSealStamp); null for a version-1 slip, which has none. */
  seal: SealReport | null;
}

const short = (hash: string) => `${hash.slice(0, 16)}…`;

export function verifySlip(input: SlipVerifyInput, deps: SignOffCheckDeps, hasher: Hasher): SlipReport {
  const { code } = input;
  const checks: SlipCheck[] = [];
  const notes: string[] = [];
  const check = (label: string, ok: boolean, detail: string) => void checks.push({ label, ok, detail });

  // 1. The sign-off the slip names, its signature, and the signed content.
  const record = input.signOffs.find((s) => approvalFingerprint(s, hasher) === code.fingerprint) ?? null;
  if (!record) {
    check('Bản ký duyệt', false, `Không có bản ký duyệt nào của bài ${code.articleId} mang dấu vân tay ${code.fingerprint}: bản ký duyệt đã bị xóa hoặc bị thay.`);
  } else if (record.revisionId !== code.revisionId || record.contentHash !== code.contentHash) {
    check('Bản ký duyệt', false, `Bản ký duyệt mang dấu vân tay này ghi phiên bản ${record.revisionId} (mã băm ${short(record.contentHash)}), khác với phiếu.`);
  } else {
    check('Bản ký duyệt', true, `Của ${record.signerName}${record.signerPosition ? ` (${record.signerPosition})` : ''}, ký lúc ${formatDateTime(record.signedAt)}.`);
    // The signature alone here (the signed content has its own line below): the payload's hash was already
    // compared with the record's by checkSignOff, so handing it back makes its content step a no-op.
    const problem = checkSignOff(record, { ...deps, revisionHash: () => record.contentHash });
    check('Chữ ký số', problem === null, problem ?? 'Chữ ký số đúng với khóa công khai của người ký.');
  }
  const actual = deps.revisionHash(code.revisionId);
  if (actual === null) check('Nội dung phiên bản đã ký', false, `Không tìm thấy phiên bản ${code.revisionId} trong cơ sở dữ liệu.`);
  else if (actual !== code.contentHash) {
    check('Nội dung phiên bản đã ký', false, `Nội dung đã bị thay đổi sau khi ký: mã băm tính lại là ${short(actual)}, phiếu ghi ${short(code.contentHash)}.`);
  } else check('Nội dung phiên bản đã ký', true, `Tính lại đúng mã băm ${short(code.contentHash)}.`);

  // 2. The chain from the first entry up to the slip's, and that entry itself.
  const upTo: AuditEntry[] = [];
  for (const e of input.entries) {
    if (e.seq > code.seq) break;
    upTo.push(e);
  }
  const broken = verifyAuditChain(upTo, hasher);
  const last = upTo.at(-1);
  if (broken) check(`Chuỗi nhật ký từ mục 1 đến mục ${code.seq}`, false, `Hỏng tại mục số ${broken.seq}: ${broken.problem}`);
  else if (!last || last.seq !== code.seq) {
    check(`Chuỗi nhật ký từ mục 1 đến mục ${code.seq}`, false, `Nhật ký chỉ có ${upTo.length} mục, không có mục số ${code.seq} mà phiếu ghi: có mục đã bị xóa.`);
  } else check(`Chuỗi nhật ký từ mục 1 đến mục ${code.seq}`, true, `${upTo.length} mục, mã băm nối tiếp đúng.`);

  const entry = last?.seq === code.seq ? last : null;
  if (entry) {
    const label = `Mục nhật ký số ${code.seq} (lúc in phiếu)`;
    const d = entry.details;
    if (entry.hash !== code.headHash) {
      check(label, false, `Mã băm bây giờ là ${short(entry.hash)}, phiếu ghi ${short(code.headHash)}: nhật ký đã bị viết lại sau khi in phiếu.`);
    } else if (
      entry.action !== SLIP_AUDIT_ACTION ||
      entry.articleId !== code.articleId ||
      d.revisionId !== code.revisionId ||
      d.contentHash !== code.contentHash ||
      d.fingerprint !== code.fingerprint ||
      entry.at !== code.printedAt
    ) {
      check(label, false, `Mục này không ghi lần in phiếu này (${entry.description}).`);
    } else check(label, true, `Đúng mã băm ${short(code.headHash)}; ${entry.user?.name ?? 'hệ thống'} in phiếu lúc ${formatDateTime(entry.at)}.`);
  }

  // 3. The installation key's seal of that head.
  if (code.seal && input.seal) {
    const label = 'Niêm phong nhật ký (khóa niêm phong của máy)';
    if (input.seal.ok) check(label, true, `Chữ ký của khóa ${code.seal.keyId} đúng; nhật ký đến mục số ${code.seq} còn nguyên như lúc niêm phong.`);
    else check(label, false, input.seal.problem ?? 'Niêm phong không khớp.');
  } else notes.push('Phiếu in theo mẫu cũ, chưa có niêm phong bằng khóa niêm phong của máy; chỉ kiểm tra được theo mã băm.');

  // 4. The sign-off is in the witnessed part of the chain, with the same signature.
  if (record) {
    const signed = upTo.find((e) => e.seq < code.seq && e.details.signOffId === record.id);
    if (!signed) check('Ký duyệt trong nhật ký', false, `Không có mục nhật ký nào ghi bản ký duyệt này trước mục số ${code.seq}.`);
    else if (signed.details.signature !== record.signature) check('Ký duyệt trong nhật ký', false, `Chữ ký ghi ở mục số ${signed.seq} khác chữ ký đã lưu.`);
    else check('Ký duyệt trong nhật ký', true, `Mục số ${signed.seq}, lúc ${formatDateTime(signed.at)}.`);

    const voided = input.voids.find((v) => v.signOffId === record.id);
    if (voided) notes.push(`Bản ký duyệt này đã hết hiệu lực từ ${formatDateTime(voided.at)} (${voided.reason}); phiếu vẫn đúng với phiên bản đã ký.`);
  }
  if (input.title === null) notes.push(`Không còn bài viết ${code.articleId} trong thư mục làm việc.`);
  else if (input.currentContentHash !== null && input.currentContentHash !== code.contentHash) {
    notes.push('Bài viết đã được sửa sau phiên bản ghi trên phiếu (nội dung hiện tại khác phiên bản đã ký).');
  }
  if (input.totalEntries > code.seq) {
    notes.push(`Nhật ký có thêm ${input.totalEntries - code.seq} mục sau lúc in phiếu; phiếu không chứng thực các mục đó (dùng lệnh verify không có --slip để kiểm tra toàn bộ).`);
  }
  return { ok: checks.every((c) => c.ok), code, title: input.title, checks, notes };
}
