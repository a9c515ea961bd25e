// Sign-off description and checks. The signed message is the canonical NFC JSON of SignOffPayload,
// so anyone holding the workspace can re-derive it and check the Ed25519 signature offline.
import { canonicalJson } from '../articles/canonical';
import type { PublicKeyRecord } from '../ports';

export interface SignOffPayload {
  articleId: string;
  revisionId: string;
  version: number;
  /** SHA-256 over all content of the approved revision (fields, body, attachment hashes). */
  contentHash: string;
  /** Content hash of the revision before it, or null for a first version. */
  previousHash: string | null;
  decision: 'approve';
  comment: string;
  signedAt: string;
  signerId: string;
  signerKeyId: string;
}

export interface SignOffRecord {
  id: string;
  articleId: string;
  revisionId: string;
  contentHash: string;
  /** Exactly the bytes that were signed (canonical JSON of the payload). */
  message: string;
  signature: string;
  keyId: string;
  signerId: string;
  signerName: string;
  signerPosition: string;
  signedAt: string;
  comment: string;
}

export interface SignOffVoid {
  signOffId: string;
  articleId: string;
  at: string;
  userId: string | null;
  userName: string | null;
  reason: string;
}

export function signOffMessage(p: SignOffPayload): string {
  return canonicalJson(p);
}

export interface SignOffCheckDeps {
  publicKey(keyId: string): PublicKeyRecord | null;
  verify(publicKeyPem: string, message: string, signatureBase64: string): boolean;
  /** Content hash recomputed from the stored revision's content, or null when the revision is missing. */
  revisionHash(revisionId: string): string | null;
}

/** Returns a Vietnamese description of what is wrong with the sign-off, or null when it checks out. */
export function checkSignOff(r: SignOffRecord, d: SignOffCheckDeps): string | null {
  let p: SignOffPayload;
  try {
    p = JSON.parse(r.message) as SignOffPayload;
  } catch {
    return 'Bản mô tả được ký đã bị hỏng.';
  }
  if (signOffMessage(p) !== r.message) return 'Bản mô tả được ký không ở dạng chuẩn (đã bị sửa).';
  if (p.articleId !== r.articleId || p.revisionId !== r.revisionId || p.contentHash !== r.contentHash || p.signerKeyId !== r.keyId || p.signerId !== r.signerId || p.signedAt !== r.signedAt) {
    return 'Thông tin ký duyệt không khớp với bản mô tả được ký.';
  }
  const key = d.publicKey(r.keyId);
  if (!key || key.userId !== r.signerId) return 'Không tìm thấy khóa công khai của người ký.';
  if (!d.verify(key.publicKeyPem, r.message, r.signature)) return 'Chữ ký số không hợp lệ.';
  const actual = d.revisionHash(r.revisionId);
  if (actual === null) return 'Không tìm thấy phiên bản bài viết đã được ký.';
  if (actual !== p.contentHash) return 'Nội dung phiên bản đã ký bị thay đổi sau khi ký (mã băm không khớp).';
  return null;
}
