// A small accessible modal dialog for the app's forms: focus moves in and stays in (Tab cycles inside),
// Escape closes it, and focus returns to where it was. It is drawn at the end of <body>, above the page,
// whatever part of the page opened it: the article page's regions are stacking contexts of their own
// (styles.css), which would otherwise keep a dialog opened from one of them under the next.
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { keepFocusInside } from './focus-cycle';

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
  return createPortal(
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-label={title} ref={ref} tabIndex={-1} onKeyDown={(e) => keepFocusInside(e.currentTarget, e)}>
        <h2>{title}</h2>
        {children}
      </div>
    </div>,
    document.body
  );
}
