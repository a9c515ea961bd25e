// Money as Vietnamese documents write it: "1.250.000 đồng" (dot as the thousands separator, vi-VN).
const GROUPED = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0, useGrouping: true });

/** 1250000 → "1.250.000" */
export function formatThousands(dong: number): string {
  return GROUPED.format(dong);
}

/** 1250000 → "1.250.000 đồng" */
export function formatDong(dong: number): string {
  return `${formatThousands(dong)} đồng`;
}
