// verifySlip over a hand-built workspace: a hash-chained audit log, one signed revision and a slip
// printed at the chain's head; then each kind of rewrite an attacker might make after printing.
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/workflow';
import { auditEntryHash, GENESIS_HASH } from '../audit/chain';
import { approvalFingerprint } from '../publishing/keys';
import { signOffMessage, type SignOffCheckDeps, type SignOffRecord } from '../signoff/signoff';
import { fakeHasher } from '../testing/fakes';
import type { SlipCode } from './slip-code';
import { SLIP_AUDIT_ACTION, verifySlip, type SlipVerifyInput } from './slip-verify';

const H1 = fakeHasher.sha256('nội dung phiên bản 1');
const signedAt = '2026-03-02T03:00:00.000Z';
const message = signOffMessage({
  articleId: 'a1',
  revisionId: 'r1',
  version: 1,
  contentHash: H1,
  previousHash: null,
  decision: 'approve',
  comment: 'Đồng ý đăng.',
  signedAt,
  signerId: 'u3',
  signerKeyId: 'k1'
});
const record: SignOffRecord = {
  id: 's1',
  articleId: 'a1',
  revisionId: 'r1',
  contentHash: H1,
  message,
  // Stands in for Ed25519 in this test: "signed" means the hash of the message.
  signature: fakeHasher.sha256(`sig:${message}`),
  keyId: 'k1',
  signerId: 'u3',
  signerName: 'Trần Quốc Bảo',
  signerPosition: 'Phó Chủ tịch UBND thị xã',
  signedAt,
  comment: 'Đồng ý đăng.'
};
const fingerprint = approvalFingerprint(record, fakeHasher);

function deps(revisions: Record<string, string> = { r1: H1 }): SignOffCheckDeps {
  return {
    publicKey: (keyId) => (keyId === 'k1' ? { keyId, userId: 'u3', publicKeyPem: 'PEM', createdAt: signedAt } : null),
    verify: (_pem, msg, sig) => sig === fakeHasher.sha256(`sig:${msg}`),
    revisionHash: (id) => revisions[id] ?? null
  };
}

type Draft = Omit<AuditEntry, 'seq' | 'hash' | 'prevHash'>;

/** Seals drafts into a chain (what the app does on append, and what an attacker redoes after an edit). */
function seal(drafts: Draft[]): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (const [i, d] of drafts.entries()) {
    const unsealed = { ...d, seq: i + 1, prevHash: out.at(-1)?.hash ?? GENESIS_HASH };
    out.push({ ...unsealed, hash: auditEntryHash(unsealed, fakeHasher) });
  }
  return out;
}

const user = (id: string, name: string) => ({ id, name });
const drafts: Draft[] = [
  { id: 'e1', at: '2026-03-01T01:00:00.000Z', user: user('u1', 'Lê Thị Thu Hà'), action: 'article.create', articleId: 'a1', description: 'Tạo bài viết', details: {} },
  { id: 'e2', at: '2026-03-01T02:00:00.000Z', user: user('u1', 'Lê Thị Thu Hà'), action: 'workflow.gui-duyet', articleId: 'a1', description: 'Gửi duyệt', details: {} },
  {
    id: 'e3',
    at: signedAt,
    user: user('u3', 'Trần Quốc Bảo'),
    action: 'workflow.ky-duyet',
    articleId: 'a1',
    description: 'Ký duyệt phiên bản 1',
    details: { revisionId: 'r1', contentHash: H1, signOffId: 's1', keyId: 'k1', signature: record.signature }
  },
  {
    id: 'e4',
    at: '2026-03-02T04:00:00.000Z',
    user: user('u2', 'Phạm Minh Tuấn'),
    action: SLIP_AUDIT_ACTION,
    articleId: 'a1',
    description: 'In phiếu duyệt tin bài',
    details: { revisionId: 'r1', contentHash: H1, signOffId: 's1', fingerprint }
  },
  { id: 'e5', at: '2026-03-03T01:00:00.000Z', user: user('u1', 'Lê Thị Thu Hà'), action: 'article.save', articleId: 'a2', description: 'Lưu bài khác', details: {} }
];
const chain = seal(drafts);
const code: SlipCode = { articleId: 'a1', revisionId: 'r1', contentHash: H1, fingerprint, seq: 4, headHash: chain[3]!.hash, printedAt: chain[3]!.at, seal: null };

function input(over: Partial<SlipVerifyInput> = {}): SlipVerifyInput {
  return { code, title: 'Hội nghị sơ kết', signOffs: [record], voids: [], entries: chain, totalEntries: chain.length, currentContentHash: H1, seal: null, ...over };
}

const failed = (r: ReturnType<typeof verifySlip>) => r.checks.filter((c) => !c.ok).map((c) => c.label);

