// Keyboard shortcuts of the pages (the editor's own live in editor/plugins/ShortcutPlugin).
import { useEffect, useRef } from 'react';

/** The modifiers that must be held (others are not looked at). */
export interface Keys {
  ctrl?: boolean;
  alt?: boolean;
  /** Compared case-insensitively with KeyboardEvent.key. */
  key: string;
}

/** Runs `action` on the keys anywhere on the page; `null` leaves the keys alone (e.g. nothing selected). */
export function useShortcut(keys: Keys, action: (() => void) | null): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  const { ctrl = false, alt = false, key } = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((ctrl && !e.ctrlKey) || (alt && !e.altKey) || e.key.toLowerCase() !== key.toLowerCase()) return;
      if (!latest.current) return;
      e.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ctrl, alt, key]);
}

/** Escape closes what `close` closes, unless a dialog is open (the dialog takes Escape for itself). */
export function useEscape(close: (() => void) | null): void {
  const latest = useRef(close);
  useEffect(() => {
    latest.current = close;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !latest.current || e.defaultPrevented) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"], dialog[open]')) return;
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
