import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION } from '../../shared/versions';
import { revisionsToThin, type RevisionStamp } from './retention';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const policy = { keepAllHours: 24, hourlyForDays: 14 };

function every(stepMs: number, fromMs: number, toMs: number, prefix: string): RevisionStamp[] {
  const out: RevisionStamp[] = [];
  for (let t = fromMs; t < toMs; t += stepMs) out.push({ id: `${prefix}${t}`, at: ago(t), protected: false });
  return out;
}

describe('revisionsToThin', () => {
  it('keeps every autosave of the last keepAllHours', () => {
    const recent = every(MIN, 0, 24 * HOUR - MIN, 'r');
    expect(revisionsToThin(recent, policy, NOW)).toEqual([]);
  });

  it('keeps the last autosave of each hour up to hourlyForDays, then the last of each day', () => {
    const hourly = every(10 * MIN, 2 * DAY, 2 * DAY + 3 * HOUR, 'h'); // three full hours, 6 saves each
    const daily = every(HOUR, 20 * DAY, 21 * DAY, 'd'); // 24 hourly saves: they straddle at most two Vietnamese days
    const thinned = new Set(revisionsToThin([...hourly, ...daily], policy, NOW));
    const keptHourly = hourly.filter((r) => !thinned.has(r.id));
    expect(new Set(keptHourly.map((r) => Math.floor(Date.parse(r.at) / HOUR))).size).toBe(keptHourly.length);
    expect(keptHourly.length).toBeGreaterThanOrEqual(3);
    expect(keptHourly.length).toBeLessThanOrEqual(4);
    const keptDaily = daily.filter((r) => !thinned.has(r.id));
    expect(keptDaily.length).toBeGreaterThanOrEqual(1);
    expect(keptDaily.length).toBeLessThanOrEqual(2);
  });

  it('days are Vietnamese calendar days (UTC+7)', () => {
    // 16:30 and 17:30 UTC on the same UTC date fall on two different days in Vietnam.
    const a = { id: 'a', at: '2026-10-01T16:30:00.000Z', protected: false };
    const b = { id: 'b', at: '2026-10-01T17:30:00.000Z', protected: false };
    const c = { id: 'c', at: '2026-10-01T18:30:00.000Z', protected: false };
    expect(revisionsToThin([a, b, c], policy, NOW)).toEqual(['b']);
  });

  it('never thins protected revisions, and a protected one keeps its bucket', () => {
    const named = { id: 'named', at: ago(30 * DAY + HOUR), protected: true };
    const later = { id: 'later', at: ago(30 * DAY + 30 * MIN), protected: false };
    expect(revisionsToThin([named, later], policy, NOW)).toEqual(['later']);
  });

  it('property: protected and young revisions survive; at most one unprotected survivor per bucket', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ ageMs: fc.integer({ min: 0, max: 60 * DAY }), protected: fc.boolean() }), { maxLength: 200 }),
        (specs) => {
          const revisions = specs.map((s, i) => ({ id: `r${i}`, at: ago(s.ageMs), protected: s.protected }));
          const thinned = new Set(revisionsToThin(revisions, DEFAULT_RETENTION, NOW));
          for (const r of revisions) {
            if (r.protected || Date.parse(r.at) >= NOW.getTime() - DEFAULT_RETENTION.keepAllHours * HOUR) expect(thinned.has(r.id)).toBe(false);
          }
          const survivorsOld = revisions.filter((r) => !thinned.has(r.id) && Date.parse(r.at) < NOW.getTime() - DEFAULT_RETENTION.hourlyForDays * DAY);
          const days = survivorsOld.filter((r) => !r.protected).map((r) => Math.floor((Date.parse(r.at) + 7 * HOUR) / DAY));
          expect(new Set(days).size).toBe(days.length);
        }
      )
    );
  });
});
