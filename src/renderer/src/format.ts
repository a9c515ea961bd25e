// Display helpers for the UI (Vietnamese conventions).
import { formatDate, formatDateTime, formatTime, weekdayName } from '../../shared/dates';
import { STATUS_LABELS, type ArticleStatus } from '../../shared/article';

export const statusLabel = (s: ArticleStatus) => STATUS_LABELS[s];

export const numberVi = new Intl.NumberFormat('vi-VN');

/** "Thứ Hai, 07/06/2021" */
export function dateWithWeekday(iso: string | null): string {
  return iso ? `${weekdayName(iso)}, ${formatDate(iso)}` : '';
}

export function dateTimeWithWeekday(iso: string | null): string {
  return iso ? `${weekdayName(iso)}, ${formatDateTime(iso)}` : '';
}

export { formatDate, formatDateTime, formatTime };
