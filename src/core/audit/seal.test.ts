import { describe, expect, it } from 'vitest';
import { fakeHasher } from '../testing/fakes';
import type { AuditEntry } from '../../shared/workflow';
import { auditEntryHash, GENESIS_HASH } from './chain';
import { checkSeal, parseSeal, sealMessage, unsignedSeal, type Seal } from './seal';

/** n entries; `edited` gets another description, with every later hash recomputed (a rewrite). */
function chain(n: number, edited = 0): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const e = { seq, id: `id-${seq}`, at: '2026-11-20T01:00:00.000Z', user: null, action: 'x', articleId: null, description: `${seq === edited ? 'khác' : 'mục'} ${seq}`, details: {}, prevHash: out.at(-1)?.hash ?? GENESIS_HASH };
    out.push({ ...e, hash: auditEntryHash(e, fakeHasher) });
  }
  return out;
}

const key = { keyId: 'k', publicKeyPem: 'PEM' };
// A stand-in signature: the message itself (the real one is Ed25519 in the adapter).
const deps = { keyIdOf: (pem: string) => (pem === 'PEM' ? 'k' : null), verify: (_pem: string, m: string, s: string) => m === s, installationKey: key };
const sealOf = (entries: AuditEntry[]): Seal => {
  const u = unsignedSeal(entries, '2026-11-20T02:00:00.000Z', key)!;
  return { ...u, signature: sealMessage(u) };
};

describe('seals', () => {
  it('holds for the chain it sealed and for that chain grown longer', () => {
    const seal = sealOf(chain(250));
    expect(seal.checkpoints.map(([s]) => s)).toEqual([100, 200]);
    expect(checkSeal(seal, chain(250), deps, fakeHasher).ok).toBe(true);
    expect(checkSeal(seal, chain(300), deps, fakeHasher).ok).toBe(true);
  });

  it('names the checkpoint range of a rewritten chain and the first missing entry of a cut one', () => {
    const seal = sealOf(chain(250));
    const rewritten = checkSeal(seal, chain(250, 150), deps, fakeHasher);
    expect(rewritten).toMatchObject({ ok: false, firstBadSeq: 101 });
    expect(rewritten.problem).toContain('khoảng số 101–200');
    expect(checkSeal(seal, chain(240), deps, fakeHasher)).toMatchObject({ ok: false, firstBadSeq: 241 });
  });

  it('refuses a changed seal and a malformed document', () => {
    const seal = sealOf(chain(5));
    expect(checkSeal({ ...seal, seq: 4 }, chain(5), deps, fakeHasher).problem).toMatch(/Chữ ký của tệp niêm phong không hợp lệ/);
    expect(checkSeal(seal, chain(5), { ...deps, installationKey: null }, fakeHasher).problem).toMatch(/không có khóa niêm phong/);
    expect(parseSeal('{}')).toMatch(/không phải tệp niêm phong/);
    expect(parseSeal('không phải json')).toMatch(/không đọc được/);
  });
});
