// A small accessible modal dialog for the app's forms: focus moves in and stays in (Tab cycles inside),
// Escape closes it, and focus returns to where it was.
import { FocusTrap } from 'focus-trap-react';
import { useEffect, useRef } from 'react';

export function Modal({ title, onClose, children }: { title: string; onClose: () => void; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const prev = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      prev?.focus?.();
    };
  }, [onClose]);
  return (
    <FocusTrap focusTrapOptions={TRAP}>
      <div className="modal-backdrop">
        <div className="modal" role="dialog" aria-modal="true" aria-label={title} ref={ref} tabIndex={-1}>
          <h2>{title}</h2>
          {children}
        </div>
      </div>
    </FocusTrap>
  );
}

/** Only the trapping: the dialog chooses its first focus, handles Escape and restores focus itself. */
export const TRAP = {
  initialFocus: false,
  escapeDeactivates: false,
  returnFocusOnDeactivate: false,
  allowOutsideClick: true,
  fallbackFocus: '[role="dialog"]'
} as const;
