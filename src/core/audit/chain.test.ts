import { describe, expect, it } from 'vitest';
import { fakeHasher } from '../testing/fakes';
import type { AuditEntry } from '../../shared/workflow';
import { auditEntryHash, GENESIS_HASH, verifyAuditChain } from './chain';

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const e = {
      seq,
      id: `id-${seq}`,
      at: `2026-11-20T01:00:0${seq}.000Z`,
      user: { id: 'u', name: 'Trần Quốc Bảo' },
      action: 'article.save',
      articleId: 'a',
      description: `Lưu bài viết (phiên bản ${seq})`,
      details: { version: seq },
      prevHash: out.at(-1)?.hash ?? GENESIS_HASH
    };
    out.push({ ...e, hash: auditEntryHash(e, fakeHasher) });
  }
  return out;
}

describe('audit chain', () => {
  it('accepts an intact chain', () => {
    expect(verifyAuditChain(chain(5), fakeHasher)).toBeNull();
  });

  it('names the first broken entry for an edit, a deletion, an insertion and a swap', () => {
    const edited = chain(5);
    edited[2] = { ...edited[2]!, details: { version: 99 } };
    expect(verifyAuditChain(edited, fakeHasher)?.seq).toBe(3);

    const deleted = chain(5).filter((e) => e.seq !== 2);
    expect(verifyAuditChain(deleted, fakeHasher)?.seq).toBe(3);

    const inserted = chain(5);
    inserted.splice(2, 0, { ...inserted[1]!, id: 'x' });
    expect(verifyAuditChain(inserted, fakeHasher)?.seq).toBe(2);

    const swapped = chain(5);
    [swapped[1], swapped[3]] = [swapped[3]!, swapped[1]!];
    expect(verifyAuditChain(swapped, fakeHasher)?.seq).toBe(4);
  });
});
