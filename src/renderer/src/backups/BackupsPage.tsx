// "Sao lưu" (admin): the backups in the backup folder, "Sao lưu ngay", "Khôi phục từ bản sao lưu…" for each,
// and the settings of the automatic backups. Progress of a backup shows in the jobs list (kind 'backup').
import { useCallback, useEffect, useState } from 'react';
import { BACKUP_KIND_LABELS, type BackupsView } from '../../../shared/backups';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { dateTimeWithWeekday, formatDateTime, numberVi } from '../format';
import { useAppEvent } from '../hooks/useAppEvent';
import { BackupSettingsForm } from './BackupSettingsForm';
import { RestoreBackupDialog, type RestoreTarget } from './RestoreBackupDialog';

export function BackupsPage() {
  const { notify } = useApp();
  const [view, setView] = useState<BackupsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [restoring, setRestoring] = useState<RestoreTarget | null>(null);

  const load = useCallback(async () => {
    try {
      setView(await call('backup.view', {}));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => void load(), [load]);
  // An automatic backup finished (or the rotation dropped old ones): the list is stale.
  useAppEvent('job.progress', (job) => {
    if (job.kind === 'backup' && job.state === 'done') void load();
  });

  async function backupNow() {
    setRunning(true);
    try {
      const made = await call('backup.runNow', {});
      notify(`Đã sao lưu và kiểm tra bản sao lưu lúc ${formatDateTime(made.at)}${made.articles === null ? '' : ` (${numberVi.format(made.articles)} bài viết)`}.`);
      await load();
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      setRunning(false);
    }
  }

  return (
    <section className="backups-page">
      <div className="page-head">
        <h1>Sao lưu</h1>
        <button type="button" className="primary" onClick={() => void backupNow()} disabled={running || !view}>
          {running ? 'Đang sao lưu…' : 'Sao lưu ngay'}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {view && (
        <>
          <p className="muted">
            Thư mục sao lưu: <code>{view.folder}</code>
          </p>
          {view.folderProblem && (
            <p className="form-error" role="alert">
              {view.folderProblem}
            </p>
          )}
          {view.items.length === 0 ? (
            <p className="empty">Chưa có bản sao lưu nào trong thư mục này.</p>
          ) : (
            <table className="data-table backups-table" aria-label="Các bản sao lưu">
              <thead>
                <tr>
                  <th>Thời điểm</th>
                  <th>Loại</th>
                  <th>Dung lượng</th>
                  <th>Kiểm tra</th>
                  <th>Số bài viết</th>
                  <th>
                    <span className="visually-hidden">Thao tác</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.items.map((b) => (
                  <tr key={b.name} title={b.name}>
                    <td>{dateTimeWithWeekday(b.at)}</td>
                    <td>{BACKUP_KIND_LABELS[b.kind]}</td>
                    <td className="num">{fileSize(b.size)}</td>
                    <td>{b.verified ? <span className="backup-ok">Đã kiểm tra</span> : <span className="backup-bad">Không đọc được</span>}</td>
                    <td className="num">{b.articles === null ? '—' : numberVi.format(b.articles)}</td>
                    <td className="row-actions">
                      <button type="button" disabled={!b.verified} onClick={() => setRestoring(b)} aria-label={`Khôi phục từ bản sao lưu lúc ${dateTimeWithWeekday(b.at)}`}>
                        Khôi phục từ bản sao lưu…
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <BackupSettingsForm view={view} onSaved={setView} />
        </>
      )}
      {restoring && <RestoreBackupDialog backup={restoring} onClose={() => setRestoring(null)} />}
    </section>
  );
}

function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${numberVi.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}
