// Impossible and odd dates are refused both where the user types them (parseVnDateTime, behind every
// VnDateInput) and at the handler (the contract's date schemas), with one Vietnamese message.
import { describe, expect, it } from 'vitest';
import { parseVnDateTime } from './dates';
import { INVALID_DATE_MESSAGE, isoDateTime, isoDay } from './date-schemas';

describe('typed dates (dd/MM/yyyy)', () => {
  it.each(['31/02/2026', '29/02/2026', '31/04/2026', 'abc', '', '00/01/2026', '01/13/2026', '01/01/0000', '01/01/0100', '01/01/1899', '01/01/2100', '07/06/2026 24:00'])(
    'refuses “%s”',
    (text) => expect(parseVnDateTime(text)).toBeNull()
  );

  it('takes real dates, including 29/02 of a leap year, as Viet Nam time', () => {
    expect(parseVnDateTime('29/02/2024')).toBe('2024-02-28T17:00:00.000Z');
    expect(parseVnDateTime('07/06/2026 16:00')).toBe('2026-06-07T09:00:00.000Z');
  });
});

describe('contract date schemas', () => {
  it.each(['2026-02-31T00:00:00Z', 'abc', '0000-01-01T00:00:00Z', '0100-06-01T00:00:00Z', '2026-06-07', '2026-06-07T09:00:00'])('refuse the instant %s', (value) => {
    const r = isoDateTime.safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(INVALID_DATE_MESSAGE);
  });

  it.each(['2026-02-31', '2026-02-29', 'abc', '0000-01-01', '31/12/2026'])('refuse the day %s', (value) => {
    const r = isoDay.safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(INVALID_DATE_MESSAGE);
  });

  it('accept real dates', () => {
    expect(isoDateTime.safeParse('2026-06-07T09:00:00.000Z').success).toBe(true);
    expect(isoDateTime.safeParse('2024-02-29T00:00:00+07:00').success).toBe(true);
    expect(isoDay.safeParse('2024-02-29').success).toBe(true);
  });
});
