// Which two versions "So sánh" shows when the caller does not say.
import type { VersionInfo } from '../../shared/versions';
import { AppError } from '../../shared/errors';

export interface SignedVersionHint {
  signerId: string;
  /** The signed content, to find its version even when version ids differ from revision ids. */
  contentHash: string;
  revisionId: string;
  signedAt: string;
}

/**
 * `to` defaults to the current (newest) version. `from` defaults to the last version this user signed
 * (an approver sees what changed since their sign-off), else the previous named version, else the
 * previous revision. `versions` may come in any order.
 */
export function pickCompareVersions(
  versions: VersionInfo[],
  userId: string,
  signOffs: SignedVersionHint[],
  requested: { fromVersionId?: string; toVersionId?: string }
): { from: VersionInfo; to: VersionInfo } {
  const ordered = [...versions].sort((a, b) => a.number - b.number);
  const byId = (id: string) => {
    const v = ordered.find((x) => x.id === id);
    if (!v) throw new AppError('NOT_FOUND', 'Không tìm thấy phiên bản cần so sánh. Hãy mở lại danh sách phiên bản.');
    return v;
  };
  const current = ordered[ordered.length - 1];
  if (!current) throw new AppError('NOT_FOUND', 'Bài viết chưa có phiên bản nào để so sánh.');
  const to = requested.toVersionId ? byId(requested.toVersionId) : current;
  if (requested.fromVersionId) return { from: byId(requested.fromVersionId), to };
  const earlier = ordered.filter((v) => v.number < to.number);
  return { from: lastSigned(earlier, userId, signOffs) ?? lastNamed(earlier) ?? earlier[earlier.length - 1] ?? to, to };
}

function lastSigned(earlier: VersionInfo[], userId: string, signOffs: SignedVersionHint[]): VersionInfo | null {
  const mine = signOffs.filter((s) => s.signerId === userId).sort((a, b) => b.signedAt.localeCompare(a.signedAt));
  for (const s of mine) {
    const hit = [...earlier].reverse().find((v) => v.id === s.revisionId || v.contentHash === s.contentHash);
    if (hit) return hit;
  }
  return null;
}

function lastNamed(earlier: VersionInfo[]): VersionInfo | null {
  return [...earlier].reverse().find((v) => v.kind !== 'autosave') ?? null;
}
