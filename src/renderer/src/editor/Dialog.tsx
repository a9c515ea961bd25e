// A small modal dialog (focus moves in, Escape cancels, focus returns to the editor on close).
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { keepFocusInside } from '../components/focus-cycle';

interface DialogProps {
  title: string;
  onCancel: () => void;
  onSubmit: () => void;
  children: ReactNode;
  /** Extra buttons shown before "Hủy" (e.g. "Gỡ liên kết"). */
  extraActions?: ReactNode;
}

export function Dialog({ title, onCancel, onSubmit, children, extraActions }: DialogProps) {
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const first = formRef.current?.querySelector<HTMLElement>('input, textarea, select');
    first?.focus();
    if (first instanceof HTMLInputElement) first.select();
  }, []);

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit();
  }

  return (
    <div className="bbt-dialog-backdrop">
      <div
        className="bbt-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          } else {
            keepFocusInside(e.currentTarget, e);
          }
        }}
      >
        <h2 id={titleId} className="bbt-dialog-title">
          {title}
        </h2>
        <form ref={formRef} onSubmit={submit}>
          {children}
          <div className="bbt-dialog-actions">
            {extraActions}
            <button type="button" onClick={onCancel}>
              Hủy
            </button>
            <button type="submit" className="primary">
              Đồng ý
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
