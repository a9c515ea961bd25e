import { describe, expect, it } from 'vitest';
import { backupsToDrop, rotationSlots, type BackupStamp } from './rotation';

/** Backups every `stepMinutes` back from `newest` (Vietnam time written as UTC+7). */
function series(newest: string, count: number, stepMinutes: number): BackupStamp[] {
  const end = Date.parse(newest);
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(end - i * stepMinutes * 60_000).toISOString();
    return { id: at, at };
  });
}
const kept = (all: BackupStamp[], dropped: BackupStamp[]) => all.filter((b) => !dropped.includes(b)).map((b) => b.at);

describe('backup rotation', () => {
  it('keeps 24 hourly, 7 daily and 4 weekly backups out of a month of hourly ones', () => {
    const all = series('2026-12-31T10:00:00+07:00', 31 * 24, 60);
    const left = kept(all, backupsToDrop(all));
    // Newest: Thursday 31 Dec 10:00. 24 hourly (back to 30 Dec 11:00); daily adds 29…25 Dec 23:00 (5);
    // weekly adds the newest of the weeks starting 14 and 7 Dec (20 and 13 Dec 23:00): 31 in all.
    expect(left).toHaveLength(31);
    expect(left.slice(0, 24)).toEqual(all.slice(0, 24).map((b) => b.at));
    expect(left).toContain('2026-12-25T16:00:00.000Z'); // Friday 25 Dec 23:00: the seventh day
    expect(left).not.toContain('2026-12-24T16:00:00.000Z');
    expect(left).toContain('2026-12-27T16:00:00.000Z'); // Sunday 27 Dec 23:00 in Vietnam: the newest of its week
    expect(left).toContain('2026-12-20T16:00:00.000Z');
    expect(left).toContain('2026-12-13T16:00:00.000Z');
    expect(left).not.toContain('2026-12-06T16:00:00.000Z'); // a fifth week
    expect(left.at(-1)).toBe('2026-12-13T16:00:00.000Z');
  });

  it('counts days in Vietnam time: 23:30 and 00:30 are two days', () => {
    const all = [
      { id: 'a', at: '2026-12-02T00:30:00+07:00' },
      { id: 'b', at: '2026-12-01T23:30:00+07:00' },
      { id: 'c', at: '2026-12-01T22:30:00+07:00' }
    ];
    expect(backupsToDrop(all, { hourly: 0, daily: 2, weekly: 0 }).map((b) => b.id)).toEqual(['c']);
    // In UTC all three fall on 1 December: only the newest stays.
    expect(backupsToDrop(all, { hourly: 0, daily: 2, weekly: 0 }, 0).map((b) => b.id)).toEqual(['b', 'c']);
  });

  it('starts a week on Monday', () => {
    const all = [
      { id: 'mon', at: '2026-11-30T08:00:00+07:00' },
      { id: 'sun', at: '2026-11-29T20:00:00+07:00' },
      { id: 'sat', at: '2026-11-28T20:00:00+07:00' }
    ];
    expect(backupsToDrop(all, { hourly: 0, daily: 0, weekly: 2 }).map((b) => b.id)).toEqual(['sat']);
  });

  it('always keeps the newest, even with a policy of zero, and never drops a backup whose time it cannot read', () => {
    const all = [
      { id: 'new', at: '2026-12-01T10:00:00Z' },
      { id: 'old', at: '2026-11-01T10:00:00Z' },
      { id: 'odd', at: 'không rõ' }
    ];
    expect(backupsToDrop(all, { hourly: 0, daily: 0, weekly: 0 }).map((b) => b.id)).toEqual(['old']);
  });

  it('keeps several backups taken within one hour only as the newest of that hour', () => {
    const all = series('2026-12-01T10:50:00Z', 5, 10);
    expect(backupsToDrop(all, { hourly: 24, daily: 7, weekly: 4 }).map((b) => b.at)).toEqual(all.slice(1).map((b) => b.at));
  });

  it('keeps everything when there are fewer backups than the policy allows, hours apart', () => {
    const all = series('2026-12-01T10:00:00Z', 10, 60);
    expect(backupsToDrop(all)).toEqual([]);
  });

  it('follows a configured policy', () => {
    const all = series('2026-12-01T10:00:00Z', 48, 60);
    expect(backupsToDrop(all, { hourly: 6, daily: 0, weekly: 0 })).toHaveLength(42);
  });
});

describe('rotationSlots', () => {
  it('names the finest slot each kept backup fills: the latest hours, then one a day, then one a week', () => {
    // Hourly backups at 10:00 and 11:00 (Vietnam) on Thursday 03/12, 11:00 on Wednesday 02/12, and Thursday 26/11 a week earlier.
    const stamps = [
      { id: 'thu-11', at: '2026-12-03T04:00:00Z' },
      { id: 'thu-10', at: '2026-12-03T03:00:00Z' },
      { id: 'wed-11', at: '2026-12-02T04:00:00Z' },
      { id: 'last-week', at: '2026-11-26T04:00:00Z' }
    ];
    const slots = rotationSlots(stamps, { hourly: 2, daily: 2, weekly: 2 });
    expect(Object.fromEntries(slots)).toEqual({ 'thu-11': 'hourly', 'thu-10': 'hourly', 'wed-11': 'daily', 'last-week': 'weekly' });
    expect(backupsToDrop(stamps, { hourly: 2, daily: 2, weekly: 2 })).toEqual([]);
    expect(backupsToDrop(stamps, { hourly: 1, daily: 1, weekly: 1 }).map((b) => b.id)).toEqual(['thu-10', 'wed-11', 'last-week']);
  });
});
