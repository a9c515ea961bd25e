import { useState } from 'react';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { Modal } from './Modal';
import { DialogActions, FormError } from './FormParts';

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { notify } = useApp();
  const [oldPassword, setOld] = useState('');
  const [newPassword, setNew] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (newPassword.length < 8) return setError('Mật khẩu mới cần ít nhất 8 ký tự.');
    if (newPassword !== again) return setError('Hai lần nhập mật khẩu mới không khớp.');
    try {
      await call('auth.changePassword', { oldPassword, newPassword });
      notify('Đã đổi mật khẩu.');
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <Modal title="Đổi mật khẩu" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span className="field-label">Mật khẩu hiện tại</span>
          <input type="password" autoComplete="current-password" value={oldPassword} onChange={(e) => setOld(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Mật khẩu mới</span>
          <input type="password" autoComplete="new-password" value={newPassword} onChange={(e) => setNew(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Nhập lại mật khẩu mới</span>
          <input type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />
        </label>
        <FormError message={error} />
        <DialogActions submitLabel="Đổi mật khẩu" onCancel={onClose} />
      </form>
    </Modal>
  );
}
