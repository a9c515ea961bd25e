// Administrator: how long autosaves are kept ("Lưu giữ phiên bản"), and thinning them now.
import { useEffect, useState } from 'react';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { FormError } from './FormParts';
import { JobProgressList } from './JobProgressList';
import { useJobs } from '../hooks/useJobs';

/** The contract's bounds (version.retention.save). */
const MAX_HOURS = 24 * 90;
const MAX_DAYS = 3650;

export function RetentionPanel() {
  const { notify } = useApp();
  const [hours, setHours] = useState<string | null>(null);
  const [days, setDays] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const jobs = useJobs('retention');

  useEffect(() => {
    call('version.retention.get', {}).then(
      (p) => {
        setHours(String(p.keepAllHours));
        setDays(String(p.hourlyForDays));
      },
      (e) => setError(errorMessage(e))
    );
  }, []);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const keepAllHours = Number(hours);
    const hourlyForDays = Number(days);
    const problem = !inRange(keepAllHours, MAX_HOURS)
      ? `Số giờ giữ mọi bản lưu tự động phải là số nguyên từ 1 đến ${MAX_HOURS}.`
      : !inRange(hourlyForDays, MAX_DAYS)
        ? `Số ngày giữ mỗi giờ một bản phải là số nguyên từ 1 đến ${MAX_DAYS}.`
        : null;
    setError(problem);
    if (problem) return;
    try {
      await call('version.retention.save', { keepAllHours, hourlyForDays });
      notify('Đã lưu chính sách lưu giữ phiên bản.');
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function applyNow() {
    setBusy(true);
    try {
      const { revisions } = await call('version.retention.apply', {});
      notify(`Đã lược bớt ${revisions} bản lưu tự động.`);
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel security" aria-label="Lưu giữ phiên bản">
      <h2>Lưu giữ phiên bản</h2>
      <p className="muted">
        Bản lưu tự động cũ được lược bớt dần; phiên bản đặt tên, bản chuyển trạng thái, bản đã ký duyệt, bản hiện tại và bản mỗi người xem gần nhất luôn được giữ. Sau
        thời hạn dưới đây, mỗi ngày giữ một bản.
      </p>
      {hours !== null && (
        // noValidate: our Vietnamese message instead of the browser's own bubble.
        <form noValidate onSubmit={(e) => void save(e)}>
          <label className="field">
            <span className="field-label">Giữ mọi bản lưu tự động trong (giờ)</span>
            <input type="number" min={1} max={MAX_HOURS} step={1} value={hours} onChange={(e) => setHours(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">Sau đó giữ mỗi giờ một bản đến (ngày)</span>
            <input type="number" min={1} max={MAX_DAYS} step={1} value={days} onChange={(e) => setDays(e.target.value)} />
          </label>
          <FormError message={error} />
          <div className="panel-actions">
            <button type="submit" className="primary">
              Lưu
            </button>
            <button type="button" disabled={busy} onClick={() => void applyNow()}>
              Dọn bản lưu cũ ngay
            </button>
          </div>
        </form>
      )}
      {hours === null && <FormError message={error} />}
      {jobs.length > 0 && (
        <div role="status" aria-label="Tiến độ dọn bản lưu cũ">
          <JobProgressList jobs={jobs} />
        </div>
      )}
    </section>
  );
}

function inRange(n: number, max: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= max;
}
