import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPortalDate, fromVnLocalInput, parseVnDateTime, toVnLocalInput, weekdayName } from './dates';

describe('Vietnamese dates', () => {
  it('formats in Asia/Ho_Chi_Minh time as dd/MM/yyyy', () => {
    // 17:30 UTC on 31/12 is already 01/01 in Viet Nam.
    expect(formatDate('2025-12-31T17:30:00Z')).toBe('01/01/2026');
    expect(formatDateTime('2021-06-07T09:00:00Z')).toBe('07/06/2021 16:00');
  });

  it('names weekdays the Vietnamese way, Sunday is Chủ nhật', () => {
    expect(weekdayName('2021-06-07T09:00:00Z')).toBe('Thứ Hai');
    expect(weekdayName('2021-06-06T09:00:00Z')).toBe('Chủ nhật');
    expect(weekdayName('2021-06-12T09:00:00Z')).toBe('Thứ Bảy');
  });

  it('formats like the portal', () => {
    expect(formatPortalDate('2021-06-07T09:00:00Z')).toBe('Thứ 2, Ngày 07/06/2021, 16:00');
  });

  it('parses dd/MM/yyyy HH:mm and refuses impossible dates', () => {
    expect(parseVnDateTime('07/06/2021 16:00')).toBe('2021-06-07T09:00:00.000Z');
    expect(parseVnDateTime('31/02/2026')).toBeNull();
    expect(parseVnDateTime('2026-02-01')).toBeNull();
    expect(parseVnDateTime('12/13/2026')).toBeNull();
  });

  it('round-trips datetime-local values in Viet Nam time', () => {
    expect(toVnLocalInput('2021-06-07T09:00:00Z')).toBe('2021-06-07T16:00');
    expect(fromVnLocalInput('2021-06-07T16:00')).toBe('2021-06-07T09:00:00.000Z');
    expect(fromVnLocalInput('garbage')).toBeNull();
  });
});
