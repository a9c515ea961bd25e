// What a screen-reader user must hear without looking: long jobs starting, finishing or failing, and the
// publishing queue's entries changing state. The regions are always in the page (a live region added together
// with its text is not read out); progress steps are not announced, only the changes of state.
import { useRef, useState } from 'react';
import { outboxStateLabel } from '../../../shared/publishing';
import { useAppEvent } from '../hooks/useAppEvent';

export function Announcer() {
  const [polite, setPolite] = useState('');
  const [urgent, setUrgent] = useState('');
  const seen = useRef(new Map<string, string>());

  useAppEvent('job.progress', (job) => {
    if (seen.current.get(job.jobId) === job.state) return;
    seen.current.set(job.jobId, job.state);
    if (job.state === 'failed') setUrgent(`Không hoàn thành: ${job.label}. ${job.error ?? ''}`.trim());
    else setPolite(job.state === 'running' ? `Bắt đầu: ${job.label}` : `Xong: ${job.label}`);
  });

  useAppEvent('outbox.changed', (entry) => {
    const key = `outbox-${entry.id}`;
    if (seen.current.get(key) === entry.state) return;
    seen.current.set(key, entry.state);
    const text = `Hàng đợi xuất bản: “${entry.articleTitle}” → “${entry.targetName}”: ${outboxStateLabel(entry)}.`;
    if (entry.state === 'failed') setUrgent(`${text} ${entry.detail}`.trim());
    else setPolite(text);
  });

  return (
    <>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {polite}
      </div>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true" data-testid="announcer-urgent">
        {urgent}
      </div>
    </>
  );
}
