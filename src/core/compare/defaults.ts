// Which two versions "So sánh" shows when the caller does not say.
import type { VersionInfo } from '../../shared/versions';
import { AppError } from '../../shared/errors';
import type { SeenRevisions } from '../versions/ports';

export interface SignedVersionHint {
  signerId: string;
  /** The signed content: a later version with exactly that content (e.g. restored) counts as signed too. */
  contentHash: string;
  revisionId: string;
  signedAt: string;
}

/**
 * `to` defaults to the current (newest) version. `from` defaults to the later of the last version this
 * user signed and the version they saw before this visit (an approver sees what changed since they last
 * looked), else the previous named version, else the previous revision. `versions` may come in any order.
 */
export function pickCompareVersions(
  versions: VersionInfo[],
  userId: string,
  signOffs: SignedVersionHint[],
  requested: { fromVersionId?: string; toVersionId?: string },
  seen: SeenRevisions | null = null
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
  const looked = [lastSigned(earlier, userId, signOffs), seenBefore(earlier, current, seen)].filter((v): v is VersionInfo => v !== null);
  const latestLook = looked.sort((a, b) => b.number - a.number)[0];
  return { from: latestLook ?? lastNamed(earlier) ?? earlier[earlier.length - 1] ?? to, to };
}

/** Opening the article records the current revision as seen, so "before this visit" is the previous one then. */
function seenBefore(earlier: VersionInfo[], current: VersionInfo, seen: SeenRevisions | null): VersionInfo | null {
  if (!seen) return null;
  const revisionId = seen.lastSeenRevisionId === current.revisionId ? seen.previousSeenRevisionId : seen.lastSeenRevisionId;
  return earlier.find((v) => v.revisionId === revisionId) ?? null;
}

function lastSigned(earlier: VersionInfo[], userId: string, signOffs: SignedVersionHint[]): VersionInfo | null {
  const mine = signOffs.filter((s) => s.signerId === userId).sort((a, b) => b.signedAt.localeCompare(a.signedAt));
  for (const s of mine) {
    const hit = [...earlier].reverse().find((v) => v.revisionId === s.revisionId || v.contentHash === s.contentHash);
    if (hit) return hit;
  }
  return null;
}

function lastNamed(earlier: VersionInfo[]): VersionInfo | null {
  return [...earlier].reverse().find((v) => v.kind !== 'autosave') ?? null;
}
