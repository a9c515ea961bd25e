import { useState } from 'react';
import type { SessionUser } from '../../../shared/accounts';
import { call, errorMessage } from '../api';
import { FormError } from '../components/FormParts';

/** Shown after the idle time: the work stays open underneath; only the same person's password unlocks it. */
export function LockScreen({ user, onUnlocked, onSignOut }: { user: SessionUser; onUnlocked: () => void; onSignOut: () => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    try {
      await call('auth.unlock', { password });
      onUnlocked();
    } catch (err) {
      setError(errorMessage(err));
      setPassword('');
    }
  }

  return (
    <div className="lock-overlay" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <form className="auth-card" onSubmit={(e) => void submit(e)}>
        <h1 id="lock-title">Màn hình đã khóa</h1>
        <p>
          {user.name} — {user.position}
        </p>
        <label className="field">
          <span className="field-label">Mật khẩu</span>
          <input type="password" autoFocus value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <FormError message={error} />
        <button type="submit" className="primary wide" disabled={!password}>
          Mở khóa
        </button>
        <button type="button" className="link-button" onClick={onSignOut}>
          Đăng xuất
        </button>
      </form>
    </div>
  );
}
