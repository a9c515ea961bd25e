// The audit chain: each entry's hash covers its own canonical form and the previous entry's hash,
// so editing, deleting, inserting or reordering rows breaks the chain at the first touched row.
import { canonicalJson } from '../articles/canonical';
import type { Hasher } from '../ports';
import type { AuditEntry } from '../../shared/workflow';

export const GENESIS_HASH = '0'.repeat(64);

export type UnsealedEntry = Omit<AuditEntry, 'hash'>;

export function auditEntryHash(e: UnsealedEntry, hasher: Hasher): string {
  return hasher.sha256(
    canonicalJson({
      seq: e.seq,
      id: e.id,
      at: e.at,
      user: e.user,
      action: e.action,
      articleId: e.articleId,
      description: e.description,
      details: e.details,
      prevHash: e.prevHash
    })
  );
}

export interface ChainBreak {
  seq: number;
  id: string;
  /** Vietnamese, for the verify report. */
  problem: string;
}

/** Checks entries in stored order; returns the first broken one, or null when the chain is intact. */
export function verifyAuditChain(entries: Iterable<AuditEntry>, hasher: Hasher): ChainBreak | null {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const e of entries) {
    const at = { seq: e.seq, id: e.id };
    if (e.seq !== expectedSeq) {
      return { ...at, problem: `Số thứ tự ${e.seq} không liền sau ${expectedSeq - 1}: có mục nhật ký bị xóa, chèn hoặc đổi chỗ.` };
    }
    if (e.prevHash !== prevHash) {
      return { ...at, problem: 'Mã băm của mục trước không khớp: có mục nhật ký bị xóa, chèn hoặc đổi chỗ ngay trước mục này.' };
    }
    if (auditEntryHash(e, hasher) !== e.hash) {
      return { ...at, problem: 'Nội dung mục nhật ký đã bị sửa sau khi ghi (mã băm không khớp).' };
    }
    prevHash = e.hash;
    expectedSeq += 1;
  }
  return null;
}
