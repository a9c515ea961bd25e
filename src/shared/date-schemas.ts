// The one rule for dates coming in (article publishing date, list filters, effective dates, bulletin dates):
// a real calendar day (zod's ISO formats refuse 31/02), in years an office could mean, with one Vietnamese
// message that dispatch shows as is.
import { z } from 'zod';
import { VN_MAX_YEAR, VN_MIN_YEAR, vnParts } from './dates';

export const INVALID_DATE_MESSAGE = `Ngày không hợp lệ: hãy nhập một ngày có thật theo dạng dd/MM/yyyy, năm từ ${VN_MIN_YEAR} đến ${VN_MAX_YEAR}.`;

function sensibleYear(year: number): boolean {
  return year >= VN_MIN_YEAR && year <= VN_MAX_YEAR;
}

/** An instant with its offset (2026-06-07T09:00:00.000Z), whose Viet Nam calendar year is sensible. */
export const isoDateTime = z.iso
  .datetime({ offset: true, error: INVALID_DATE_MESSAGE })
  .refine((s) => !Number.isNaN(Date.parse(s)) && sensibleYear(vnParts(s).year), INVALID_DATE_MESSAGE);

/** A calendar day (2026-06-07). */
export const isoDay = z.iso.date({ error: INVALID_DATE_MESSAGE }).refine((s) => sensibleYear(Number(s.slice(0, 4))), INVALID_DATE_MESSAGE);
