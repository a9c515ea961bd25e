// "Hệ số theo loại bài viết": one line per article type with its minimum and maximum coefficient.
import type { ArticleTypeRate } from '../../../shared/royalties';
import { FieldError } from '../components/FormParts';
import { CheckedInput } from './CheckedInput';
import type { DraftErrors } from './settings-draft';

export function ArticleTypeRatesEditor({ rates, errors, onChange }: { rates: ArticleTypeRate[]; errors: DraftErrors; onChange: (rates: ArticleTypeRate[]) => void }) {
  const set = (i: number, patch: Partial<ArticleTypeRate>) => onChange(rates.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <section className="panel" aria-labelledby="rates-title">
      <h2 id="rates-title">Hệ số theo loại bài viết</h2>
      <table className="data-table royalty-rates">
        <thead>
          <tr>
            <th scope="col">Loại bài viết</th>
            <th scope="col">Hệ số tối thiểu</th>
            <th scope="col">Hệ số tối đa</th>
            <th scope="col">
              <span className="visually-hidden">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rates.map((r, i) => {
            const name = r.type.trim() || `dòng ${i + 1}`;
            return (
              <tr key={i}>
                <td>
                  <CheckedInput label={`Loại bài viết, dòng ${i + 1}`} inputMode="text" value={r.type} error={errors[`types.${i}.type`]} onChange={(type) => set(i, { type })} />
                </td>
                <td>
                  <CheckedInput label={`Hệ số tối thiểu — ${name}`} value={r.min} error={errors[`types.${i}.min`]} onChange={(min) => set(i, { min })} />
                </td>
                <td>
                  <CheckedInput label={`Hệ số tối đa — ${name}`} value={r.max} error={errors[`types.${i}.max`]} onChange={(max) => set(i, { max })} />
                </td>
                <td className="row-actions">
                  <button type="button" className="link-button" aria-label={`Xóa loại bài ${name}`} onClick={() => onChange(rates.filter((_, j) => j !== i))}>
                    Xóa
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FieldError message={errors.types} />
      <button type="button" className="add-line" onClick={() => onChange([...rates, { type: '', min: '', max: '' }])}>
        Thêm loại bài
      </button>
    </section>
  );
}
