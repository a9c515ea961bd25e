// Month or quarter, and the year, of the report; each change shows that period at once.
import { QUARTER_NAMES, formatPeriod, parsePeriod, switchKind, type PeriodKind, type PeriodParts } from './period';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The last few years up to next year, and the shown one if older. */
function yearsAround(shown: number): number[] {
  const last = new Date().getFullYear() + 1;
  const first = Math.min(shown, last - 6);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

export function PeriodPicker({ period, onChange }: { period: string; onChange: (period: string) => void }) {
  const parts = parsePeriod(period);
  if (!parts) return null;
  const set = (next: PeriodParts) => onChange(formatPeriod(next));
  return (
    <fieldset className="period-picker">
      <legend className="visually-hidden">Kỳ báo cáo</legend>
      <label>
        <span id="period-kind-label">Loại kỳ</span>
        <select aria-labelledby="period-kind-label" value={parts.kind} onChange={(e) => set(switchKind(parts, e.target.value as PeriodKind))}>
          <option value="month">Tháng</option>
          <option value="quarter">Quý</option>
        </select>
      </label>
      {parts.kind === 'month' ? (
        <label>
          <span id="period-month-label">Tháng</span>
          <select aria-labelledby="period-month-label" value={parts.n} onChange={(e) => set({ ...parts, n: Number(e.target.value) })}>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                Tháng {m}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <label>
          <span id="period-quarter-label">Quý</span>
          <select aria-labelledby="period-quarter-label" value={parts.n} onChange={(e) => set({ ...parts, n: Number(e.target.value) })}>
            {QUARTER_NAMES.map((q, i) => (
              <option key={q} value={i + 1}>
                Quý {q}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span id="period-year-label">Năm</span>
        <select aria-labelledby="period-year-label" value={parts.year} onChange={(e) => set({ ...parts, year: Number(e.target.value) })}>
          {yearsAround(parts.year).map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
