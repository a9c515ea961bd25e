// The bulletin profile ("Cài đặt › Bản tin"): what the law asks on page 1 and the last page, plus page
// size and margins. Kept as versions with effective-from dates like the agency profile, so an old issue
// reprints with the licence and person responsible it carried. Admin only; every save is audited.
import { effectiveFromOf } from '../effective-from';
import type { SessionUser } from '../../shared/accounts';
import {
  BULLETIN_PROFILE_LABELS,
  MARGIN_LABELS,
  type BulletinProfileFields,
  type BulletinProfileVersion,
  type BulletinTextField
} from '../../shared/bulletin';
import { formatDate, parseVnDateTime } from '../../shared/dates';
import { AppError, ErrorCode } from '../../shared/errors';
import { nfc } from '../../shared/text';
import { requireAdmin } from '../accounts/account-service';
import type { AuditLog, Clock, IdGenerator, TransactionRunner } from '../ports';
import type { BulletinProfileRepository } from './ports';

export interface BulletinProfileServiceDeps {
  profiles: BulletinProfileRepository;
  audit: AuditLog;
  tx: TransactionRunner;
  clock: Clock;
  ids: IdGenerator;
}

const MAX_FIELD = 300;

export class BulletinProfileService {
  constructor(private readonly d: BulletinProfileServiceDeps) {}

  /** The version in force now, or null before anyone filled it in. */
  current(): BulletinProfileVersion | null {
    return this.d.profiles.at(this.d.clock.now().toISOString());
  }

  history(): BulletinProfileVersion[] {
    return this.d.profiles.list();
  }

  /** The version in force on an issue's date; before the first version's date, the oldest one. */
  forDate(iso: string): BulletinProfileVersion | null {
    return this.d.profiles.at(iso) ?? this.d.profiles.list().at(-1) ?? null;
  }

  save(fields: BulletinProfileFields, effectiveFrom: string | undefined, user: SessionUser): BulletinProfileVersion {
    requireAdmin(user, 'sửa thông tin bản tin');
    const clean = validateBulletinProfile(fields);
    const now = this.d.clock.now().toISOString();
    const from = effectiveFromOf(effectiveFrom, now);
    const version: BulletinProfileVersion = { ...clean, id: this.d.ids.newId(), effectiveFrom: from, createdAt: now, createdBy: user.name };
    return this.d.tx.transaction(() => {
      this.d.profiles.insert(version);
      this.d.audit.append({
        at: now,
        user: { id: user.id, name: user.name },
        action: 'bulletin.profile.save',
        articleId: null,
        description: `Lưu thông tin bản tin (áp dụng từ ${formatDate(from)}): ${version.name}; giấy phép ${version.licenceNumber}`,
        details: { versionId: version.id }
      });
      return version;
    });
  }
}

/** Every imprint line is required by art. 34 of the Press Law; margins are checked by the schema. */
export function validateBulletinProfile(input: BulletinProfileFields): BulletinProfileFields {
  const text = {} as Record<BulletinTextField, string>;
  const errors: Record<string, string> = {};
  for (const key of Object.keys(BULLETIN_PROFILE_LABELS) as BulletinTextField[]) {
    const value = nfc(input[key] ?? '').replace(/\s+/g, ' ').trim();
    text[key] = value;
    if (value === '') errors[key] = `Hãy nhập ${BULLETIN_PROFILE_LABELS[key].toLowerCase()}.`;
    else if ([...value].length > MAX_FIELD) errors[key] = `${BULLETIN_PROFILE_LABELS[key]} dài quá ${MAX_FIELD} ký tự.`;
  }
  if (text.licenceDate !== '' && !errors.licenceDate && parseVnDateTime(text.licenceDate) === null) {
    errors.licenceDate = 'Ngày cấp giấy phép phải theo dạng ngày/tháng/năm, ví dụ 15/03/2024.';
  }
  if (text.printRun !== '' && !errors.printRun && !/^\d{1,3}(\.\d{3})*$|^\d+$/.test(text.printRun.replace(/\s*bản$/, ''))) {
    errors.printRun = 'Số lượng in là một số, ví dụ 1.000 (bản).';
  }
  for (const key of Object.keys(MARGIN_LABELS) as (keyof typeof MARGIN_LABELS)[]) {
    const v = input.margins?.[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 8 || v > 40) errors[`margins.${key}`] = `${MARGIN_LABELS[key]} phải từ 8 đến 40 mm.`;
  }
  if (Object.keys(errors).length > 0) {
    const messages = Object.values(errors);
    throw new AppError(ErrorCode.INVALID_INPUT, messages.length === 1 ? messages[0]! : 'Một số trường chưa hợp lệ; hãy xem các ô được đánh dấu.', errors);
  }
  return { ...text, printRun: text.printRun.replace(/\s*bản$/, ''), pageSize: input.pageSize === 'A4' ? 'A4' : '19x27', margins: { ...input.margins } };
}
