// What the database check at start found, after the previous session did not close cleanly (crash, power
// cut, killed process). The server sends it to admins, and to everyone when the check found damage.
// It stays until dismissed: a toast could vanish before anyone read it. On damage, admins get the newest
// backup that passed its check just now, through the same confirmation and restore as the "Sao lưu" page.
import { useState } from 'react';
import type { StartupCheck } from '../../../shared/contract';
import { RestoreBackupDialog } from '../backups/RestoreBackupDialog';
import { formatDateTime } from '../format';

export function StartupCheckBanner({ check, isAdmin }: { check: StartupCheck; isAdmin: boolean }) {
  const [dismissed, setDismissed] = useState(false);
  const [restoring, setRestoring] = useState(false);
  if (dismissed) return null;
  const at = formatDateTime(check.checkedAt);
  const backup = !check.ok && isAdmin ? check.newestBackup : null;
  return (
    <div className={`banner banner-startup ${check.ok ? 'banner-startup-ok' : 'banner-startup-damaged'}`} role={check.ok ? 'status' : 'alert'} aria-label="Kiểm tra cơ sở dữ liệu">
      {check.ok ? (
        <p>Lần trước chương trình không được đóng đúng cách; đã kiểm tra cơ sở dữ liệu lúc {at}: không có lỗi.</p>
      ) : (
        <div>
          <p>
            <strong>Cơ sở dữ liệu có lỗi.</strong> Kiểm tra lúc khởi động ({at}) phát hiện {check.problems.length} chỗ hỏng. Đừng nhập thêm nội dung quan
            trọng;{' '}
            {isAdmin ? 'hãy khôi phục từ bản sao lưu gần nhất hoặc nhờ bộ phận kỹ thuật kiểm tra.' : 'hãy báo ngay cho quản trị viên để khôi phục từ bản sao lưu.'}
          </p>
          <details>
            <summary>Chi tiết kỹ thuật</summary>
            <pre>{check.problems.join('\n')}</pre>
          </details>
        </div>
      )}
      {backup && (
        <button type="button" className="primary" onClick={() => setRestoring(true)}>
          Khôi phục từ bản sao lưu lúc {formatDateTime(backup.at)}
        </button>
      )}
      <button type="button" onClick={() => setDismissed(true)}>
        Đã hiểu
      </button>
      {backup && restoring && (
        // The folder is the app's own backup folder: the restore takes the file's name only.
        <RestoreBackupDialog backup={{ name: backup.file.split(/[\\/]/).pop() ?? '', at: backup.at, articles: null }} onClose={() => setRestoring(false)} />
      )}
    </div>
  );
}
