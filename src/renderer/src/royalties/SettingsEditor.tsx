// The form of a new settings version, started from the version in force (or the shipped example).
import { useState, type FormEvent } from 'react';
import { ROLES, ROLE_LABELS } from '../../../shared/accounts';
import { PHOTO_KINDS, PHOTO_KIND_LABELS, type RoyaltySettingsFields } from '../../../shared/royalties';
import { ApiError, errorMessage } from '../api';
import { Field } from '../article/Field';
import { FieldError, FormError } from '../components/FormParts';
import { VnDateInput } from '../components/VnDateInput';
import { ArticleTypeRatesEditor } from './ArticleTypeRatesEditor';
import { CheckedInput } from './CheckedInput';
import { ExtrasEditor } from './ExtrasEditor';
import { checkDraft, draftOf, type DraftErrors, type SettingsDraft } from './settings-draft';
import { VndInput } from './VndInput';

export function SettingsEditor({ from, onSave }: { from: RoyaltySettingsFields; onSave: (fields: RoyaltySettingsFields, effectiveFrom: string | null) => Promise<void> }) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(from));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkDraft(draft);
    if (checked.errors) {
      setErrors(checked.errors);
      setFormError(`Có ${Object.keys(checked.errors).length} ô chưa hợp lệ — xem thông báo dưới từng ô.`);
      return;
    }
    setErrors({});
    setFormError(null);
    setBusy(true);
    try {
      await onSave(checked.fields, draft.effectiveFrom);
    } catch (err) {
      if (err instanceof ApiError) setErrors(err.fields);
      setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="royalty-settings-form" onSubmit={(e) => void submit(e)} noValidate>
      <section className="panel" aria-labelledby="unit-title">
        <h2 id="unit-title">Giá trị đơn vị hệ số</h2>
        <div className="royalty-grid">
          <Field label="Mức lương cơ sở (đồng)">
            {(id) => <VndInput id={id} value={draft.baseSalary} error={errors.baseSalary} onChange={(baseSalary) => set({ baseSalary })} />}
          </Field>
          <Field label="Giá trị 1 đơn vị hệ số (% mức lương cơ sở)">
            {(id) => <CheckedInput id={id} label="" value={draft.unitPercent} error={errors.unitPercent} onChange={(unitPercent) => set({ unitPercent })} />}
          </Field>
          <Field label="Tỷ lệ theo cấp trang (% mức của tỉnh)">
            {(id) => <CheckedInput id={id} label="" value={draft.siteLevelPercent} error={errors.siteLevelPercent} onChange={(siteLevelPercent) => set({ siteLevelPercent })} />}
          </Field>
          <Field label="Áp dụng từ ngày">
            {(id) => <VnDateInput id={id} value={draft.effectiveFrom} onChange={(effectiveFrom) => set({ effectiveFrom })} />}
          </Field>
        </div>
        <p className="hint">Để trống “Áp dụng từ ngày” thì áp dụng từ bây giờ. Bảng áp dụng cho các bài xuất bản lần đầu từ ngày đó.</p>
        <Field label="Căn cứ (văn bản quy định)">
          {(id) => <input id={id} value={draft.basis} placeholder="Ví dụ: Quyết định số …/QĐ-UBND ngày …" onChange={(e) => set({ basis: e.target.value })} />}
        </Field>
      </section>

      <ArticleTypeRatesEditor rates={draft.articleTypes} errors={errors} onChange={(articleTypes) => set({ articleTypes })} />

      <section className="panel" aria-labelledby="photos-title">
        <h2 id="photos-title">Hệ số ảnh (mỗi ảnh)</h2>
        <table className="data-table royalty-rates">
          <thead>
            <tr>
              <th scope="col">Loại ảnh</th>
              <th scope="col">Hệ số tối thiểu</th>
              <th scope="col">Hệ số tối đa</th>
            </tr>
          </thead>
          <tbody>
            {PHOTO_KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row">{PHOTO_KIND_LABELS[kind]}</th>
                {(['min', 'max'] as const).map((end) => (
                  <td key={end}>
                    <CheckedInput
                      label={`${end === 'min' ? 'Hệ số tối thiểu' : 'Hệ số tối đa'} — ${PHOTO_KIND_LABELS[kind]}`}
                      value={draft.photos[kind][end]}
                      error={errors[`photos.${kind}.${end}`]}
                      onChange={(v) => set({ photos: { ...draft.photos, [kind]: { ...draft.photos[kind], [end]: v } } })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <ExtrasEditor extras={draft.extras} errors={errors} onChange={(extras) => set({ extras })} />

      <fieldset className="panel roles">
        <legend>Ai được quyết định nhuận bút</legend>
        {ROLES.map((r) => (
          <label key={r} className="check">
            <input
              type="checkbox"
              checked={draft.deciderRoles.includes(r)}
              onChange={(e) => set({ deciderRoles: e.target.checked ? [...draft.deciderRoles, r] : draft.deciderRoles.filter((x) => x !== r) })}
            />
            {ROLE_LABELS[r]}
          </label>
        ))}
        <FieldError message={errors.deciderRoles} />
      </fieldset>

      <FormError message={formError} />
      <div className="panel-actions">
        <button type="submit" className="primary" disabled={busy}>
          Lưu phiên bản mới
        </button>
        <span className="hint">Các phiên bản cũ vẫn giữ nguyên cho những bài đã xuất bản trước ngày áp dụng.</span>
      </div>
    </form>
  );
}
