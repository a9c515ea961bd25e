// "Người nhận nhuận bút": authors share the text part, photographers the photo part; each part's shares add up
// to 100 %. A name picked from the accounts keeps its account (userId); any other name is an outside contributor.
import { PAYEE_PARTS, PAYEE_PART_LABELS, type Payee, type PayeeAmount, type PayeePart } from '../../../shared/royalties';
import { FieldError } from '../components/FormParts';
import { CheckedInput } from './CheckedInput';
import type { DecisionErrors } from './decision-draft';
import { formatVnd } from './numbers';
import { useRoyaltyPeople } from './useRoyaltyPeople';

export function PayeesEditor({
  payees,
  amounts,
  errors,
  onChange
}: {
  payees: Payee[];
  /** The backend's amounts for these payees (same order), when calculated. */
  amounts: PayeeAmount[] | null;
  errors: DecisionErrors;
  onChange: (payees: Payee[]) => void;
}) {
  const people = useRoyaltyPeople();
  const set = (i: number, patch: Partial<Payee>) => onChange(payees.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const rename = (i: number, name: string) => set(i, { name, userId: people.find((p) => p.name === name.trim())?.id ?? null });
  const add = (part: PayeePart) => onChange([...payees, { userId: null, name: '', part, sharePercent: payees.some((p) => p.part === part) ? '' : '100' }]);

  return (
    <fieldset className="royalty-payees">
      <legend>Người nhận nhuận bút</legend>
      <datalist id="royalty-people">
        {people.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
      <ul>
        {payees.map((p, i) => {
          const who = p.name.trim() || `người nhận ${i + 1}`;
          const amount = amounts?.[i];
          return (
            <li key={i} className="royalty-payee">
              <input
                aria-label={`Tên người nhận ${i + 1}`}
                list="royalty-people"
                value={p.name}
                aria-invalid={errors[`payees.${i}.name`] ? true : undefined}
                onChange={(e) => rename(i, e.target.value)}
              />
              <FieldError message={errors[`payees.${i}.name`]} />
              <div className="royalty-payee-line">
                <select aria-label={`Phần được trả — ${who}`} value={p.part} onChange={(e) => set(i, { part: e.target.value as PayeePart })}>
                  {PAYEE_PARTS.map((part) => (
                    <option key={part} value={part}>
                      {PAYEE_PART_LABELS[part]}
                    </option>
                  ))}
                </select>
                <CheckedInput className="share" label={`Tỷ lệ hưởng (%) — ${who}`} value={p.sharePercent} error={errors[`payees.${i}.sharePercent`]} onChange={(sharePercent) => set(i, { sharePercent })} />
                <span className="hint">%</span>
                <button type="button" className="link-button" aria-label={`Bỏ ${who}`} onClick={() => onChange(payees.filter((_, j) => j !== i))}>
                  Bỏ
                </button>
              </div>
              {amount && amount.name === p.name && <p className="hint royalty-payee-amount">{formatVnd(amount.amount)}</p>}
            </li>
          );
        })}
      </ul>
      <FieldError message={errors['payees.text']} />
      <FieldError message={errors['payees.photo']} />
      <div className="panel-actions">
        <button type="button" onClick={() => add('text')}>
          Thêm tác giả
        </button>
        <button type="button" onClick={() => add('photo')}>
          Thêm người chụp ảnh
        </button>
      </div>
    </fieldset>
  );
}
