// The saved settings versions, newest first: from when each applies and what one coefficient unit is worth.
import type { RoyaltySettingsVersion } from '../../../shared/royalties';
import { formatDate, formatDateTime } from '../format';
import { decimalVi, formatVnd } from './numbers';

export function SettingsVersions({ versions, currentId }: { versions: RoyaltySettingsVersion[]; currentId: string | null }) {
  if (versions.length === 0) return <p className="muted">Chưa lưu phiên bản nào: chưa tính được nhuận bút.</p>;
  const newestFirst = [...versions].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return (
    <table className="data-table royalty-versions">
      <caption className="visually-hidden">Các phiên bản bảng nhuận bút</caption>
      <thead>
        <tr>
          <th scope="col">Áp dụng từ</th>
          <th scope="col">Mức lương cơ sở</th>
          <th scope="col">Giá trị 1 đơn vị hệ số</th>
          <th scope="col">Cấp trang</th>
          <th scope="col">Căn cứ</th>
          <th scope="col">Lưu lúc</th>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((v) => (
          <tr key={v.id} aria-current={v.id === currentId ? 'true' : undefined}>
            <td>
              {formatDate(v.effectiveFrom)} {v.id === currentId && <span className="badge period-open">Đang áp dụng</span>}
            </td>
            <td>{formatVnd(v.baseSalary)}</td>
            <td>
              {formatVnd(v.unitValue)} <span className="hint">({decimalVi(v.unitPercent)} %)</span>
            </td>
            <td>{decimalVi(v.siteLevelPercent)} %</td>
            <td>
              {v.basis || '—'} {v.example && <span className="badge role-warning-badge">Bảng mẫu</span>}
            </td>
            <td>
              {formatDateTime(v.createdAt)} — {v.createdBy}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
