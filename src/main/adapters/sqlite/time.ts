// Timestamps are compared as text in SQL, so every sortable one is stored as UTC ISO (…Z).
import { AppError, ErrorCode } from '../../../shared/errors';

export function toUtcIso(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new AppError(ErrorCode.INVALID_INPUT, `Ngày giờ không hợp lệ: "${iso}".`);
  return new Date(ms).toISOString();
}
