// Vietnamese date conventions: dd/MM/yyyy, "Thứ Hai"… "Chủ nhật", Asia/Ho_Chi_Minh (UTC+7, no DST).

const TZ_OFFSET_MIN = 7 * 60;
/** Years a date typed in this app may have: "01/01/0100" or "31/12/20266" is a typo, not a date. */
export const VN_MIN_YEAR = 1900;
export const VN_MAX_YEAR = 2099;
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const WEEKDAYS_SHORT = ['Chủ nhật', 'Thứ 2', 'Thứ 3', 'Thứ 4', 'Thứ 5', 'Thứ 6', 'Thứ 7'];

interface VnParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

/** Calendar parts of an instant as seen in Viet Nam. */
export function vnParts(iso: string | Date): VnParts {
  const t = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  if (Number.isNaN(t)) throw new RangeError('Invalid date: ' + String(iso));
  const d = new Date(t + TZ_OFFSET_MIN * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay()
  };
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** 07/06/2021 */
export function formatDate(iso: string | Date): string {
  const p = vnParts(iso);
  return `${p2(p.day)}/${p2(p.month)}/${p.year}`;
}

/** 16:00 */
export function formatTime(iso: string | Date): string {
  const p = vnParts(iso);
  return `${p2(p.hour)}:${p2(p.minute)}`;
}

/** 07/06/2021 16:00 */
export function formatDateTime(iso: string | Date): string {
  return `${formatDate(iso)} ${formatTime(iso)}`;
}

/** "Thứ Hai" … "Chủ nhật" */
export function weekdayName(iso: string | Date): string {
  return WEEKDAYS[vnParts(iso).weekday]!;
}

/** "Thứ Hai, 07/06/2021" */
export function formatDateWithWeekday(iso: string | Date): string {
  return `${weekdayName(iso)}, ${formatDate(iso)}`;
}

/** The portal's style: "Thứ 2, Ngày 07/06/2021, 16:00" */
export function formatPortalDate(iso: string | Date): string {
  const p = vnParts(iso);
  return `${WEEKDAYS_SHORT[p.weekday]}, Ngày ${formatDate(iso)}, ${formatTime(iso)}`;
}

/**
 * Parse "dd/MM/yyyy" with optional " HH:mm" as Viet Nam local time. Returns an ISO UTC string,
 * or null when the text is not a real calendar date.
 */
export function parseVnDateTime(text: string): string | null {
  const m = text.trim().match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/);
  if (!m) return null;
  const [day, month, year, hour, minute] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number) as [
    number, number, number, number, number
  ];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || year < VN_MIN_YEAR || year > VN_MAX_YEAR) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute) - TZ_OFFSET_MIN * 60_000;
  const back = vnParts(new Date(utc));
  if (back.day !== day || back.month !== month || back.year !== year) return null;
  return new Date(utc).toISOString();
}

/** Value for <input type="datetime-local"> in Viet Nam time: yyyy-MM-ddTHH:mm */
export function toVnLocalInput(iso: string): string {
  const p = vnParts(iso);
  return `${p.year}-${p2(p.month)}-${p2(p.day)}T${p2(p.hour)}:${p2(p.minute)}`;
}

/** Inverse of toVnLocalInput; null if the value is not a valid date-time. */
export function fromVnLocalInput(value: string): string | null {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/);
  if (!m) return null;
  return parseVnDateTime(`${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}`);
}
