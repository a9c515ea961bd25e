// Locks the screen after the configured idle time. The main side enforces the same limit on every call.
import { useEffect, useRef } from 'react';

const EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdleLock(minutes: number, locked: boolean, lock: () => void): void {
  const last = useRef(0);
  useEffect(() => {
    if (minutes <= 0 || locked) return;
    last.current = Date.now();
    const touch = () => (last.current = Date.now());
    for (const e of EVENTS) window.addEventListener(e, touch, { passive: true });
    const timer = setInterval(() => {
      if (Date.now() - last.current >= minutes * 60_000) lock();
    }, 5_000);
    return () => {
      for (const e of EVENTS) window.removeEventListener(e, touch);
      clearInterval(timer);
    };
  }, [minutes, locked, lock]);
}
