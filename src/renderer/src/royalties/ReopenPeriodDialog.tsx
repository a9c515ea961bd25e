// "Mở lại kỳ" (administrator): the reason goes into the audit log.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api';
import { DialogActions, FieldError, FormError } from '../components/FormParts';
import { Modal } from '../components/Modal';

export function ReopenPeriodDialog({ label, onClose, onConfirm }: { label: string; onClose: () => void; onConfirm: (reason: string) => Promise<void> }) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason.trim());
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <Modal title={`Mở lại kỳ ${label}`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="reopen-reason" className="field-label required">
            Lý do mở lại
          </label>
          <textarea id="reopen-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          <FieldError message={missing ? 'Hãy ghi lý do mở lại kỳ.' : undefined} />
        </div>
        <FormError message={error} />
        <DialogActions submitLabel="Mở lại kỳ" onCancel={onClose} disabled={busy} />
      </form>
    </Modal>
  );
}
