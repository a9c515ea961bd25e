// "Cài đặt sao lưu tự động": on/off, the folder (empty: the default), how many backups the rotation keeps.
import { useState } from 'react';
import { ROTATION_BOUNDS, type BackupsView } from '../../../shared/backups';
import { ApiError, call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { FieldError, FormError } from '../components/FormParts';

type Counts = 'hourly' | 'daily' | 'weekly';
const COUNTS: { key: Counts; label: string }[] = [
  { key: 'hourly', label: 'Số bản hằng giờ giữ lại' },
  { key: 'daily', label: 'Số bản hằng ngày giữ lại' },
  { key: 'weekly', label: 'Số bản hằng tuần giữ lại' }
];

export function BackupSettingsForm({ view, onSaved }: { view: BackupsView; onSaved: (view: BackupsView) => void }) {
  const { notify } = useApp();
  const [enabled, setEnabled] = useState(view.settings.enabled);
  const [folder, setFolder] = useState(view.settings.folder ?? '');
  const [counts, setCounts] = useState<Record<Counts, string>>({
    hourly: String(view.settings.hourly),
    daily: String(view.settings.daily),
    weekly: String(view.settings.weekly)
  });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const bad: Record<string, string> = {};
    const numbers = {} as Record<Counts, number>;
    for (const { key } of COUNTS) {
      const n = Number(counts[key]);
      const { min, max } = ROTATION_BOUNDS[key];
      if (!Number.isInteger(n) || n < min || n > max) bad[key] = `Nhập một số nguyên từ ${min} đến ${max}.`;
      numbers[key] = n;
    }
    setFields(bad);
    setError(null);
    if (Object.keys(bad).length > 0) return;
    setBusy(true);
    try {
      onSaved(await call('backup.saveSettings', { enabled, folder: folder.trim() || null, ...numbers }));
      notify('Đã lưu cài đặt sao lưu; lần sao lưu tự động tiếp theo dùng cài đặt mới.');
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length > 0 && err.fields.folder) setFields(err.fields);
      else setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="backup-settings" noValidate onSubmit={(e) => void save(e)} aria-labelledby="backup-settings-title">
      <h2 id="backup-settings-title">Cài đặt sao lưu tự động</h2>
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        Tự động sao lưu mỗi giờ khi ứng dụng đang mở
      </label>
      <label className="field">
        <span className="field-label">Thư mục sao lưu</span>
        <input value={folder} onChange={(e) => setFolder(e.target.value)} placeholder={view.defaultFolder} aria-describedby="backup-folder-hint" />
        <span className="hint" id="backup-folder-hint">
          Để trống: dùng thư mục mặc định {view.defaultFolder}. Nên chọn ổ khác với ổ chứa dữ liệu (ổ USB, ổ mạng); không được chọn thư mục nằm trong thư mục dữ liệu.
        </span>
        <FieldError message={fields.folder} />
      </label>
      <div className="backup-counts">
        {COUNTS.map(({ key, label }) => (
          <label className="field" key={key}>
            <span className="field-label">{label}</span>
            <input
              type="number"
              min={ROTATION_BOUNDS[key].min}
              max={ROTATION_BOUNDS[key].max}
              value={counts[key]}
              onChange={(e) => setCounts((c) => ({ ...c, [key]: e.target.value }))}
            />
            <FieldError message={fields[key]} />
          </label>
        ))}
      </div>
      <FormError message={error} />
      <button type="submit" className="primary" disabled={busy}>
        Lưu cài đặt sao lưu
      </button>
    </form>
  );
}
