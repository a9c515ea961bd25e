// The settings form's text, checked field by field (messages in Vietnamese) before it goes to the backend,
// which checks it again. Error keys name the field: "baseSalary", "types.2.max", "photos.news.min", "extras.0.percent".
import type { RoyaltySettingsFields } from '../../../shared/royalties';
import { nfc } from '../../../shared/text';
import { decimalVi, parseVnd, percentError, rangeErrors } from './numbers';
import { numberVi } from '../format';

export interface SettingsDraft extends Omit<RoyaltySettingsFields, 'baseSalary' | 'example'> {
  /** As typed: "2.340.000". */
  baseSalary: string;
  /** The day from which the new version applies (ISO), null for "now". */
  effectiveFrom: string | null;
}

/** The form starts from a saved version (or the example), with numbers shown the Vietnamese way. */
export function draftOf(fields: RoyaltySettingsFields): SettingsDraft {
  const range = (r: { min: string; max: string }) => ({ min: decimalVi(r.min), max: decimalVi(r.max) });
  return {
    baseSalary: numberVi.format(fields.baseSalary),
    unitPercent: decimalVi(fields.unitPercent),
    siteLevelPercent: decimalVi(fields.siteLevelPercent),
    articleTypes: fields.articleTypes.map((t) => ({ type: t.type, ...range(t) })),
    photos: { news: range(fields.photos.news), art: range(fields.photos.art) },
    extras: fields.extras.map((x) => ({ ...x, percent: decimalVi(x.percent) })),
    deciderRoles: [...fields.deciderRoles],
    basis: fields.basis,
    effectiveFrom: null
  };
}

export type DraftErrors = Record<string, string>;

/** The fields to save, or the errors to show. Saving always clears the example mark: an administrator now owns the table. */
export function checkDraft(d: SettingsDraft): { fields: RoyaltySettingsFields; errors: null } | { fields: null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const baseSalary = parseVnd(d.baseSalary);
  if (baseSalary === null || baseSalary <= 0) errors.baseSalary = 'Mức lương cơ sở là số tiền đồng lớn hơn 0, ví dụ 2.340.000.';
  else if (baseSalary > 1_000_000_000) errors.baseSalary = 'Mức lương cơ sở không quá 1.000.000.000 đồng.';
  const unit = percentError(d.unitPercent, 'Tỷ lệ giá trị đơn vị hệ số');
  if (unit) errors.unitPercent = unit;
  const site = percentError(d.siteLevelPercent, 'Tỷ lệ theo cấp trang');
  if (site) errors.siteLevelPercent = site;

  if (d.articleTypes.length === 0) errors.types = 'Bảng hệ số cần ít nhất một loại bài viết.';
  const seen = new Set<string>();
  d.articleTypes.forEach((t, i) => {
    const name = nfc(t.type.trim());
    if (!name) errors[`types.${i}.type`] = 'Hãy nhập loại bài viết.';
    else if (seen.has(name.toLocaleLowerCase('vi'))) errors[`types.${i}.type`] = `Loại bài “${name}” đã có ở dòng trên.`;
    seen.add(name.toLocaleLowerCase('vi'));
    addRange(errors, `types.${i}`, t);
  });
  addRange(errors, 'photos.news', d.photos.news);
  addRange(errors, 'photos.art', d.photos.art);
  d.extras.forEach((x, i) => {
    if (!x.label.trim()) errors[`extras.${i}.label`] = 'Hãy ghi tên khoản tăng thêm.';
    const p = percentError(x.percent, 'Tỷ lệ tăng thêm');
    if (p) errors[`extras.${i}.percent`] = p;
  });
  if (d.deciderRoles.length === 0) errors.deciderRoles = 'Chọn ít nhất một vai trò được quyết định nhuận bút.';
  if (Object.keys(errors).length > 0) return { fields: null, errors };

  const dot = (s: string) => s.trim().replace(',', '.');
  // Codes are stable ids for decisions already made; a new line gets the first free one.
  const used = new Set(d.extras.map((x) => x.code).filter(Boolean));
  const freshCode = (): string => {
    let n = 1;
    while (used.has(`extra-${n}`)) n += 1;
    used.add(`extra-${n}`);
    return `extra-${n}`;
  };
  const range = (r: { min: string; max: string }) => ({ min: dot(r.min), max: dot(r.max) });
  return {
    errors: null,
    fields: {
      baseSalary: baseSalary!,
      unitPercent: dot(d.unitPercent),
      siteLevelPercent: dot(d.siteLevelPercent),
      articleTypes: d.articleTypes.map((t) => ({ type: nfc(t.type.trim()), ...range(t) })),
      photos: { news: range(d.photos.news), art: range(d.photos.art) },
      extras: d.extras.map((x) => ({ code: x.code || freshCode(), label: nfc(x.label.trim()), percent: dot(x.percent) })),
      deciderRoles: d.deciderRoles,
      basis: nfc(d.basis.trim()),
      example: false
    }
  };
}

function addRange(errors: DraftErrors, key: string, r: { min: string; max: string }): void {
  const e = rangeErrors(r.min, r.max);
  if (e.min) errors[`${key}.min`] = e.min;
  if (e.max) errors[`${key}.max`] = e.max;
}
