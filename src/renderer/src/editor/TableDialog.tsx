// Rows and columns for a new table (3 × 3 by default).
import { useId, useState } from 'react';
import { Dialog } from './Dialog';

const MAX = 50;

export function TableDialog({ onSubmit, onCancel }: { onSubmit: (rows: number, columns: number) => void; onCancel: () => void }) {
  const [rows, setRows] = useState('3');
  const [columns, setColumns] = useState('3');
  const [error, setError] = useState('');
  const rowsId = useId();
  const colsId = useId();

  function submit() {
    const r = Number(rows);
    const c = Number(columns);
    if (!Number.isInteger(r) || !Number.isInteger(c) || r < 1 || c < 1 || r > MAX || c > MAX) {
      setError(`Số hàng và số cột phải là số nguyên từ 1 đến ${MAX}.`);
      return;
    }
    onSubmit(r, c);
  }

  return (
    <Dialog title="Chèn bảng" onCancel={onCancel} onSubmit={submit}>
      <div className="bbt-dialog-row">
        <div>
          <label className="bbt-dialog-field" htmlFor={rowsId}>
            Số hàng
          </label>
          <input id={rowsId} type="number" min={1} max={MAX} value={rows} onChange={(e) => setRows(e.target.value)} />
        </div>
        <div>
          <label className="bbt-dialog-field" htmlFor={colsId}>
            Số cột
          </label>
          <input id={colsId} type="number" min={1} max={MAX} value={columns} onChange={(e) => setColumns(e.target.value)} />
        </div>
      </div>
      {error && (
        <p className="bbt-dialog-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
