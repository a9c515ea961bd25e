// Asks for a link address; accepts only http, https, mailto and tel (a bare "www.…" gets https://).
import { useId, useState } from 'react';
import { normalizeLinkInput } from '../../../core/editor/links';
import { Dialog } from './Dialog';

interface LinkDialogProps {
  initialUrl: string;
  canRemove: boolean;
  onSubmit: (url: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}

export const LINK_REFUSED_MESSAGE =
  'Địa chỉ liên kết không hợp lệ. Chỉ chấp nhận địa chỉ bắt đầu bằng http://, https://, mailto: hoặc tel: (ví dụ https://www.example.gov.vn).';

export function LinkDialog({ initialUrl, canRemove, onSubmit, onRemove, onCancel }: LinkDialogProps) {
  const [value, setValue] = useState(initialUrl);
  const [error, setError] = useState('');
  const inputId = useId();
  const errorId = useId();

  function submit() {
    const url = normalizeLinkInput(value);
    if (!url) {
      setError(LINK_REFUSED_MESSAGE);
      return;
    }
    onSubmit(url);
  }

  return (
    <Dialog
      title="Chèn liên kết"
      onCancel={onCancel}
      onSubmit={submit}
      extraActions={
        canRemove ? (
          <button type="button" onClick={onRemove}>
            Gỡ liên kết
          </button>
        ) : null
      }
    >
      <label className="bbt-dialog-field" htmlFor={inputId}>
        Địa chỉ liên kết
      </label>
      <input
        id={inputId}
        type="text"
        inputMode="url"
        value={value}
        placeholder="https://"
        aria-invalid={error !== ''}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setError('');
        }}
      />
      {error && (
        <p id={errorId} className="bbt-dialog-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