describe('verifySlip', () => {
  it('accepts an intact workspace, and notes the entries the slip cannot vouch for', () => {
    const r = verifySlip(input(), deps(), fakeHasher);
    expect(failed(r)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.checks.map((c) => c.label)).toEqual([
      'Bản ký duyệt',
      'Chữ ký số',
      'Nội dung phiên bản đã ký',
      'Chuỗi nhật ký từ mục 1 đến mục 4',
      'Mục nhật ký số 4 (lúc in phiếu)',
      'Ký duyệt trong nhật ký'
    ]);
    expect(r.notes.join('\n')).toContain('Nhật ký có thêm 1 mục sau lúc in phiếu');
    expect(r.notes.join('\n')).toContain('Phiếu in theo mẫu cũ, chưa có niêm phong');
  });

  it('checks the seal a version-2 slip carries, and fails with what the seal check found', () => {
    const sealed: SlipCode = { ...code, seal: { keyId: 'ik1', signature: 'c2lnbmF0dXJl' } };
    const label = 'Niêm phong nhật ký (khóa niêm phong của máy)';
    const held = verifySlip(input({ code: sealed, seal: { ok: true, seq: 4, at: code.printedAt, problem: null, firstBadSeq: null } }), deps(), fakeHasher);
    expect(held.ok).toBe(true);
    expect(held.checks.find((c) => c.label === label)?.detail).toContain('Chữ ký của khóa ik1 đúng');
    expect(held.notes.join('\n')).not.toContain('mẫu cũ');
    const problem = 'Chữ ký niêm phong không hợp lệ: dấu niêm phong (trên phiếu hoặc trang đã đăng) đã bị sửa, hoặc không do máy này ký.';
    const forged = verifySlip(input({ code: sealed, seal: { ok: false, seq: 4, at: code.printedAt, problem, firstBadSeq: null } }), deps(), fakeHasher);
    expect(forged.ok).toBe(false);
    expect(failed(forged)).toEqual([label]);
    expect(forged.checks.find((c) => !c.ok)!.detail).toBe(problem);
  });

  it('reads no further than the slip’s entry (a later break is not the slip’s business)', () => {
    const later = [...chain.slice(0, 4), { ...chain[4]!, description: 'sửa' }];
    expect(verifySlip(input({ entries: later }), deps(), fakeHasher).ok).toBe(true);
  });

  it('rejects a signed revision whose content was changed in the database', () => {
    const r = verifySlip(input(), deps({ r1: fakeHasher.sha256('nội dung đã bị sửa') }), fakeHasher);
    expect(r.ok).toBe(false);
    expect(failed(r)).toEqual(['Nội dung phiên bản đã ký']);
    expect(r.checks.find((c) => !c.ok)!.detail).toContain('Nội dung đã bị thay đổi sau khi ký');
  });

  it('rejects a rewritten audit entry even when every later hash was recomputed', () => {
    const rewritten = seal(drafts.map((d) => (d.id === 'e2' ? { ...d, user: user('u9', 'Người khác') } : d)));
    const r = verifySlip(input({ entries: rewritten }), deps(), fakeHasher);
    expect(r.ok).toBe(false);
    expect(failed(r)).toEqual(['Mục nhật ký số 4 (lúc in phiếu)']);
    expect(r.checks.find((c) => !c.ok)!.detail).toContain('nhật ký đã bị viết lại sau khi in phiếu');
  });

  it('names the first broken entry of a chain edited without recomputing', () => {
    const edited = chain.map((e) => (e.seq === 2 ? { ...e, description: 'Không có gì' } : e));
    const r = verifySlip(input({ entries: edited }), deps(), fakeHasher);
    expect(failed(r)).toEqual(['Chuỗi nhật ký từ mục 1 đến mục 4']);
    expect(r.checks.find((c) => !c.ok)!.detail).toContain('Hỏng tại mục số 2');
  });

  it('rejects a slip whose seq the chain does not have (entries deleted)', () => {
    const r = verifySlip(input({ code: { ...code, seq: 9 } }), deps(), fakeHasher);
    expect(r.ok).toBe(false);
    expect(r.checks.find((c) => !c.ok)!.detail).toContain('không có mục số 9');
    const short = verifySlip(input({ entries: chain.slice(0, 3), totalEntries: 3 }), deps(), fakeHasher);
    expect(failed(short)).toContain('Chuỗi nhật ký từ mục 1 đến mục 4');
  });

  it('rejects a slip pointing at an entry that is not its printing', () => {
    const r = verifySlip(input({ code: { ...code, seq: 3, headHash: chain[2]!.hash } }), deps(), fakeHasher);
    expect(failed(r)).toEqual(['Mục nhật ký số 3 (lúc in phiếu)', 'Ký duyệt trong nhật ký']);
    expect(r.checks.find((c) => !c.ok)!.detail).toContain('không ghi lần in phiếu này');
  });

  it('rejects a replaced or forged signature', () => {
    const forged = { ...record, signature: fakeHasher.sha256('chữ ký giả') };
    const replaced = verifySlip(input({ signOffs: [forged] }), deps(), fakeHasher);
    expect(failed(replaced)).toEqual(['Bản ký duyệt']);
    expect(replaced.checks[0]!.detail).toContain('bản ký duyệt đã bị xóa hoặc bị thay');
    // Same fingerprint on the slip (the attacker also printed a new slip) but the signature does not verify.
    const reprinted = verifySlip(input({ signOffs: [forged], code: { ...code, fingerprint: approvalFingerprint(forged, fakeHasher) } }), deps(), fakeHasher);
    expect(failed(reprinted)).toContain('Chữ ký số');
  });

  it('accepts a slip whose sign-off was voided later, with a note', () => {
    const r = verifySlip(
      input({ voids: [{ signOffId: 's1', articleId: 'a1', at: '2026-03-04T01:00:00.000Z', userId: 'u1', userName: 'Lê Thị Thu Hà', reason: 'Bài bị sửa' }], currentContentHash: 'x'.repeat(64) }),
      deps(),
      fakeHasher
    );
    expect(r.ok).toBe(true);
    expect(r.notes.join('\n')).toContain('đã hết hiệu lực');
    expect(r.notes.join('\n')).toContain('Bài viết đã được sửa sau phiên bản ghi trên phiếu');
  });
});
