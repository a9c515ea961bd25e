// A small modal dialog (focus moves in, Escape cancels, focus returns to the editor on close).
import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';

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
          } else if (e.key === 'Tab') {
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

/** Tab and Shift+Tab cycle through the dialog's controls instead of leaving it. */
function keepFocusInside(dialog: HTMLElement, e: KeyboardEvent<HTMLElement>): void {
  const focusable = Array.from(dialog.querySelectorAll<HTMLElement>('input, select, textarea, button')).filter((el) => !el.hasAttribute('disabled'));
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
