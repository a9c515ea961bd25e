// Small pieces every form and dialog shares.

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

/** The message under one field, read out when it appears. */
export function FieldError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" role="alert">
      {message}
    </p>
  );
}

export function DialogActions({ submitLabel, onCancel, disabled }: { submitLabel: string; onCancel: () => void; disabled?: boolean }) {
  return (
    <div className="modal-actions">
      <button type="button" onClick={onCancel}>
        Hủy
      </button>
      <button type="submit" className="primary" disabled={disabled}>
        {submitLabel}
      </button>
    </div>
  );
}
