// The confirmation before "Khôi phục từ bản sao lưu": says what will happen (the current state saved aside,
// later changes gone from the data in use, everyone signed out), then restores and shows the login page.
import { useState } from 'react';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { FormError } from '../components/FormParts';
import { Modal } from '../components/Modal';
import { dateTimeWithWeekday } from '../format';

export interface RestoreTarget {
  name: string;
  at: string;
  articles: number | null;
}

export function RestoreBackupDialog({ backup, onClose }: { backup: RestoreTarget; onClose: () => void }) {
  const { reload } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const at = dateTimeWithWeekday(backup.at);

  async function restore() {
    setBusy(true);
    setError(null);
    try {
      await call('backup.restore', { name: backup.name });
      // Every session ended with the old workspace: the login page shows what was restored.
      window.location.hash = '#/';
      await reload();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <Modal title="Khôi phục từ bản sao lưu" onClose={busy ? () => undefined : onClose}>
      <p>
        Đưa toàn bộ dữ liệu về bản sao lưu lúc <strong>{at}</strong>
        {backup.articles !== null && <> ({backup.articles} bài viết)</>}?
      </p>
      <ul className="restore-steps">
        <li>Trước hết, dữ liệu hiện tại được sao lưu thành một bản “Trước khi khôi phục” và các tệp dữ liệu cũ được giữ lại; không có gì bị xóa.</li>
        <li>Bản sao lưu được kiểm tra lại, rồi thay cho dữ liệu đang dùng: mọi thay đổi sau {at} sẽ không còn trong dữ liệu đang dùng.</li>
        <li>Mọi người đang dùng ứng dụng sẽ bị đăng xuất và cần đăng nhập lại.</li>
      </ul>
      <FormError message={error} />
      <div className="modal-actions">
        <button type="button" onClick={onClose} disabled={busy}>
          Không khôi phục
        </button>
        <button type="button" className="danger" onClick={() => void restore()} disabled={busy}>
          {busy ? 'Đang khôi phục…' : 'Khôi phục'}
        </button>
      </div>
    </Modal>
  );
}
