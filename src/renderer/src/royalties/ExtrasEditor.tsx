// "Khoản tăng thêm": the extra percentages the rules allow (ticked per article by the approver).
import type { RoyaltyExtra } from '../../../shared/royalties';
import { CheckedInput } from './CheckedInput';
import type { DraftErrors } from './settings-draft';

export function ExtrasEditor({ extras, errors, onChange }: { extras: RoyaltyExtra[]; errors: DraftErrors; onChange: (extras: RoyaltyExtra[]) => void }) {
  const set = (i: number, patch: Partial<RoyaltyExtra>) => onChange(extras.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <section className="panel" aria-labelledby="extras-title">
      <h2 id="extras-title">Khoản tăng thêm</h2>
      {extras.length === 0 ? (
        <p className="muted">Chưa có khoản tăng thêm nào.</p>
      ) : (
        <table className="data-table royalty-rates">
          <thead>
            <tr>
              <th scope="col">Trường hợp được tăng thêm</th>
              <th scope="col">Tỷ lệ tăng thêm (%)</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {extras.map((x, i) => (
              <tr key={i}>
                <td>
                  <CheckedInput label={`Trường hợp tăng thêm, dòng ${i + 1}`} inputMode="text" value={x.label} error={errors[`extras.${i}.label`]} onChange={(label) => set(i, { label })} />
                </td>
                <td>
                  <CheckedInput label={`Tỷ lệ tăng thêm, dòng ${i + 1}`} value={x.percent} error={errors[`extras.${i}.percent`]} onChange={(percent) => set(i, { percent })} />
                </td>
                <td className="row-actions">
                  <button type="button" className="link-button" aria-label={`Xóa khoản tăng thêm dòng ${i + 1}`} onClick={() => onChange(extras.filter((_, j) => j !== i))}>
                    Xóa
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="add-line" onClick={() => onChange([...extras, { code: '', label: '', percent: '' }])}>
        Thêm khoản tăng thêm
      </button>
    </section>
  );
}
