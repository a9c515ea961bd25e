// "Cài đặt › Nhuận bút": the coefficient table, kept as versions with effective-from dates. A decision
// uses the version in force on the article's first publication, and keeps its id, so saving a new table
// later never changes a decision already made (nor, therefore, a closed period). Admin saves; audited.
import { effectiveFromOf } from '../effective-from';
import type { SessionUser } from '../../shared/accounts';
import { formatDate } from '../../shared/dates';
import { AppError, ErrorCode } from '../../shared/errors';
import type { RoyaltySettingsFields, RoyaltySettingsVersion } from '../../shared/royalties';
import { nfc } from '../../shared/text';
import { requireAdmin } from '../accounts/account-service';
import type { EventSink } from '../events';
import type { AuditLog, Clock, IdGenerator, TransactionRunner } from '../ports';
import { unitValueOf } from './calculation';
import { canonicalDecimal, toHundredths } from './decimal';
import { formatDong } from './vnd';
import type { RoyaltySettingsRepository, StoredRoyaltySettings } from './ports';

export interface RoyaltySettingsServiceDeps {
  settings: RoyaltySettingsRepository;
  audit: AuditLog;
  tx: TransactionRunner;
  clock: Clock;
  ids: IdGenerator;
  events: EventSink;
}

export class RoyaltySettingsService {
  constructor(private readonly d: RoyaltySettingsServiceDeps) {}

  /** The version in force now, or null before an administrator saved one. */
  current(): RoyaltySettingsVersion | null {
    return view(this.d.settings.at(this.d.clock.now().toISOString()));
  }

  history(): RoyaltySettingsVersion[] {
    return this.d.settings.list().map((v) => view(v)!);
  }

  /** The version in force at the instant (a publication), or null when none applied yet. */
  at(iso: string): RoyaltySettingsVersion | null {
    return view(this.d.settings.at(iso));
  }

  byId(id: string): RoyaltySettingsVersion | null {
    return view(this.d.settings.list().find((v) => v.id === id) ?? null);
  }

  save(fields: RoyaltySettingsFields, effectiveFrom: string | undefined, user: SessionUser): RoyaltySettingsVersion {
    requireAdmin(user, 'sửa bảng nhuận bút');
    const clean = validateRoyaltySettings(fields);
    const now = this.d.clock.now().toISOString();
    const from = effectiveFromOf(effectiveFrom, now);
    const version: StoredRoyaltySettings = { ...clean, id: this.d.ids.newId(), effectiveFrom: from, createdAt: now, createdBy: user.name };
    return this.d.tx.transaction(() => {
      this.d.settings.insert(version);
      this.d.audit.append({
        at: now,
        user: { id: user.id, name: user.name },
        action: 'royalty.settings.save',
        articleId: null,
        description: `Lưu bảng nhuận bút (áp dụng từ ${formatDate(from)}): một đơn vị hệ số ${formatDong(unitValueOf(clean))}, cấp trang ${clean.siteLevelPercent.replace('.', ',')}%, ${clean.articleTypes.length} loại bài viết${clean.example ? ' (bảng mẫu)' : ''}`,
        details: { versionId: version.id }
      });
      this.d.events.emit('settings.changed', { area: 'royalties' });
      return view(version)!;
    });
  }
}

function view(v: StoredRoyaltySettings | null): RoyaltySettingsVersion | null {
  return v ? { ...v, unitValue: unitValueOf(v) } : null;
}

/** Every range min ≤ max, types and extras named once, percentages within bounds; decimals made canonical. */
export function validateRoyaltySettings(input: RoyaltySettingsFields): RoyaltySettingsFields {
  const errors: Record<string, string> = {};
  const dec = (text: string, field: string, label: string): string => {
    try {
      return canonicalDecimal(text, label);
    } catch (err) {
      errors[field] = (err as Error).message;
      return '0';
    }
  };
  const range = (min: string, max: string, field: string, label: string) => {
    const r = { min: dec(min, `${field}.min`, `${label}: hệ số tối thiểu`), max: dec(max, `${field}.max`, `${label}: hệ số tối đa`) };
    if (toHundredths(r.min, label) > toHundredths(r.max, label)) errors[field] = `${label}: hệ số tối thiểu lớn hơn hệ số tối đa.`;
    return r;
  };
  if (!Number.isInteger(input.baseSalary) || input.baseSalary <= 0) errors.baseSalary = 'Mức lương cơ sở phải là số đồng lớn hơn 0.';
  const unitPercent = dec(input.unitPercent, 'unitPercent', 'Tỷ lệ một đơn vị hệ số');
  if (!errors.unitPercent && (toHundredths(unitPercent, '') === 0 || toHundredths(unitPercent, '') > 10_000)) errors.unitPercent = 'Một đơn vị hệ số phải từ trên 0% đến 100% mức lương cơ sở.';
  const siteLevelPercent = dec(input.siteLevelPercent, 'siteLevelPercent', 'Tỷ lệ theo cấp trang');
  if (!errors.siteLevelPercent && (toHundredths(siteLevelPercent, '') === 0 || toHundredths(siteLevelPercent, '') > 10_000)) errors.siteLevelPercent = 'Tỷ lệ theo cấp trang phải từ trên 0% đến 100%.';
  const seenTypes = new Set<string>();
  const articleTypes = input.articleTypes.map((r, i) => {
    const type = nfc(r.type).replace(/\s+/g, ' ').trim();
    const key = type.toLocaleLowerCase('vi');
    if (type === '') errors[`articleTypes.${i}.type`] = 'Hãy nhập tên loại bài viết.';
    else if (seenTypes.has(key)) errors[`articleTypes.${i}.type`] = `Loại bài viết “${type}” có hai dòng trong bảng.`;
    seenTypes.add(key);
    return { type, ...range(r.min, r.max, `articleTypes.${i}`, `Loại “${type}”`) };
  });
  if (articleTypes.length === 0) errors.articleTypes = 'Bảng hệ số cần ít nhất một loại bài viết.';
  const photos = { news: range(input.photos.news.min, input.photos.news.max, 'photos.news', 'Ảnh thời sự'), art: range(input.photos.art.min, input.photos.art.max, 'photos.art', 'Ảnh nghệ thuật') };
  const seenExtras = new Set<string>();
  const extras = input.extras.map((e, i) => {
    const code = e.code.trim();
    if (seenExtras.has(code)) errors[`extras.${i}.code`] = `Mã khoản cộng thêm “${code}” bị trùng.`;
    seenExtras.add(code);
    return { code, label: nfc(e.label).trim(), percent: dec(e.percent, `extras.${i}.percent`, 'Tỷ lệ cộng thêm') };
  });
  if (input.deciderRoles.length === 0) errors.deciderRoles = 'Hãy chọn ít nhất một vai trò được quyết định nhuận bút.';
  if (Object.keys(errors).length > 0) {
    const messages = Object.values(errors);
    throw new AppError(ErrorCode.INVALID_INPUT, messages.length === 1 ? messages[0]! : 'Bảng nhuận bút có ô chưa hợp lệ; hãy xem các ô được đánh dấu.', errors);
  }
  return {
    baseSalary: input.baseSalary,
    unitPercent,
    siteLevelPercent,
    articleTypes,
    photos,
    extras,
    deciderRoles: [...new Set(input.deciderRoles)],
    basis: nfc(input.basis).trim(),
    example: input.example
  };
}
