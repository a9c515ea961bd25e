// Timing helpers and the side-by-side report table.

export interface Row {
  metric: string;
  /** Milliseconds, one per measured run. */
  samples: number[];
  /** Goal for p95 in milliseconds, when there is one. */
  goalMs?: number;
  note?: string;
}

export function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

const COLUMNS = ['metric', 'n', 'p50 ms', 'p95 ms', 'max ms', 'goal ms', 'p95/goal', 'note'] as const;

export function formatTable(sections: { name: string; rows: Row[] }[]): string {
  const lines: string[][] = [];
  for (const { name, rows } of sections) {
    lines.push([`[${name}]`, '', '', '', '', '', '', '']);
    for (const r of rows) {
      const p95 = percentile(r.samples, 95);
      if (r.samples.length === 0) {
        lines.push(['  ' + r.metric, '0', '—', '—', '—', '—', '—', r.note ?? '']);
        continue;
      }
      lines.push([
        '  ' + r.metric,
        String(r.samples.length),
        percentile(r.samples, 50).toFixed(1),
        p95.toFixed(1),
        Math.max(...r.samples).toFixed(1),
        r.goalMs === undefined ? '—' : String(r.goalMs),
        r.goalMs === undefined ? '—' : `${(p95 / r.goalMs).toFixed(2)}×${p95 <= r.goalMs ? ' ok' : ' OVER'}`,
        r.note ?? ''
      ]);
    }
  }
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: readonly string[]) => cells.map((c, i) => (i === 0 || i === 7 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [fmt(COLUMNS), ...lines.map(fmt)].join('\n');
}
