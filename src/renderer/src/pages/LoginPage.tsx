import { useState } from 'react';
import { call, errorMessage } from '../api';
import type { RestoreNotice } from '../../../shared/backups';
import { FormError } from '../components/FormParts';
import { formatDateTime } from '../format';

/** "Đăng nhập" at start, on the shared office PC; after a restore from the app, what was restored. */
export function LoginPage({ agencyName, restoreNotice, onLoggedIn }: { agencyName: string | null; restoreNotice?: RestoreNotice | null; onLoggedIn: () => void }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call('auth.login', { login, password });
      onLoggedIn();
    } catch (err) {
      setError(errorMessage(err));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="auth-page">
      <form className="auth-card" onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
        <p className="auth-brand">Ban Biên Tập</p>
        {agencyName && <p className="auth-agency">{agencyName}</p>}
        <h1 id="login-title">Đăng nhập</h1>
        {restoreNotice && <RestoredNotice notice={restoreNotice} />}
        <label className="field">
          <span className="field-label">Tên đăng nhập</span>
          <input autoFocus autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Mật khẩu</span>
          <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <FormError message={error} />
        <button type="submit" className="primary wide" disabled={busy || !login || !password}>
          Đăng nhập
        </button>
      </form>
    </main>
  );
}

function RestoredNotice({ notice }: { notice: RestoreNotice }) {
  return (
    <div className="banner banner-restored" role="status" aria-label="Đã khôi phục dữ liệu">
      <p>
        <strong>Đã khôi phục dữ liệu từ bản sao lưu lúc {formatDateTime(notice.backupAt)}</strong> (khôi phục lúc {formatDateTime(notice.restoredAt)}). Mọi
        người cần đăng nhập lại.
      </p>
      <p>Dữ liệu trước khi khôi phục được giữ lại:</p>
      <ul>
        {notice.safetyBackup && (
          <li>
            bản sao lưu “Trước khi khôi phục” trong thư mục sao lưu (trang “Sao lưu”): <code>{notice.safetyBackup}</code>
          </li>
        )}
        {notice.previousFiles && (
          <li>
            các tệp dữ liệu cũ, nguyên trạng, trong thư mục dữ liệu: <code>{notice.previousFiles}</code>
          </li>
        )}
      </ul>
    </div>
  );
}
