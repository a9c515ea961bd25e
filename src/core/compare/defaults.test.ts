import { describe, expect, it } from 'vitest';
import type { VersionInfo, VersionKind } from '../../shared/versions';
import { pickCompareVersions } from './defaults';

const v = (number: number, kind: VersionKind = 'autosave'): VersionInfo => ({
  id: 'v' + number,
  articleId: 'a',
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
