// Retention of autosave revisions as a pure function over timestamps: all kept while young, then the
// last one of each hour, then the last one of each day (days in Vietnam time). Protected revisions
// (named, workflow, restore, signed, last seen by someone, the current one) are never thinned.
import type { RetentionPolicy } from '../../shared/versions';

export interface RevisionStamp {
  id: string;
  /** ISO instant the revision was saved. */
  at: string;
  /** Named / workflow / restore version, referenced by a sign-off, last seen by a user, or the article's current revision. */
  protected: boolean;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Asia/Ho_Chi_Minh has no daylight saving: UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * HOUR_MS;

/** The ids of revisions that the policy thins out at `now`, oldest first. */
export function revisionsToThin(revisions: readonly RevisionStamp[], policy: RetentionPolicy, now: Date): string[] {
  const nowMs = now.getTime();
  const keepAllAfter = nowMs - policy.keepAllHours * HOUR_MS;
  const hourlyAfter = nowMs - policy.hourlyForDays * DAY_MS;
  const sorted = [...revisions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const bucketOf = (ms: number): string | null => {
    if (ms >= keepAllAfter) return null;
    if (ms >= hourlyAfter) return `h${Math.floor(ms / HOUR_MS)}`;
    return `d${Math.floor((ms + VIETNAM_OFFSET_MS) / DAY_MS)}`;
  };
  // The newest revision of each bucket survives; a protected one also counts as its bucket's survivor.
  const survivor = new Map<string, string>();
  for (const r of sorted) {
    const bucket = bucketOf(Date.parse(r.at));
    if (bucket !== null) survivor.set(bucket, r.id);
  }
  for (const r of sorted) {
    const bucket = bucketOf(Date.parse(r.at));
    if (bucket !== null && r.protected) survivor.set(bucket, r.id);
  }
  const kept = new Set(survivor.values());
  return sorted.filter((r) => !r.protected && bucketOf(Date.parse(r.at)) !== null && !kept.has(r.id)).map((r) => r.id);
}
