// Which backups to keep: the newest backup of each of the latest `hourly` distinct hours, `daily` distinct
// days and `weekly` distinct weeks that have one (counted over backups, not over the calendar, so a week
// with the app closed does not empty the rotation), plus always the newest. Hours, days and weeks (from
// Monday) are those of the office's clock: Vietnam, UTC+7, no daylight saving.
export interface RotationPolicy {
  hourly: number;
  daily: number;
  weekly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { hourly: 24, daily: 7, weekly: 4 };
export const VIETNAM_OFFSET_MINUTES = 7 * 60;

export interface BackupStamp {
  id: string;
  /** ISO time the backup was taken. */
  at: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type RotationSlot = 'hourly' | 'daily' | 'weekly';

/**
 * The backups to delete. Call it only with verified backups, after the newest one is verified: the
 * newest is always kept, and a backup whose time cannot be read is never dropped.
 */
export function backupsToDrop(backups: readonly BackupStamp[], policy: RotationPolicy = DEFAULT_ROTATION, offsetMinutes = VIETNAM_OFFSET_MINUTES): BackupStamp[] {
  const { dated, slots } = rotate(backups, policy, offsetMinutes);
  const newest = dated[0]?.b.id;
  return dated.filter(({ b }) => b.id !== newest && !slots.has(b.id)).map(({ b }) => b);
}

/** Why each kept backup is kept: the finest slot it fills (the "Sao lưu" page shows it as its kind). */
export function rotationSlots(backups: readonly BackupStamp[], policy: RotationPolicy = DEFAULT_ROTATION, offsetMinutes = VIETNAM_OFFSET_MINUTES): Map<string, RotationSlot> {
  return rotate(backups, policy, offsetMinutes).slots;
}

function rotate(backups: readonly BackupStamp[], policy: RotationPolicy, offsetMinutes: number) {
  const dated = backups.map((b) => ({ b, t: Date.parse(b.at) })).filter((x) => Number.isFinite(x.t));
  dated.sort((x, y) => y.t - x.t);
  const slots = new Map<string, RotationSlot>();
  const offset = offsetMinutes * 60_000;
  const buckets: [RotationSlot, number, (local: number) => number][] = [
    ['hourly', policy.hourly, (l) => Math.floor(l / HOUR_MS)],
    ['daily', policy.daily, (l) => Math.floor(l / DAY_MS)],
    // 1970-01-01 was a Thursday: three days later than the Monday that starts its week.
    ['weekly', policy.weekly, (l) => Math.floor((Math.floor(l / DAY_MS) + 3) / 7)]
  ];
  for (const [slot, count, bucketOf] of buckets) {
    const seen = new Set<number>();
    for (const { b, t } of dated) {
      if (seen.size >= count) break;
      const bucket = bucketOf(t + offset);
      if (seen.has(bucket)) continue;
      seen.add(bucket);
      if (!slots.has(b.id)) slots.set(b.id, slot);
    }
  }
  return { dated, slots };
}
