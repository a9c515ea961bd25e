import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../shared/workflow';
import { call, errorMessage } from '../api';
import { dateTimeWithWeekday, numberVi } from '../format';
import { VnDateInput } from '../components/VnDateInput';
import { useApp } from '../app-context';
import { auditActionName } from '../audit-labels';
import type { Account } from '../../../shared/accounts';

const PAGE = 200;

/** The global history (Lịch sử / nhật ký): every login, state change, edit, sign-off and settings change. */
export function AuditPage() {
  const { session } = useApp();
  const isAdmin = session.user.roles.includes('quan_tri');
  const [users, setUsers] = useState<Account[]>([]);
  const [userId, setUserId] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [page, setPage] = useState<{ total: number; items: AuditEntry[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The latest "Niêm phong nhật ký" (each seal is noted in the chain as audit.seal).
  const [lastSeal, setLastSeal] = useState<AuditEntry | null | undefined>(undefined);

  useEffect(() => {
    if (isAdmin) call('users.list', {}).then(setUsers, () => undefined);
    if (isAdmin) call('audit.list', { action: 'audit.seal', limit: 1 }).then((p) => setLastSeal(p.items[0] ?? null), () => undefined);
  }, [isAdmin]);

  useEffect(() => {
    const toEnd = to ? new Date(Date.parse(to) + 86_400_000 - 1).toISOString() : undefined;
    call('audit.list', { userId: userId || undefined, action: action || undefined, from: from ?? undefined, to: toEnd, limit: PAGE }).then(setPage, (e) => setError(errorMessage(e)));
  }, [userId, action, from, to]);

  const actions = [...new Set(page?.items.map((i) => i.action) ?? [])].sort();
  return (
    <section className="audit-page">
      <h1>Nhật ký hoạt động</h1>
      {isAdmin && lastSeal !== undefined && (
        <p className="last-seal" data-testid="last-seal">
          {lastSeal
            ? `Niêm phong nhật ký gần nhất: ${dateTimeWithWeekday(lastSeal.at)} (đến mục số ${numberVi.format(Number(lastSeal.details.seq))}).`
            : 'Nhật ký chưa được niêm phong lần nào.'}
        </p>
      )}
      <div className="filters" role="group" aria-label="Bộ lọc nhật ký">
        {isAdmin && (
          <label>
            Người thực hiện
            <select value={userId} onChange={(e) => setUserId(e.target.value)}>
              <option value="">Tất cả</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.fullName} ({u.login})
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Hoạt động
          <select value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">Tất cả</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {auditActionName(a)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Từ ngày
          <VnDateInput id="audit-from" value={from} onChange={setFrom} />
        </label>
        <label>
          Đến ngày
          <VnDateInput id="audit-to" value={to} onChange={setTo} />
        </label>
        {page && <span className="count">{numberVi.format(page.total)} mục</span>}
      </div>
      {error && <p role="alert">{error}</p>}
      <table className="data-table" aria-label="Nhật ký">
        <thead>
          <tr>
            <th>#</th>
            <th>Thời điểm</th>
            <th>Người thực hiện</th>
            <th>Hoạt động</th>
            <th>Nội dung</th>
          </tr>
        </thead>
        <tbody>
          {page?.items.map((e) => (
            <tr key={e.id}>
              <td>{e.seq}</td>
              <td>{dateTimeWithWeekday(e.at)}</td>
              <td>{e.user?.name ?? '—'}</td>
              <td title={e.action}>{auditActionName(e.action)}</td>
              <td>
                {e.articleId ? <a href={`#/bai-viet/${e.articleId}`}>{e.description}</a> : e.description}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
