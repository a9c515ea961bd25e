import { useState } from 'react';
import { call, errorMessage, ApiError } from '../api';
import { FormError } from '../components/FormParts';

/** First run: create the administrator's account; the agency profile comes next. */
export function SetupAdminPage({ onDone }: { onDone: () => void }) {
  const [fullName, setFullName] = useState('');
  const [position, setPosition] = useState('');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [alsoEditor, setAlsoEditor] = useState(true);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (password !== again) {
      setError('Hai lần nhập mật khẩu không khớp.');
      return;
    }
    try {
      // In a small office the administrator often writes too.
      await call('auth.setup', { login, fullName, position, password, alsoEditor });
      onDone();
    } catch (err) {
      const fields = err instanceof ApiError ? Object.values(err.fields) : [];
      setError(fields.length && err instanceof ApiError && err.shape.code === 'INVALID_INPUT' ? 'Mật khẩu cần ít nhất 8 ký tự; hãy điền đủ họ tên và tên đăng nhập.' : errorMessage(err));
    }
  }

  return (
    <main className="first-run">
      <h1>Chào mừng đến với Ban Biên Tập</h1>
      <p>
        Bước 1/2: tạo tài khoản <strong>quản trị</strong>. Người quản trị sẽ tạo tài khoản cho biên tập viên, thành viên Ban biên tập và
        Trưởng ban.
      </p>
      <form className="profile-grid" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span className="field-label required">Họ và tên</span>
          <input value={fullName} onChange={(e) => setFullName(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Chức vụ</span>
          <input value={position} onChange={(e) => setPosition(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label required">Tên đăng nhập</span>
          <input autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} />
        </label>
        <span />
        <div className="field">
          <label htmlFor="setup-password" className="field-label required">
            Mật khẩu
          </label>
          <input
            id="setup-password"
            type="password"
            autoComplete="new-password"
            aria-describedby="setup-password-hint"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <span id="setup-password-hint" className="hint">
            Ít nhất 8 ký tự.
          </span>
        </div>
        <label className="field">
          <span className="field-label required">Nhập lại mật khẩu</span>
          <input type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={alsoEditor} onChange={(e) => setAlsoEditor(e.target.checked)} />
          Tôi cũng viết và sửa bài (vai trò Biên tập viên)
        </label>
        <FormError message={error} />
        <div>
          <button type="submit" className="primary">
            Tạo tài khoản quản trị
          </button>
        </div>
      </form>
    </main>
  );
}
