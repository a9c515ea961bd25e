import { describe, expect, it } from 'vitest';
import type { VersionInfo, VersionKind } from '../../shared/versions';
import { pickCompareVersions } from './defaults';

const v = (number: number, kind: VersionKind = 'autosave'): VersionInfo => ({
  id: 'v' + number,
  articleId: 'a',
  revisionId: 'r' + number,
  number,
  kind,
  note: '',
  status: 'nhap',
  createdAt: `2026-11-0${number}T01:00:00.000Z`,
  createdBy: { id: 'u1', name: 'An' },
  contentHash: 'h' + number,
  title: 'T',
  wordCount: 1
});
// Deliberately unordered: the picker must not rely on the order it is given.
const versions = [v(3, 'workflow'), v(1, 'named'), v(5), v(2), v(4)];
const sign = (signerId: string, n: number, signedAt: string) => ({ signerId, contentHash: 'h' + n, revisionId: 'rev-other', signedAt });

describe('pickCompareVersions', () => {
  it('compares the version an approver last signed with the current one', () => {
    const signOffs = [sign('boss', 2, '2026-11-02T02:00:00.000Z'), sign('boss', 3, '2026-11-03T02:00:00.000Z'), sign('other', 4, '2026-11-04T02:00:00.000Z')];
    const r = pickCompareVersions(versions, 'boss', signOffs, {});
    expect([r.from.number, r.to.number]).toEqual([3, 5]);
  });

  it('compares the version the user saw before this visit with the current one', () => {
    // Opened at version 5 now, previously at version 2: what changed since their last look.
    expect(pickCompareVersions(versions, 'u1', [], {}, { lastSeenRevisionId: 'r5', previousSeenRevisionId: 'r2', seenAt: 't' }).from.number).toBe(2);
    // Seen at version 4, changed since (version 5 is new to them).
    expect(pickCompareVersions(versions, 'u1', [], {}, { lastSeenRevisionId: 'r4', previousSeenRevisionId: 'r2', seenAt: 't' }).from.number).toBe(4);
    // First visit: nothing seen before, so the usual fallback (previous named version).
    expect(pickCompareVersions(versions, 'u1', [], {}, { lastSeenRevisionId: 'r5', previousSeenRevisionId: null, seenAt: 't' }).from.number).toBe(3);
  });

  it('takes the later of the last signed and the last seen version, always before `to`', () => {
    const signOffs = [sign('boss', 3, '2026-11-03T02:00:00.000Z')];
    const seenAt2 = { lastSeenRevisionId: 'r5', previousSeenRevisionId: 'r2', seenAt: 't' };
    expect(pickCompareVersions(versions, 'boss', signOffs, {}, seenAt2).from.number).toBe(3);
    const seenAt4 = { lastSeenRevisionId: 'r4', previousSeenRevisionId: 'r3', seenAt: 't' };
    expect(pickCompareVersions(versions, 'boss', signOffs, {}, seenAt4).from.number).toBe(4);
    // Comparing up to version 4: what they saw at 4 is not earlier, so the signed version 3 is used.
    expect(pickCompareVersions(versions, 'boss', signOffs, { toVersionId: 'v4' }, seenAt4).from.number).toBe(3);
  });

  it('falls back to the previous named version, then to the previous revision', () => {
    expect(pickCompareVersions(versions, 'u1', [], {}).from.number).toBe(3);
    expect(pickCompareVersions(versions, 'u1', [], { toVersionId: 'v3' }).from.number).toBe(1);
    expect(pickCompareVersions([v(1), v(2)], 'u1', [], {}).from.number).toBe(1);
  });

  it('uses the requested versions and refuses unknown ones with a Vietnamese message', () => {
    const r = pickCompareVersions(versions, 'u1', [], { fromVersionId: 'v2', toVersionId: 'v4' });
    expect([r.from.number, r.to.number]).toEqual([2, 4]);
    expect(() => pickCompareVersions(versions, 'u1', [], { fromVersionId: 'nope' })).toThrow('Không tìm thấy phiên bản cần so sánh');
  });

  it('compares a first version with itself (nothing earlier exists)', () => {
    const r = pickCompareVersions([v(1)], 'u1', [], {});
    expect([r.from.number, r.to.number]).toEqual([1, 1]);
  });
});
