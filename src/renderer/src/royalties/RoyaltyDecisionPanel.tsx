// "Nhuận bút" beside a published article: the deciding role sets the coefficient within the type's range,
// confirms the photos, names the payees and their shares, sees the backend's amount live and saves.
// Read-only, with the reason, for the other readers and once the period is closed; nothing for those the
// backend refuses (it knows the settings' decider roles, which may include roles beyond the usual readers).
import { useState } from 'react';
import { PHOTO_KINDS, PHOTO_KIND_LABELS } from '../../../shared/royalties';
import { FieldError, FormError } from '../components/FormParts';
import { formatDate, formatDateTime } from '../format';
import { hrefOf } from '../router';
import { CheckedInput } from './CheckedInput';
import { decimalVi, formatVnd } from './numbers';
import { PayeesEditor } from './PayeesEditor';
import { useRoyaltyDecision } from './useRoyaltyDecision';
import './royalties.css';

const PHOTO_FIELDS = {
  news: { count: 'newsPhotos', coefficient: 'newsPhotoCoefficient' },
  art: { count: 'artPhotos', coefficient: 'artPhotoCoefficient' }
} as const;

export function RoyaltyDecisionPanel({ articleId, onSaved }: { articleId: string; onSaved: () => void }) {
  const d = useRoyaltyDecision(articleId, onSaved);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const { view, draft, errors, canEdit } = d;
  if (d.forbidden) return null;

  async function save() {
    setJustSaved(false);
    const error = await d.save();
    setSaveError(error);
    setJustSaved(error === null);
  }

  return (
    <section className="panel royalty-panel" aria-labelledby="royalty-panel-title">
      <div className="panel-head">
        <h2 id="royalty-panel-title">Nhuận bút</h2>
        {view && <a href={hrefOf({ page: 'royalties', period: view.article.month })}>Bảng kê tháng</a>}
      </div>
      {d.loadError && <p className="form-error">{d.loadError}</p>}
      {!view && !d.loadError && <p className="muted">Đang tải…</p>}
      {view && (
        <>
          {!view.editable && <p className="banner banner-locked royalty-locked">{view.blocked ?? 'Kỳ nhuận bút của bài đã chốt: không sửa được nữa.'}</p>}
          {view.editable && view.blocked && <p className="role-warning">{view.blocked}</p>}
          {view.editable && !view.blocked && !view.canDecide && <p className="hint">Chỉ người được giao quyết định nhuận bút sửa được phần này.</p>}
          <dl className="facts">
            <dt>Loại bài viết</dt>
            <dd>{view.article.articleType || '—'}</dd>
            <dt>Xuất bản</dt>
            <dd>{formatDate(view.article.publishedAt)}</dd>
            {view.settings && (
              <>
                <dt>Bảng áp dụng</dt>
                <dd>
                  từ {formatDate(view.settings.effectiveFrom)} {view.settings.example && <span className="badge role-warning-badge">Bảng mẫu</span>}
                </dd>
              </>
            )}
          </dl>
          {draft && (
            <fieldset className="form-fields royalty-form" disabled={!canEdit}>
              <div className="field">
                <label htmlFor="royalty-coefficient" className="field-label">
                  Hệ số nhuận bút
                </label>
                <input
                  id="royalty-coefficient"
                  inputMode="decimal"
                  value={draft.coefficient}
                  aria-invalid={errors.coefficient ? true : undefined}
                  aria-describedby="royalty-range"
                  onChange={(e) => d.edit({ coefficient: e.target.value })}
                />
                {view.range && (
                  <span id="royalty-range" className="hint">
                    Khung: {decimalVi(view.range.min)} – {decimalVi(view.range.max)}
                  </span>
                )}
                <FieldError message={errors.coefficient} />
              </div>
              <table className="royalty-photos">
                <thead>
                  <tr>
                    <th scope="col">Ảnh</th>
                    <th scope="col">Số ảnh</th>
                    <th scope="col">Hệ số mỗi ảnh</th>
                  </tr>
                </thead>
                <tbody>
                  {PHOTO_KINDS.map((kind) => {
                    const f = PHOTO_FIELDS[kind];
                    const range = view.settings?.photos[kind];
                    return (
                      <tr key={kind}>
                        <th scope="row">{PHOTO_KIND_LABELS[kind]}</th>
                        <td>
                          <CheckedInput label={`Số ${PHOTO_KIND_LABELS[kind].toLowerCase()}`} inputMode="numeric" value={draft[f.count]} error={errors[f.count]} onChange={(v) => d.edit({ [f.count]: v })} />
                        </td>
                        <td>
                          <CheckedInput label={`Hệ số ${PHOTO_KIND_LABELS[kind].toLowerCase()}`} value={draft[f.coefficient]} error={errors[f.coefficient]} onChange={(v) => d.edit({ [f.coefficient]: v })} />
                          {range && (
                            <span className="hint">
                              {decimalVi(range.min)} – {decimalVi(range.max)}
                            </span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <p className="hint">Số Ảnh của bài: {view.article.photoCount}</p>
              {view.settings && view.settings.extras.length > 0 && (
                <fieldset className="royalty-extras">
                  <legend>Tăng thêm</legend>
                  {view.settings.extras.map((x) => (
                    <label key={x.code} className="check">
                      <input
                        type="checkbox"
                        checked={draft.extras.includes(x.code)}
                        onChange={(e) => d.edit({ extras: e.target.checked ? [...draft.extras, x.code] : draft.extras.filter((c) => c !== x.code) })}
                      />
                      {x.label} (+{decimalVi(x.percent)} %)
                    </label>
                  ))}
                </fieldset>
              )}
              <PayeesEditor payees={draft.payees} amounts={d.amounts?.payees ?? null} errors={errors} onChange={(payees) => d.edit({ payees })} />
              <div className="field">
                <label htmlFor="royalty-note" className="field-label">
                  Ghi chú
                </label>
                <textarea id="royalty-note" rows={2} value={draft.note} onChange={(e) => d.edit({ note: e.target.value })} />
              </div>
            </fieldset>
          )}
          <div className="royalty-amount" aria-live="polite">
            <span>Thành tiền</span>
            <output aria-label="Thành tiền nhuận bút">
              {amountText(d.amounts?.total ?? null, canEdit, Object.keys(errors).length > 0)}
            </output>
          </div>
          {d.previewError && <p className="form-error">{d.previewError}</p>}
          {view.decision ? (
            <p className="hint">
              Quyết định lúc {formatDateTime(view.decision.decidedAt)} — {view.decision.decidedBy.name}
            </p>
          ) : (
            <p className="hint">Chưa có quyết định: các giá trị trên là đề xuất (hệ số tối thiểu, số ảnh và tác giả của bài).</p>
          )}
          <FormError message={saveError} />
          {canEdit && (
            <div className="panel-actions">
              <button type="button" className="primary" onClick={() => void save()} disabled={d.saving}>
                Lưu nhuận bút
              </button>
              {justSaved && (
                <span className="save-saved" role="status">
                  Đã lưu
                </span>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

function amountText(total: number | null, canEdit: boolean, invalid: boolean): string {
  if (total !== null) return formatVnd(total);
  if (!canEdit) return '—';
  return invalid ? 'Sửa các ô chưa hợp lệ để tính' : 'Đang tính…';
}
