import { useState } from 'react';
import { call, errorMessage } from '../api';
import { FormError } from '../components/FormParts';

/** "Đăng nhập" at start, on the shared office PC. */
export function LoginPage({ agencyName, onLoggedIn }: { agencyName: string | null; onLoggedIn: () => void }) {
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
