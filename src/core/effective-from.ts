// When a new version of effective-dated settings (agency profile, bulletin profile, royalty table) starts to
// apply: the date the admin chose, or now.
import { AppError, ErrorCode } from '../shared/errors';

export function effectiveFromOf(chosen: string | undefined, now: string): string {
  if (chosen === undefined) return now;
  const t = Date.parse(chosen);
  if (Number.isNaN(t)) throw new AppError(ErrorCode.INVALID_INPUT, 'Ngày có hiệu lực không hợp lệ.', { effectiveFrom: 'Ngày có hiệu lực không hợp lệ; hãy chọn lại ngày.' });
  return new Date(t).toISOString();
}
