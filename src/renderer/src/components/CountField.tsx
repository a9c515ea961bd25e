import { useId } from 'react';
import type { Count } from '../../../shared/article';

/** Số Trang / Số Ảnh: computed from the content unless the user types a value. */
export function CountField({ label, count, computed, onChange }: { label: string; count: Count; computed: number; onChange: (c: Count) => void }) {
  const id = useId();
  const value = count.overridden ? count.value : computed;
  return (
    <div className="field count-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="inline">
        <input
          id={id}
          type="number"
          min={0}
          max={100000}
          value={value}
          onChange={(e) => {
            const n = Math.max(0, Math.min(100000, Math.floor(Number(e.target.value) || 0)));
            onChange({ value: n, overridden: true });
          }}
        />
        {count.overridden ? (
          <button type="button" className="link-button" onClick={() => onChange({ value: computed, overridden: false })}>
            Tính tự động
          </button>
        ) : (
          <span className="hint">tự tính từ nội dung</span>
        )}
      </div>
    </div>
  );
}
