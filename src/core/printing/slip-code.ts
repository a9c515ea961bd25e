// The text carried by an approval slip's QR code ("Phiếu duyệt tin bài"): what was signed and the audit
// chain's head when the slip was printed, so the paper can later be checked against the workspace.
// ASCII only, one line, fields in a fixed order:
//   BBT-SLIP/2;a=<article id>;r=<revision id>;h=<content hash>;f=<approval fingerprint>;s=<audit seq>;c=<audit hash>;t=<printed at, UTC ISO>;k=<installation key id>;g=<seal signature, base64url>
// Version 2 adds the seal of that head (s, c and t are the sealed head and time; k and g the installation
// key's signature, see seal-stamp.ts). Slips printed as version 1 (no k, g) are still read.
// Parsed strictly: a slip that does not read back exactly is refused rather than half-checked.
import { AppError, ErrorCode } from '../../shared/errors';
import { fromBase64Url, toBase64Url } from '../audit/seal-stamp';

export const SLIP_MAGIC = 'BBT-SLIP';
export const SLIP_VERSION = 2;

export interface SlipCode {
  articleId: string;
  revisionId: string;
  /** Content hash of the signed revision. */
  contentHash: string;
  /** approvalFingerprint of the sign-off: "<key id>:<32 hex of the signature's SHA-256>". */
  fingerprint: string;
  /** Sequence number of the audit entry that recorded this printing (the chain's head at printing). */
  seq: number;
  /** Hash of that audit entry. */
  headHash: string;
  /** When the slip was printed (the audit entry's time), UTC ISO with milliseconds. */
  printedAt: string;
  /** The installation key's seal of (seq, headHash, printedAt); null on a version-1 slip. */
  seal: { keyId: string; signature: string } | null;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const HASH = /^[0-9a-f]{64}$/;
const FINGERPRINT = /^[A-Za-z0-9_-]{1,64}:[0-9a-f]{32}$/;
const SEQ = /^[1-9][0-9]{0,14}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Field key, property and the check of its value (with what to say when it fails). */
const FIELDS = [
  ['a', 'articleId', ID, 'mã bài viết'],
  ['r', 'revisionId', ID, 'mã phiên bản'],
  ['h', 'contentHash', HASH, 'mã băm nội dung (64 ký tự 0-9, a-f)'],
  ['f', 'fingerprint', FINGERPRINT, 'dấu vân tay phê duyệt'],
  ['s', 'seq', SEQ, 'số thứ tự mục nhật ký'],
  ['c', 'headHash', HASH, 'mã băm mục nhật ký (64 ký tự 0-9, a-f)'],
  ['t', 'printedAt', ISO, 'thời điểm in']
] as const;
const SEAL_FIELDS = [
  ['k', 'keyId', ID, 'mã khóa niêm phong'],
  ['g', 'signature', /^[A-Za-z0-9_-]{20,200}$/, 'chữ ký niêm phong']
] as const;
/** The fields of each version the app reads. */
const VERSIONS: Record<number, readonly (readonly [string, string, RegExp, string])[]> = { 1: FIELDS, 2: [...FIELDS, ...SEAL_FIELDS] };

export function formatSlipCode(c: SlipCode): string {
  const { seal, ...head } = c;
  const values: Record<string, string> = { ...head, seq: String(c.seq), ...(seal ? { keyId: seal.keyId, signature: toBase64Url(seal.signature) } : {}) };
  const version = seal ? 2 : 1;
  const parts = VERSIONS[version]!.map(([key, prop, re, label]) => {
    const v = values[prop]!;
    if (!re.test(v)) throw new AppError(ErrorCode.INTERNAL, `Không tạo được mã phiếu duyệt: ${label} không hợp lệ (${v}).`);
    return `${key}=${v}`;
  });
  return [`${SLIP_MAGIC}/${version}`, ...parts].join(';');
}

/** Reads a slip's QR text (surrounding whitespace ignored); throws an AppError naming what is wrong. */
export function parseSlipCode(text: string): SlipCode {
  const bad = (why: string) => new AppError(ErrorCode.INVALID_INPUT, `Mã phiếu duyệt không hợp lệ: ${why}`);
  const line = text.trim();
  if (line === '') throw bad('chuỗi trống. Hãy quét mã QR ở cuối phiếu và dán nguyên văn.');
  const [head, ...rest] = line.split(';');
  const version = /^BBT-SLIP\/(\d+)$/.exec(head!);
  if (!version) throw bad(`không bắt đầu bằng “${SLIP_MAGIC}/${SLIP_VERSION};”, có thể không phải mã QR của phiếu duyệt tin bài.`);
  const fields = VERSIONS[Number(version[1])];
  if (!fields) throw bad(`phiếu theo mẫu ${SLIP_MAGIC}/${version[1]}, phiên bản ứng dụng này chỉ đọc được mẫu 1 và ${SLIP_VERSION}. Hãy cập nhật ứng dụng.`);
  if (rest.length !== fields.length) throw bad(`cần đúng ${fields.length} trường (${fields.map((f) => f[0]).join(', ')}), chuỗi có ${rest.length}. Có thể mã bị cắt hoặc chép thiếu.`);
  const out: Record<string, string> = {};
  fields.forEach(([key, prop, re, label], i) => {
    const part = rest[i]!;
    const eq = part.indexOf('=');
    const k = eq < 0 ? part : part.slice(0, eq);
    if (k !== key) throw bad(`trường thứ ${i + 1} phải là “${key}=” (${label}), gặp “${part.slice(0, 20)}”.`);
    const v = part.slice(eq + 1);
    if (!re.test(v)) throw bad(`${label} (“${key}=”) sai định dạng: “${v.slice(0, 80)}”.`);
    out[prop] = v;
  });
  const seq = Number(out['seq']);
  if (!Number.isSafeInteger(seq)) throw bad('số thứ tự mục nhật ký quá lớn.');
  const at = Date.parse(out['printedAt']!);
  if (Number.isNaN(at) || new Date(at).toISOString() !== out['printedAt']) throw bad(`thời điểm in không phải ngày giờ có thật: “${out['printedAt']}”.`);
  return {
    articleId: out['articleId']!,
    revisionId: out['revisionId']!,
    contentHash: out['contentHash']!,
    fingerprint: out['fingerprint']!,
    seq,
    headHash: out['headHash']!,
    printedAt: out['printedAt']!,
    seal: out['keyId'] ? { keyId: out['keyId'], signature: fromBase64Url(out['signature']!) } : null
  };
}
