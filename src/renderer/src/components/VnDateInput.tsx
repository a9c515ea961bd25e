// Dates typed the Vietnamese way (dd/MM/yyyy [HH:mm]) whatever the browser's locale; native date
// pickers show mm/dd/yyyy and AM/PM on many office PCs.
import { useEffect, useState } from 'react';
import { formatDate, formatDateTime, parseVnDateTime } from '../../../shared/dates';
import { dateTimeWithWeekday, dateWithWeekday } from '../format';

interface Props {
  id: string;
  value: string | null;
  onChange: (iso: string | null) => void;
  withTime?: boolean;
  ariaLabel?: string;
}

export function VnDateInput({ id, value, onChange, withTime = false, ariaLabel }: Props) {
  const show = (iso: string | null) => (iso ? (withTime ? formatDateTime(iso) : formatDate(iso)) : '');
  const [text, setText] = useState(() => show(value));
  const [invalid, setInvalid] = useState(false);

  // Follow outside changes (e.g. a reload) without fighting the user's typing.
  useEffect(() => {
    const parsed = parseVnDateTime(text);
    if ((parsed ?? null) !== value && !(text.trim() === '' && value === null)) {
      setText(show(value));
      setInvalid(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the value changes from outside
  }, [value]);

  function change(next: string) {
    setText(next);
    if (next.trim() === '') {
      setInvalid(false);
      onChange(null);
      return;
    }
    const iso = parseVnDateTime(next);
    setInvalid(iso === null);
    if (iso) onChange(iso);
  }

  const hint = value && !invalid ? (withTime ? dateTimeWithWeekday(value) : dateWithWeekday(value)) : '';
  return (
    <>
      <input
        id={id}
        aria-label={ariaLabel}
        inputMode="numeric"
        placeholder={withTime ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy'}
        value={text}
        aria-invalid={invalid || undefined}
        onChange={(e) => change(e.target.value)}
      />
      {invalid ? (
        <span className="field-error" role="alert">
          Ngày không hợp lệ — hãy nhập theo dạng {withTime ? '07/06/2021 16:00' : '07/06/2021'}.
        </span>
      ) : (
        hint && <span className="hint">{hint}</span>
      )}
    </>
  );
}
