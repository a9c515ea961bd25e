import { describe, expect, it } from 'vitest';
import { fakeHasher } from '../testing/fakes';
import type { AuditEntry } from '../../shared/workflow';
import { auditEntryHash, GENESIS_HASH } from './chain';
import { sealMessage, unsignedSeal, type Seal } from './seal';
import { checkSealStamp, findSealStamp, formatSealStamp, readSealDocument, stampOf } from './seal-stamp';

/** n entries; `edited` gets another description, with every later hash recomputed (a rewrite). */
function chain(n: number, edited = 0): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const e = { seq, id: `id-${seq}`, at: '2026-11-20T01:00:00.000Z', user: null, action: 'x', articleId: null, description: `${seq === edited ? 'khác' : 'mục'} ${seq}`, details: {}, prevHash: out.at(-1)?.hash ?? GENESIS_HASH };
    out.push({ ...e, hash: auditEntryHash(e, fakeHasher) });
  }
  return out;
}

const key = { keyId: 'k1', publicKeyPem: 'PEM' };
// A stand-in signature with base64's awkward characters: the real one is Ed25519 in the adapter.
const sign = (m: string) => `${fakeHasher.sha256(m).slice(0, 40)}+/==`;
const deps = { keyIdOf: (pem: string) => (pem === 'PEM' ? 'k1' : null), verify: (_pem: string, m: string, s: string) => sign(m) === s, installationKey: key };
const sealOf = (entries: AuditEntry[]): Seal => {
  const u = unsignedSeal(entries, '2026-11-20T02:00:00.000Z', key)!;
  return { ...u, signature: sign(sealMessage(u)) };
};

describe('seal stamps (the short form on slips and published pages)', () => {
  it('reads back from a page that carries it, and holds for the chain it sealed, grown longer', () => {
    const stamp = stampOf(sealOf(chain(250)));
    const text = formatSealStamp(stamp);
    expect(text).toMatch(/^bbt-seal\/1;s=250;c=[0-9a-f]{64};t=2026-11-20T02:00:00.000Z;k=k1;g=[A-Za-z0-9_-]+$/);
    expect(findSealStamp(`<section data-bbt-seal="${text}">`)).toEqual(stamp);
    expect(checkSealStamp(stamp, chain(250), deps, fakeHasher).ok).toBe(true);
    expect(checkSealStamp(stamp, chain(300), deps, fakeHasher).ok).toBe(true);
  });

  it('names the edited row, the first missing row, or the rewritten range', () => {
    const stamp = stampOf(sealOf(chain(250)));
    const edited = chain(250).map((e) => (e.seq === 120 ? { ...e, description: 'sửa' } : e));
    expect(checkSealStamp(stamp, edited, deps, fakeHasher)).toMatchObject({ ok: false, firstBadSeq: 120 });
    const cut = checkSealStamp(stamp, chain(240), deps, fakeHasher);
    expect(cut).toMatchObject({ ok: false, firstBadSeq: 241 });
    expect(cut.problem).toContain('bị cắt');
    const rewritten = checkSealStamp(stamp, chain(250, 150), deps, fakeHasher);
    expect(rewritten).toMatchObject({ ok: false, firstBadSeq: 1 });
    expect(rewritten.problem).toContain('khoảng số 1–250');
  });

  it('refuses a stamp whose time or signature was changed, or that another key signed', () => {
    const stamp = stampOf(sealOf(chain(5)));
    expect(checkSealStamp({ ...stamp, at: '2026-11-21T02:00:00.000Z' }, chain(5), deps, fakeHasher).problem).toMatch(/Chữ ký niêm phong không hợp lệ/);
    expect(checkSealStamp({ ...stamp, installationKeyId: 'k2' }, chain(5), deps, fakeHasher).problem).toMatch(/không phải khóa niêm phong của thư mục làm việc này/);
    expect(checkSealStamp(stamp, chain(5), { ...deps, installationKey: null }, fakeHasher).problem).toMatch(/không có khóa niêm phong/);
  });

  it('finds the seal in a seal file, in a manifest holding one, or as a stamp in a page', () => {
    const seal = sealOf(chain(5));
    expect(readSealDocument(JSON.stringify(seal))).toEqual({ kind: 'seal', seal });
    expect(readSealDocument(JSON.stringify({ format: 'ban-bien-tap/1', title: 'Tin', seal }))).toEqual({ kind: 'seal', seal });
    expect(readSealDocument(`<p data-bbt-seal="${formatSealStamp(stampOf(seal))}">`)).toEqual({ kind: 'stamp', stamp: stampOf(seal) });
    expect(readSealDocument(JSON.stringify({ format: 'ban-bien-tap/1', seal: { format: 'bbt-seal/1' } }))).toMatch(/thiếu trường/);
    expect(readSealDocument('{"title":"Tin"}')).toMatch(/không chứa niêm phong/);
    expect(readSealDocument('không phải json')).toMatch(/không chứa niêm phong/);
  });
});
