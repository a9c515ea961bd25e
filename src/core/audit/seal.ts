// Seals ("Niêm phong nhật ký"): the chain head (seq + hash) signed with an installation key that lives
// outside the database, written to places outside it (backup folder, a file the user keeps). Whoever
// rewrites the database file can recompute every hash, but cannot change a seal already written
// elsewhere; `verify --seal` then proves the chain still holds that head unchanged. Checkpoints (the
// hash every `step` entries) let verify name the range of rows that changed, not only "something".
import { canonicalJson } from '../articles/canonical';
import type { Hasher } from '../ports';
import type { AuditEntry } from '../../shared/workflow';
import { verifyAuditChain } from './chain';

export const SEAL_FORMAT = 'bbt-seal/1';

export interface Seal {
  format: typeof SEAL_FORMAT;
  /** Id of the chain's first entry: names the workspace's history without a separate id. */
  workspaceId: string;
  seq: number;
  hash: string;
  at: string;
  /** Hash of the entry every `checkpointStep` sequence numbers (step, 2·step, …, below `seq`). */
  checkpointStep: number;
  checkpoints: [number, string][];
  installationKeyId: string;
  /** SPKI PEM of the installation's Ed25519 public key. */
  publicKey: string;
  /** Ed25519 over `sealMessage(seal)`, base64. */
  signature: string;
}

export type UnsignedSeal = Omit<Seal, 'signature'>;

/** The exact bytes signed: canonical JSON of every field but the signature. */
export function sealMessage(s: UnsignedSeal): string {
  const { format, workspaceId, seq, hash, at, checkpointStep, checkpoints, installationKeyId, publicKey } = s;
  return canonicalJson({ format, workspaceId, seq, hash, at, checkpointStep, checkpoints, installationKeyId, publicKey });
}

/** At most ~1000 checkpoints whatever the chain's length (a seal stays well under 100 KB). */
export function checkpointStep(seq: number): number {
  return Math.max(100, Math.ceil(seq / 1000 / 100) * 100);
}

/** What to sign for the chain as it is now; null when the chain is empty (nothing to seal). */
export function unsignedSeal(entries: Iterable<AuditEntry>, at: string, key: { keyId: string; publicKeyPem: string }): UnsignedSeal | null {
  const list = [...entries];
  const head = list.at(-1);
  if (!head || !list[0]) return null;
  const step = checkpointStep(head.seq);
  const checkpoints: [number, string][] = [];
  for (const e of list) if (e.seq % step === 0 && e.seq < head.seq) checkpoints.push([e.seq, e.hash]);
  return {
    format: SEAL_FORMAT,
    workspaceId: list[0].id,
    seq: head.seq,
    hash: head.hash,
    at,
    checkpointStep: step,
    checkpoints,
    installationKeyId: key.keyId,
    publicKey: key.publicKeyPem
  };
}

export interface SealCheckDeps {
  /** Key id re-derived from a public key (null when the PEM is not a public key). */
  keyIdOf(publicKeyPem: string): string | null;
  verify(publicKeyPem: string, message: string, signatureBase64: string): boolean;
  /** This installation's public key, or null when it has none yet. */
  installationKey: { keyId: string; publicKeyPem: string } | null;
}

export interface SealReport {
  ok: boolean;
  seq: number | null;
  at: string | null;
  /** Vietnamese; null when the seal holds. */
  problem: string | null;
  /** First sequence number that differs from the sealed chain (or the first missing one). */
  firstBadSeq: number | null;
}

/** Parses a seal document; returns a Vietnamese problem for anything that is not a well-formed seal. */
export function parseSeal(text: string): Seal | string {
  let s: Partial<Seal>;
  try {
    s = JSON.parse(text) as Partial<Seal>;
  } catch {
    return 'Tệp niêm phong không đọc được (không phải JSON).';
  }
  const str = (v: unknown) => typeof v === 'string' && v !== '';
  const int = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;
  if (s.format !== SEAL_FORMAT) return `Tệp này không phải tệp niêm phong nhật ký (${SEAL_FORMAT}).`;
  if (!str(s.workspaceId) || !int(s.seq) || !str(s.hash) || !str(s.at) || !int(s.checkpointStep) || !Array.isArray(s.checkpoints) || !str(s.installationKeyId) || !str(s.publicKey) || !str(s.signature)) {
    return 'Tệp niêm phong thiếu trường hoặc sai định dạng.';
  }
  if (!s.checkpoints.every((c) => Array.isArray(c) && int(c[0]) && str(c[1]))) return 'Danh sách mốc kiểm tra trong tệp niêm phong sai định dạng.';
  return s as Seal;
}

/** Checks the seal's signature and that the chain still contains its head unchanged. */
export function checkSeal(seal: Seal, entries: Iterable<AuditEntry>, deps: SealCheckDeps, hasher: Hasher): SealReport {
  const fail = (problem: string, firstBadSeq: number | null = null): SealReport => ({ ok: false, seq: seal.seq, at: seal.at, problem, firstBadSeq });
  const { signature, ...unsigned } = seal;
  if (deps.keyIdOf(seal.publicKey) !== seal.installationKeyId) return fail('Mã khóa niêm phong không khớp với khóa công khai ghi trong tệp (tệp niêm phong đã bị sửa).');
  if (!deps.verify(seal.publicKey, sealMessage(unsigned), signature)) return fail('Chữ ký của tệp niêm phong không hợp lệ (tệp đã bị sửa sau khi niêm phong).');
  const own = deps.installationKey;
  if (!own) return fail('Máy này không có khóa niêm phong (tệp installation-key) nên không xác nhận được tệp niêm phong.');
  if (own.keyId !== seal.installationKeyId) return fail(`Tệp niêm phong được ký bằng khóa ${seal.installationKeyId}, không phải khóa niêm phong của thư mục làm việc này (${own.keyId}).`);

  const bySeq = new Map<number, AuditEntry>();
  const upTo: AuditEntry[] = [];
  for (const e of entries) {
    if (e.seq <= seal.seq) upTo.push(e);
    bySeq.set(e.seq, e);
  }
  const first = bySeq.get(1);
  if (first && first.id !== seal.workspaceId) return fail('Tệp niêm phong thuộc một nhật ký khác (mục đầu tiên không khớp) hoặc mục số 1 đã bị thay.', 1);
  // Rows changed without recomputing hashes: the chain itself names the row.
  const broken = verifyAuditChain(upTo, hasher);
  if (broken) return fail(`Nhật ký đến mục niêm phong số ${seal.seq} đã bị sửa: mục số ${broken.seq}: ${broken.problem}`, broken.seq);
  // Rows changed and every hash recomputed: the first checkpoint that differs bounds the change.
  let lastGood = 0;
  for (const [seq, hash] of [...seal.checkpoints, [seal.seq, seal.hash] as [number, string]]) {
    const e = bySeq.get(seq);
    if (!e) {
      const have = upTo.length;
      return fail(`Nhật ký đã bị cắt: chỉ còn ${have} mục liền nhau nhưng tệp niêm phong (${seal.at}) ghi đến mục số ${seal.seq}; thiếu từ mục số ${have + 1}.`, have + 1);
    }
    if (e.hash !== hash) {
      return fail(`Nhật ký đã bị viết lại sau khi niêm phong: có mục trong khoảng số ${lastGood + 1}–${seq} khác với lúc niêm phong (${seal.at}), mã băm mục số ${seq} không còn như cũ.`, lastGood + 1);
    }
    lastGood = seq;
  }
  return { ok: true, seq: seal.seq, at: seal.at, problem: null, firstBadSeq: null };
}
