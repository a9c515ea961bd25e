// Whole-workspace verification: the audit chain plus every sign-off (signature, signed revision
// content, its entry in the chain, and a key whose password no administrator knew), every
// user key (vouched for by the chain, id re-derived from the public key) and every history row users
// read (matched to the chain). Reports the first broken audit entry in chain order.
import type { Hasher, PublicKeyRecord } from '../ports';
import type { AuditEntry } from '../../shared/workflow';
import { adminKnewPassword } from '../accounts/key-origin';
import { checkSignOff, type SignOffCheckDeps, type SignOffRecord } from '../signoff/signoff';
import { verifyAuditChain } from './chain';
import { checkHistory, checkKeys, type HistoryRow, type RevisionRow, type WorkflowEventRow } from './cross-check';

export interface BrokenEntry {
  /** Audit sequence number of the first broken entry (null when the problem has no entry at all). */
  seq: number | null;
  id: string | null;
  problem: string;
}

export interface VerifyReport {
  ok: boolean;
  entries: number;
  signOffs: number;
  validSignOffs: number;
  firstBroken: BrokenEntry | null;
  /** Every problem found, in chain order (the first is `firstBroken`). */
  problems: BrokenEntry[];
}

export interface VerifyInput {
  entries: Iterable<AuditEntry>;
  signOffs: readonly SignOffRecord[];
  /** Articles in Đã duyệt without a sign-off of their current version (an approval no one signed). */
  unsigned: readonly { articleId: string; title: string }[];
  /** Every stored user key (public part). */
  keys: readonly PublicKeyRecord[];
  /** What users see as history, to be matched against the chain. */
  events: readonly WorkflowEventRow[];
  history: readonly HistoryRow[];
  revisions: readonly RevisionRow[];
}

export interface VerifyDeps extends SignOffCheckDeps {
  /** Key id re-derived from a public key (null when the PEM is unreadable). */
  keyIdOf(publicKeyPem: string): string | null;
}

export function verifyWorkspace(input: VerifyInput, deps: VerifyDeps, hasher: Hasher): VerifyReport {
  const { entries, signOffs, unsigned } = input;
  const list = [...entries];
  const problems: BrokenEntry[] = [];
  const chainBreak = verifyAuditChain(list, hasher);
  if (chainBreak) problems.push(chainBreak);
  const keys = checkKeys(input.keys, list, deps.keyIdOf);
  problems.push(...keys.problems, ...checkHistory(list, input));
  const entryOf = new Map<string, AuditEntry>();
  for (const e of list) {
    const id = e.details.signOffId;
    if (typeof id === 'string' && !entryOf.has(id)) entryOf.set(id, e);
  }
  let valid = 0;
  for (const s of signOffs) {
    const entry = entryOf.get(s.id) ?? null;
    const where = entry ? { seq: entry.seq, id: entry.id } : { seq: null, id: null };
    const untrusted = keys.untrusted.get(s.keyId);
    const problem = untrusted ? `khóa ký ${s.keyId} không đáng tin: ${untrusted}` : checkSignOff(s, deps);
    const origin = deps.publicKey(s.keyId)?.origin;
    if (problem) problems.push({ ...where, problem: `Bản ký duyệt của ${s.signerName} (${s.signedAt}): ${problem}` });
    else if (!entry) problems.push({ ...where, problem: `Bản ký duyệt của ${s.signerName} (${s.signedAt}) không có trong nhật ký.` });
    else if (entry.details.signature !== s.signature) problems.push({ ...where, problem: `Chữ ký trong nhật ký khác chữ ký đã lưu của ${s.signerName}.` });
    else if (adminKnewPassword(origin)) problems.push({ ...where, problem: adminKnownKeyProblem(s, origin) });
    else valid += 1;
  }
  for (const u of unsigned) {
    problems.push({ seq: null, id: u.articleId, problem: `Bài “${u.title}” ở trạng thái Đã duyệt nhưng phiên bản hiện tại không có chữ ký duyệt còn hiệu lực.` });
  }
  problems.sort((a, b) => (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER));
  return { ok: problems.length === 0, entries: list.length, signOffs: signOffs.length, validSignOffs: valid, firstBroken: problems[0] ?? null, problems };
}

/** The administrator knew the password that opened the key (a reset, or the account's first password). */
function adminKnownKeyProblem(s: SignOffRecord, origin: 'reset' | 'created'): string {
  const when = origin === 'reset' ? 'khi quản trị viên đặt lại mật khẩu' : 'với mật khẩu ban đầu do quản trị viên đặt khi tạo tài khoản';
  return `Bản ký duyệt của ${s.signerName} (${s.signedAt}) dùng khóa ký tạo ${when}: quản trị viên có thể đã ký thay.`;
}
