// The agency profile, kept as versions with effective-from dates. A save never rewrites a past
// version: it adds one, in force from `effectiveFrom` (default now), so every publication can show
// the agency and the person responsible as they were on its date.
import { effectiveFromOf } from '../effective-from';
import { PROFILE_LABELS, type ProfileFields, type ProfileVersion } from '../../shared/profile';
import type { UserRef } from '../../shared/article';
import { AppError, ErrorCode } from '../../shared/errors';
import { nfc } from '../../shared/text';
import type { Clock, IdGenerator, ProfileRepository, TransactionRunner } from '../ports';

export interface ProfileServiceDeps {
  profiles: ProfileRepository;
  tx: TransactionRunner;
  clock: Clock;
  ids: IdGenerator;
}

const MAX_FIELD = 500;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class ProfileService {
  constructor(private readonly d: ProfileServiceDeps) {}

  /** The version in force now, or null before the first-run setup. */
  current(): ProfileVersion | null {
    return this.d.profiles.at(this.d.clock.now().toISOString());
  }

  /** Every version, newest effective date first. */
  history(): ProfileVersion[] {
    return this.d.profiles.list();
  }

  /** The version in force at an instant (for a publication made then). */
  at(iso: string): ProfileVersion | null {
    const t = Date.parse(iso);
    if (Number.isNaN(t)) throw new AppError(ErrorCode.INVALID_INPUT, 'Thời điểm không hợp lệ.');
    return this.d.profiles.at(new Date(t).toISOString());
  }

  save(fields: ProfileFields, effectiveFrom: string | undefined, user: UserRef): ProfileVersion {
    const clean = validateProfile(fields);
    const now = this.d.clock.now().toISOString();
    const from = effectiveFromOf(effectiveFrom, now);
    const version: ProfileVersion = { ...clean, id: this.d.ids.newId(), effectiveFrom: from, createdAt: now, createdBy: user.name };
    this.d.tx.transaction(() => this.d.profiles.insert(version));
    return version;
  }
}

export function validateProfile(input: ProfileFields): ProfileFields {
  const out = {} as ProfileFields;
  for (const key of Object.keys(PROFILE_LABELS) as (keyof ProfileFields)[]) {
    out[key] = nfc(input[key] ?? '').trim();
  }
  const errors: Record<string, string> = {};
  for (const key of Object.keys(out) as (keyof ProfileFields)[]) {
    if ([...out[key]].length > MAX_FIELD) errors[key] = `${PROFILE_LABELS[key]} dài quá ${MAX_FIELD} ký tự.`;
  }
  if (out.agencyName === '') errors.agencyName = 'Hãy nhập tên cơ quan.';
  if (out.responsibleName === '') errors.responsibleName = 'Hãy nhập họ tên người Chịu trách nhiệm chính.';
  if (out.email !== '' && !EMAIL.test(out.email)) {
    errors.email = 'Thư điện tử không đúng dạng; hãy nhập theo mẫu ten@coquan.gov.vn.';
  }
  if (out.website !== '' && !isWebAddress(out.website)) {
    errors.website = 'Trang thông tin điện tử phải là địa chỉ web bắt đầu bằng http:// hoặc https://';
  }
  if (Object.keys(errors).length > 0) {
    const messages = Object.values(errors);
    throw new AppError(ErrorCode.INVALID_INPUT, messages.length === 1 ? messages[0]! : 'Một số trường chưa hợp lệ; hãy xem các ô được đánh dấu.', errors);
  }
  return out;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
