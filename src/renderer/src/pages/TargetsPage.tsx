// "Cổng thông tin" (administrator): where approved articles are published — a folder (USB stick), a
// WordPress site or a SharePoint list — with "Kiểm tra kết nối" and the field mapping it proposes.
// Passwords and tokens are write-only: the page never receives one, it only knows one is stored.
import { useCallback, useEffect, useId, useState } from 'react';
import { TARGET_TYPES, TARGET_TYPE_LABELS, type PublishTarget, type TargetConfig, type TargetType } from '../../../shared/publishing';
import { ApiError, call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { formatDateTime } from '../format';
import { TargetDiscoveryPanel } from '../publishing/TargetDiscoveryPanel';

export function TargetsPage() {
  const { notify } = useApp();
  const [targets, setTargets] = useState<PublishTarget[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | 'new' | null>(null);

  const load = useCallback(() => {
    call('target.list', {}).then(setTargets, (e) => setError(errorMessage(e)));
  }, []);
  useEffect(load, [load]);

  const saved = (t: PublishTarget) => {
    setTargets((prev) => (prev ? (prev.some((x) => x.id === t.id) ? prev.map((x) => (x.id === t.id ? t : x)) : [...prev, t]) : [t]));
    setEditing(t.id);
  };

  async function toggle(t: PublishTarget) {
    try {
      const next = await call('target.save', { id: t.id, name: t.name, type: t.type, config: {}, disabled: !t.disabled });
      setTargets((prev) => prev?.map((x) => (x.id === next.id ? next : x)) ?? null);
      notify(next.disabled ? `Đã tạm ngừng cổng “${t.name}”: không gửi bài mới lên cổng này.` : `Đã bật lại cổng “${t.name}”.`);
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  }

  if (error) return <p role="alert">{error}</p>;
  const current = editing && editing !== 'new' ? (targets?.find((t) => t.id === editing) ?? null) : null;
  return (
    <section className="targets-page">
      <div className="page-head">
        <h1>Cổng thông tin</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Thêm cổng
        </button>
      </div>
      <p className="muted">Nơi bài đã ký duyệt được đưa lên: trang WordPress, danh sách SharePoint của cổng, hoặc một thư mục (ví dụ ổ USB mang sang máy có mạng).</p>
      {targets === null && <p className="muted">Đang tải…</p>}
      {targets && targets.length === 0 && <p className="empty">Chưa có cổng nào. Bấm “Thêm cổng” để khai báo nơi xuất bản bài.</p>}
      {targets && targets.length > 0 && (
        <table className="data-table" aria-label="Danh sách cổng xuất bản">
          <thead>
            <tr>
              <th>Tên</th>
              <th>Loại</th>
              <th>Địa chỉ</th>
              <th>Đăng nhập</th>
              <th>Trạng thái</th>
              <th>Sửa lúc</th>
              <th>
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {targets.map((t) => (
              <tr key={t.id} className={t.disabled ? 'muted' : undefined} aria-current={t.id === editing || undefined}>
                <td>
                  <strong>{t.name}</strong>
                </td>
                <td>{TARGET_TYPE_LABELS[t.type]}</td>
                <td className="target-where">{whereOf(t)}</td>
                <td>{t.type === 'folder' ? '—' : t.hasSecret ? 'Đã lưu mật khẩu' : t.config.auth === 'integrated' ? 'Windows tích hợp' : 'Chưa có mật khẩu'}</td>
                <td>{t.disabled ? <span className="badge target-off">Tạm ngừng</span> : <span className="badge target-on">Đang dùng</span>}</td>
                <td>{formatDateTime(t.updatedAt)}</td>
                <td className="row-actions">
                  <button type="button" className="link-button" onClick={() => setEditing(t.id)} aria-label={`Sửa cổng ${t.name}`}>
                    Sửa
                  </button>
                  <button type="button" className="link-button" onClick={() => void toggle(t)} aria-label={`${t.disabled ? 'Bật lại' : 'Tạm ngừng'} cổng ${t.name}`}>
                    {t.disabled ? 'Bật lại' : 'Tạm ngừng'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <div className="target-workspace">
          <TargetForm key={current?.id ?? 'new'} target={current} onSaved={saved} onClose={() => setEditing(null)} />
          {current && <TargetDiscoveryPanel key={current.id} target={current} onSaved={saved} />}
        </div>
      )}
    </section>
  );
}

function whereOf(t: PublishTarget): string {
  if (t.type === 'folder') return t.config.folder;
  if (t.type === 'sharepoint') return `${t.config.url} — danh sách “${t.config.list}”`;
  return t.config.url;
}

const SHAREPOINT_AUTH: Array<{ value: TargetConfig['auth']; label: string }> = [
  { value: 'integrated', label: 'Windows tích hợp' },
  { value: 'ntlm', label: 'Tên + mật khẩu (NTLM)' },
  { value: 'forms', label: 'Biểu mẫu' },
  { value: 'bearer', label: 'Mã truy cập (Bearer)' }
];

const PROFILES: Array<{ value: TargetConfig['profile']; label: string }> = [
  { value: 'auto', label: 'Tự nhận biết' },
  { value: '2013', label: 'SharePoint 2013' },
  { value: '2016', label: 'SharePoint 2016 trở lên' }
];

function TargetForm({ target, onSaved, onClose }: { target: PublishTarget | null; onSaved: (t: PublishTarget) => void; onClose: () => void }) {
  const { notify } = useApp();
  const [name, setName] = useState(target?.name ?? '');
  const [type, setType] = useState<TargetType>(target?.type ?? 'folder');
  const [url, setUrl] = useState(target?.config.url ?? '');
  const [folder, setFolder] = useState(target?.config.folder ?? '');
  const [list, setList] = useState(target?.config.list ?? 'Tin Tức Mở Rộng');
  const [profile, setProfile] = useState<TargetConfig['profile']>(target?.config.profile ?? 'auto');
  const [auth, setAuth] = useState<TargetConfig['auth']>(target && target.type === 'sharepoint' ? target.config.auth : 'integrated');
  const [user, setUser] = useState(target?.config.user ?? '');
  const [secret, setSecret] = useState('');
  const [clearSecret, setClearSecret] = useState(false);
  const [appendImprint, setAppendImprint] = useState(target?.config.appendImprint ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();

  const spAuth = type === 'sharepoint' ? auth : type === 'wordpress' ? 'app-password' : 'none';
  const needsUser = type === 'wordpress' || (type === 'sharepoint' && (auth === 'ntlm' || auth === 'forms' || auth === 'basic'));
  const needsSecret = needsUser || (type === 'sharepoint' && auth === 'bearer');
  const secretLabel = type === 'wordpress' ? 'Mật khẩu ứng dụng' : auth === 'bearer' ? 'Mã truy cập' : 'Mật khẩu';

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setError(null);
    const config: Partial<TargetConfig> =
      type === 'folder'
        ? { folder }
        : type === 'wordpress'
          ? { url, user, auth: 'app-password', appendImprint }
          : { url, list, profile, auth: spAuth, user: needsUser ? user : '', appendImprint };
    const secretChange = clearSecret || !needsSecret ? (target?.hasSecret ? '' : undefined) : secret ? secret : undefined;
    try {
      const saved = await call('target.save', { id: target?.id, name, type, config, ...(secretChange !== undefined ? { secret: secretChange } : {}) });
      setSecret('');
      setClearSecret(false);
      notify(target ? `Đã lưu cổng “${saved.name}”.` : `Đã thêm cổng “${saved.name}”. Hãy bấm “Kiểm tra kết nối”.`);
      onSaved(saved);
    } catch (err) {
      setError(errorMessage(err));
      if (err instanceof ApiError) setErrors(err.fields);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel target-form" aria-label={target ? `Sửa cổng ${target.name}` : 'Thêm cổng'}>
      <div className="panel-head">
        <h2>{target ? `Sửa cổng “${target.name}”` : 'Thêm cổng'}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          Đóng
        </button>
      </div>
      <form onSubmit={(e) => void submit(e)}>
        <div className="target-grid">
          <TextField label="Tên" value={name} onChange={setName} error={errors.name} placeholder="Ví dụ: Cổng thông tin thị xã" />
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-type`}>
              Loại
            </label>
            <select id={`${ids}-type`} value={type} disabled={target !== null} onChange={(e) => setType(e.target.value as TargetType)}>
              {TARGET_TYPES.map((t) => (
                <option key={t} value={t}>
                  {TARGET_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
          {type === 'folder' && (
            <TextField
              label="Thư mục"
              value={folder}
              onChange={setFolder}
              error={errors.folder}
              placeholder="Ví dụ: E:\BaiViet"
              hint="Đường dẫn đầy đủ; mỗi bài thành một thư mục con có index.html, article.html và manifest.json."
              wide
            />
          )}
          {type !== 'folder' && (
            <TextField
              label={type === 'sharepoint' ? 'Địa chỉ trang (site)' : 'Địa chỉ trang'}
              value={url}
              onChange={setUrl}
              error={errors.url}
              placeholder="https://kientuong.longan.gov.vn"
              wide
            />
          )}
          {type === 'sharepoint' && (
            <>
              <TextField label="Danh sách" value={list} onChange={setList} error={errors.list} placeholder="Tin Tức Mở Rộng" />
              <div className="field">
                <label className="field-label" htmlFor={`${ids}-profile`}>
                  Kiểu REST
                </label>
                <select id={`${ids}-profile`} value={profile} onChange={(e) => setProfile(e.target.value as TargetConfig['profile'])}>
                  {PROFILES.map((p) => (
                    <option key={p.value} value={p.value}>
                      {p.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label className="field-label" htmlFor={`${ids}-auth`}>
                  Cách đăng nhập
                </label>
                <select id={`${ids}-auth`} value={auth} onChange={(e) => setAuth(e.target.value as TargetConfig['auth'])}>
                  {SHAREPOINT_AUTH.map((a) => (
                    <option key={a.value} value={a.value}>
                      {a.label}
                    </option>
                  ))}
                </select>
              </div>
              {auth === 'integrated' && <p className="hint target-note">Dùng tài khoản Windows đang đăng nhập máy này; không cần lưu mật khẩu.</p>}
            </>
          )}
          {needsUser && <TextField label="Tên đăng nhập" value={user} onChange={setUser} error={errors.user} autoComplete="off" />}
          {needsSecret && (
            <div className="field target-wide">
              <label className="field-label" htmlFor={`${ids}-secret`}>
                {secretLabel}
              </label>
              <input
                id={`${ids}-secret`}
                type="password"
                autoComplete="new-password"
                value={secret}
                disabled={clearSecret}
                placeholder={target?.hasSecret ? 'Để trống: giữ mật khẩu đã lưu' : ''}
                onChange={(e) => setSecret(e.target.value)}
              />
              {target?.hasSecret && (
                <span className="secret-state">
                  <span className="saved-secret">✔ Đã lưu mật khẩu</span>
                  <label className="check inline-check">
                    <input type="checkbox" checked={clearSecret} onChange={(e) => setClearSecret(e.target.checked)} />
                    Xóa mật khẩu đã lưu
                  </label>
                </span>
              )}
              {type === 'wordpress' && <span className="hint">Tạo trong WordPress: Hồ sơ → Mật khẩu ứng dụng. Không dùng mật khẩu đăng nhập chính.</span>}
            </div>
          )}
          {type !== 'folder' && (
            <label className="check target-wide">
              <input type="checkbox" checked={appendImprint} onChange={(e) => setAppendImprint(e.target.checked)} />
              Thêm dòng “Chịu trách nhiệm chính” và tên cơ quan vào cuối nội dung bài
            </label>
          )}
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="panel-actions">
          <button type="submit" className="primary" disabled={busy}>
            Lưu
          </button>
        </div>
      </form>
    </section>
  );
}

function TextField({
  label,
  value,
  onChange,
  error,
  placeholder,
  hint,
  wide,
  autoComplete
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  placeholder?: string;
  hint?: string;
  wide?: boolean;
  autoComplete?: string;
}) {
  const id = useId();
  return (
    <div className={`field${wide ? ' target-wide' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input id={id} value={value} placeholder={placeholder} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} />
      {hint && <span className="hint">{hint}</span>}
      {error && <span className="field-error">{error}</span>}
    </div>
  );
}
