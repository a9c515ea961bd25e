// The short form of a seal ("dấu niêm phong") for places too small for the whole seal document: a printed
// slip's QR code and the published page's HTML attribute. It keeps what was signed about the head (seq,
// hash, time, key id, signature) and leaves out the checkpoints and the public key. The verifier takes
// those back from the chain and from this installation's key: an intact chain up to the head gives back
// exactly the message that was signed. A chain that no longer holds the head fails before the signature
// is looked at, naming the edited row, the first missing one, or — rewritten with every hash recomputed —
// the range 1–seq (the full seal written to the backup folder at the same moment narrows that down).
import type { Hasher } from '../ports';
import type { UserRef } from '../../shared/article';
import type { AuditEntry } from '../../shared/workflow';
import { verifyAuditChain } from './chain';
import { parseSeal, sealMessage, unsignedSeal, SEAL_FORMAT, type Seal, type SealCheckDeps, type SealReport } from './seal';

export interface SealStamp {
  seq: number;
  hash: string;
  at: string;
  installationKeyId: string;
  /** Ed25519 signature of the full seal's message, standard base64 (as in the seal document). */
  signature: string;
}

/** The seal service as use-cases see it (AuditSealer in the main process): one signing path for every seal. */
export interface ChainSealer {
  /** Seals the chain's head as of `at` into the backup folder (noted in the chain); null when the chain is empty. */
  sealHead(reason: 'slip' | 'publication', user: UserRef | null, at?: string): Seal | null;
  checkStamp(stamp: SealStamp): SealReport;
}

export function stampOf(seal: Seal): SealStamp {
  return { seq: seal.seq, hash: seal.hash, at: seal.at, installationKeyId: seal.installationKeyId, signature: seal.signature };
}

/** base64 → base64url without padding: no `+ / =`, so it sits in a `k=v;` list and a QR code as is. */
export function toBase64Url(b64: string): string {
  return b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(u: string): string {
  const b64 = u.replace(/-/g, '+').replace(/_/g, '/');
  return b64 + '='.repeat((4 - (b64.length % 4)) % 4);
}

/** One ASCII line: `bbt-seal/1;s=<seq>;c=<hash>;t=<at>;k=<key id>;g=<signature, base64url>`. */
export function formatSealStamp(s: SealStamp): string {
  return `${SEAL_FORMAT};s=${s.seq};c=${s.hash};t=${s.at};k=${s.installationKeyId};g=${toBase64Url(s.signature)}`;
}

const STAMP_RE = /bbt-seal\/1;s=([1-9][0-9]{0,14});c=([0-9a-f]{64});t=(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z);k=([A-Za-z0-9_-]{1,64});g=([A-Za-z0-9_-]{20,200})/;

/** The first stamp anywhere in `text` (a bare stamp, or a saved page carrying it in an attribute), or null. */
export function findSealStamp(text: string): SealStamp | null {
  const m = STAMP_RE.exec(text);
  if (!m) return null;
  return { seq: Number(m[1]), hash: m[2]!, at: m[3]!, installationKeyId: m[4]!, signature: fromBase64Url(m[5]!) };
}

export type SealDocument = { kind: 'seal'; seal: Seal } | { kind: 'stamp'; stamp: SealStamp };

/**
 * What `verify --seal` reads: a seal file, a document holding one under `seal` (a folder target's
 * manifest.json), or any text carrying a stamp (a published page). A Vietnamese problem otherwise.
 */
export function readSealDocument(text: string): SealDocument | string {
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: perhaps a page carrying a stamp.
  }
  if (json && typeof json === 'object') {
    const inner = (json as { seal?: unknown }).seal;
    const doc = (json as { format?: unknown }).format === SEAL_FORMAT ? text : inner && typeof inner === 'object' ? JSON.stringify(inner) : null;
    if (doc !== null) {
      const seal = parseSeal(doc);
      return typeof seal === 'string' ? seal : { kind: 'seal', seal };
    }
  }
  const stamp = findSealStamp(text);
  if (stamp) return { kind: 'stamp', stamp };
  return `Tệp này không chứa niêm phong nhật ký (${SEAL_FORMAT}): không phải tệp niêm phong, bản kê (manifest.json) có niêm phong, hay trang có dấu niêm phong.`;
}

/** Checks a stamp: the chain still holds its head unchanged, and the signature is this installation's. */
export function checkSealStamp(stamp: SealStamp, entries: Iterable<AuditEntry>, deps: SealCheckDeps, hasher: Hasher): SealReport {
  const fail = (problem: string, firstBadSeq: number | null = null): SealReport => ({ ok: false, seq: stamp.seq, at: stamp.at, problem, firstBadSeq });
  const upTo: AuditEntry[] = [];
  for (const e of entries) if (e.seq <= stamp.seq) upTo.push(e);
  const broken = verifyAuditChain(upTo, hasher);
  if (broken) return fail(`Nhật ký đến mục niêm phong số ${stamp.seq} đã bị sửa: mục số ${broken.seq}: ${broken.problem}`, broken.seq);
  const head = upTo.at(-1);
  if (!head || head.seq !== stamp.seq) {
    return fail(`Nhật ký đã bị cắt: chỉ còn ${upTo.length} mục liền nhau nhưng dấu niêm phong (${stamp.at}) ghi đến mục số ${stamp.seq}; thiếu từ mục số ${upTo.length + 1}.`, upTo.length + 1);
  }
  if (head.hash !== stamp.hash) {
    return fail(
      `Nhật ký đã bị viết lại sau khi niêm phong (${stamp.at}): mã băm mục số ${stamp.seq} không còn như cũ, có mục trong khoảng số 1–${stamp.seq} đã bị sửa (tệp niêm phong cùng lúc trong thư mục sao lưu khoanh vùng hẹp hơn).`,
      1
    );
  }
  const own = deps.installationKey;
  if (!own) return fail('Máy này không có khóa niêm phong (tệp installation-key) nên không xác nhận được chữ ký niêm phong.');
  if (own.keyId !== stamp.installationKeyId) return fail(`Dấu niêm phong được ký bằng khóa ${stamp.installationKeyId}, không phải khóa niêm phong của thư mục làm việc này (${own.keyId}).`);
  if (!deps.verify(own.publicKeyPem, sealMessage(unsignedSeal(upTo, stamp.at, own)!), stamp.signature)) {
    return fail('Chữ ký niêm phong không hợp lệ: dấu niêm phong (trên phiếu hoặc trang đã đăng) đã bị sửa, hoặc không do máy này ký.');
  }
  return { ok: true, seq: stamp.seq, at: stamp.at, problem: null, firstBadSeq: null };
}
