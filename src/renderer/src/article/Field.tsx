// One labelled form field of the article page: label, the control (given the id) and its error.
import { FieldError } from '../components/FormParts';

export function Field({ label, error, children }: { label: string; error?: string; children: (id: string) => React.ReactNode }) {
  const id = 'f-' + label.replace(/\s+/g, '-');
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children(id)}
      <FieldError message={error} />
    </div>
  );
}

/** The list's entries, plus the current value if an administrator removed it from the list since. */
export function withCurrent(list: string[], current: string): string[] {
  return current && !list.includes(current) ? [...list, current] : list;
}
