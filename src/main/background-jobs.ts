// The jobs that run while the app is open: thinning old autosaves (retention), sending the publishing queue
// (woken at once when something is queued), and sealing the audit log (also daily where jobs run).
import type { AppServices } from './app';
import { startSealing, type AuditSealer } from './audit-seal';
import type { EventHub } from './events/event-hub';
import { startPublishingJob } from './publishing-job';
import { startRetentionJob } from './retention-job';

export interface BackgroundJobsOptions {
  services: Pick<AppServices, 'versions' | 'outbox' | 'witness'>;
  events: EventHub;
  sealer: AuditSealer;
  log: (line: string) => void;
  /** Retention, publishing and the daily seal: not in the CLI, read-only openings or tests that turn them off. */
  run: boolean;
  /** Sealing after audited actions: everywhere but read-only openings and tests that turn jobs off. */
  seal: boolean;
}

export function startBackgroundJobs(o: BackgroundJobsOptions): { stop(): void } {
  const { services, events, sealer, log } = o;
  const retention = o.run ? startRetentionJob({ versions: services.versions, log, events }) : null;
  const publishing = o.run ? startPublishingJob({ worker: services.outbox, views: services.witness, log }) : null;
  // Something queued (or queued again): send at once rather than at the next poll.
  const stopWaking = publishing
    ? events.subscribe((e) => {
        if (e.type === 'outbox.changed' && e.payload.state === 'waiting' && e.payload.attempts === 0) publishing.wake();
      })
    : null;
  const sealing = o.seal ? startSealing({ sealer, events, log, daily: o.run }) : null;
  return {
    stop() {
      retention?.stop();
      sealing?.stop();
      stopWaking?.();
      publishing?.stop();
    }
  };
}
