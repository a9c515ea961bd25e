// A text input with its own Vietnamese accessible name and, under it, the message of what is wrong.
import { FieldError } from '../components/FormParts';

export function CheckedInput({
  label,
  value,
  error,
  onChange,
  id,
  inputMode = 'decimal',
  className
}: {
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  id?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
  className?: string;
}) {
  return (
    <div className={`checked-input${className ? ` ${className}` : ''}`}>
      <input
        id={id}
        aria-label={id ? undefined : label}
        inputMode={inputMode}
        value={value}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError message={error} />
    </div>
  );
}
