import { useCallback, useEffect, useState } from 'react';
import { ROLES, ROLE_LABELS, type Account, type Role, type SecuritySettings } from '../../../shared/accounts';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { Modal } from '../components/Modal';
import { DialogActions, FormError } from '../components/FormParts';
import { RetentionPanel } from '../components/RetentionPanel';

/** Administrator: accounts, roles, password resets, security settings and the version retention policy. */
export function UsersPage() {
  const { notify } = useApp();
  const [users, setUsers] = useState<Account[]>([]);
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    call('users.list', {}).then(setUsers, (e) => setError(errorMessage(e)));
  }, []);
  useEffect(load, [load]);

  if (error) {
    return (
      <section className="users-page">
        <h1>Người dùng</h1>
        <p role="alert">{error}</p>
      </section>
    );
  }
  const adminSigners = users.filter((u) => !u.disabled && isAdminSigner(u.roles));
  return (
    <section className="users-page">
      <div className="page-head">
        <h1>Người dùng</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Thêm người dùng
        </button>
      </div>
      {adminSigners.length > 0 && (
        <p className="role-warning" role="status">
          Cảnh báo: {adminSigners.map((u) => u.fullName).join(', ')} giữ cả vai trò Quản trị và Trưởng ban — người đặt lại mật khẩu cũng ký duyệt được.
          Nên tách hai vai trò cho hai người.
        </p>
      )}
      <table className="data-table" aria-label="Danh sách người dùng">
        <thead>
          <tr>
            <th>Họ và tên</th>
            <th>Chức vụ</th>
            <th>Tên đăng nhập</th>
            <th>Vai trò</th>
            <th>Trạng thái</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className={u.disabled ? 'muted' : undefined}>
              <td>{u.fullName}</td>
              <td>{u.position}</td>
              <td>{u.login}</td>
              <td>
                {u.roles.map((r) => ROLE_LABELS[r]).join(', ')}
                {isAdminSigner(u.roles) && <span className="badge role-warning-badge">Quản trị kiêm Trưởng ban</span>}
              </td>
              <td>{u.disabled ? 'Đã khóa' : 'Đang hoạt động'}</td>
              <td className="row-actions">
                <button type="button" className="link-button" onClick={() => setEditing(u)} aria-label={`Sửa ${u.login}`}>
                  Sửa
                </button>
                <button type="button" className="link-button" onClick={() => setResetting(u)} aria-label={`Đặt lại mật khẩu ${u.login}`}>
                  Đặt lại mật khẩu
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SecurityPanel />
      <RetentionPanel />
      {editing && (
        <UserDialog
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            notify('Đã lưu người dùng.');
            load();
          }}
        />
      )}
      {resetting && (
        <ResetDialog
          user={resetting}
          onClose={() => setResetting(null)}
          onDone={() => {
            setResetting(null);
            notify(`Đã đặt lại mật khẩu cho ${resetting.login}; người này phải tự đổi mật khẩu trước khi ký duyệt.`);
          }}
        />
      )}
    </section>
  );
}

function UserDialog({ user, onClose, onSaved }: { user: Account | null; onClose: () => void; onSaved: () => void }) {
  const [fullName, setFullName] = useState(user?.fullName ?? '');
  const [position, setPosition] = useState(user?.position ?? '');
  const [login, setLogin] = useState(user?.login ?? '');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>(user?.roles ?? ['bien_tap_vien']);
  const [disabled, setDisabled] = useState(user?.disabled ?? false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    try {
      if (user) await call('users.update', { id: user.id, fullName, position, roles, disabled });
      else await call('users.create', { login, fullName, position, roles, password });
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const toggle = (r: Role) => setRoles(roles.includes(r) ? roles.filter((x) => x !== r) : [...roles, r]);
  return (
    <Modal title={user ? `Sửa người dùng ${user.login}` : 'Thêm người dùng'} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span className="field-label">Họ và tên</span>
          <input value={fullName} onChange={(e) => setFullName(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Chức vụ</span>
          <input value={position} onChange={(e) => setPosition(e.target.value)} />
        </label>
        {!user && (
          <>
            <label className="field">
              <span className="field-label">Tên đăng nhập</span>
              <input value={login} autoComplete="off" onChange={(e) => setLogin(e.target.value)} />
            </label>
            <label className="field">
              <span className="field-label">Mật khẩu ban đầu</span>
              <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
            </label>
          </>
        )}
        <fieldset className="roles">
          <legend className="field-label">Vai trò</legend>
          {ROLES.map((r) => (
            <label key={r} className="check">
              <input type="checkbox" checked={roles.includes(r)} onChange={() => toggle(r)} />
              {ROLE_LABELS[r]}
            </label>
          ))}
        </fieldset>
        {user && (
          <label className="check">
            <input type="checkbox" checked={disabled} onChange={(e) => setDisabled(e.target.checked)} />
            Khóa tài khoản (không cho đăng nhập)
          </label>
        )}
        <FormError message={error} />
        <DialogActions submitLabel="Lưu người dùng" onCancel={onClose} />
      </form>
    </Modal>
  );
}

function ResetDialog({ user, onClose, onDone }: { user: Account; onClose: () => void; onDone: () => void }) {
  const [newPassword, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal title={`Đặt lại mật khẩu cho ${user.login}`} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          call('users.resetPassword', { id: user.id, newPassword }).then(onDone, (err) => setError(errorMessage(err)));
        }}
      >
        <p className="muted">Người dùng sẽ có khóa ký mới; các chữ ký cũ vẫn kiểm tra được bằng khóa cũ.</p>
        <label className="field">
          <span className="field-label">Mật khẩu mới</span>
          <input type="password" autoComplete="new-password" value={newPassword} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <FormError message={error} />
        <DialogActions submitLabel="Đặt lại" onCancel={onClose} />
      </form>
    </Modal>
  );
}

function SecurityPanel() {
  const { notify } = useApp();
  const [settings, setSettings] = useState<SecuritySettings | null>(null);
  useEffect(() => {
    call('security.get', {}).then(setSettings, () => undefined);
  }, []);
  if (!settings) return null;
  return (
    <section className="panel security">
      <h2>Bảo mật và quy trình</h2>
      <label className="field">
        <span className="field-label">Khóa màn hình sau (phút không thao tác, 0 = không khóa)</span>
        <input
          type="number"
          min={0}
          max={480}
          value={settings.lockAfterMinutes}
          onChange={(e) => setSettings({ ...settings, lockAfterMinutes: Math.max(0, Math.min(480, Number(e.target.value) || 0)) })}
        />
      </label>
      <label className="check">
        <input type="checkbox" checked={settings.separationOfDuties} onChange={(e) => setSettings({ ...settings, separationOfDuties: e.target.checked })} />
        Không cho người viết hoặc người sửa cuối cùng tự ký duyệt bài
      </label>
      <button
        type="button"
        className="primary"
        onClick={() => call('security.save', settings).then(() => notify('Đã lưu cài đặt bảo mật.'), (e) => notify(errorMessage(e), 'error'))}
      >
        Lưu cài đặt
      </button>
    </section>
  );
}

/** Quản trị together with Trưởng ban: whoever resets passwords can also approve (issue #11). */
function isAdminSigner(roles: readonly Role[]): boolean {
  return roles.includes('quan_tri') && roles.includes('truong_ban');
}
