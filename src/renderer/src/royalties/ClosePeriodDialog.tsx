// "Chốt kỳ": asks first — closing freezes every decision of the period.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api';
import { DialogActions, FormError } from '../components/FormParts';
import { Modal } from '../components/Modal';

export function ClosePeriodDialog({ label, undecided, onClose, onConfirm }: { label: string; undecided: number; onClose: () => void; onConfirm: () => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      await onConfirm();
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <Modal title={`Chốt kỳ ${label}`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <p>Sau khi chốt, nhuận bút của các bài trong kỳ không sửa được nữa. Chỉ quản trị viên mở lại được kỳ đã chốt, kèm lý do.</p>
        {undecided > 0 && <p className="role-warning">Còn {undecided} bài đã xuất bản chưa có quyết định nhuận bút; các bài này không có trong bảng kê.</p>}
        <FormError message={error} />
        <DialogActions submitLabel="Chốt kỳ" onCancel={onClose} disabled={busy} />
      </form>
    </Modal>
  );
}
