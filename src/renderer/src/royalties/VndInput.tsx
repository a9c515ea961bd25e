// An amount of đồng typed as "2.340.000" (or "2340000"): tidied to the dotted form when leaving the field,
// with the amount spelled out beside it so a missing zero shows.
import { FieldError } from '../components/FormParts';
import { numberVi } from '../format';
import { formatVnd, parseVnd } from './numbers';

export function VndInput({ id, value, error, onChange }: { id: string; value: string; error: string | undefined; onChange: (value: string) => void }) {
  const amount = parseVnd(value);
  return (
    <div className="vnd-input">
      <div className="inline">
        <input
          id={id}
          inputMode="numeric"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-shown`}
          onChange={(e) => onChange(e.target.value)}
          onBlur={() => amount !== null && onChange(numberVi.format(amount))}
        />
        <span id={`${id}-shown`} className="hint vnd-shown">
          {amount !== null ? formatVnd(amount) : ''}
        </span>
      </div>
      <FieldError message={error} />
    </div>
  );
}
