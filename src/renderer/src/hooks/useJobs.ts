// Long jobs (retention, publishing, printing) as their progress events arrive: the running ones, and the finished ones
// for a few seconds so that their result can be read.
import { useEffect, useRef, useState } from 'react';
import type { AppEventMap, JobKind } from '../../../shared/events';
import { useAppEvent } from './useAppEvent';

export type JobProgress = AppEventMap['job.progress'];

const KEEP_FINISHED_MS = 6000;
const KEEP_FAILED_MS = 15000;

export function useJobs(kind?: JobKind): JobProgress[] {
  const [jobs, setJobs] = useState<Map<string, JobProgress>>(new Map());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useAppEvent('job.progress', (job) => {
    if (kind && job.kind !== kind) return;
    setJobs((prev) => new Map(prev).set(job.jobId, job));
    const old = timers.current.get(job.jobId);
    if (old) clearTimeout(old);
    if (job.state === 'running') return;
    timers.current.set(
      job.jobId,
      setTimeout(
        () => {
          timers.current.delete(job.jobId);
          setJobs((prev) => {
            const next = new Map(prev);
            next.delete(job.jobId);
            return next;
          });
        },
        job.state === 'failed' ? KEEP_FAILED_MS : KEEP_FINISHED_MS
      )
    );
  });

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((t) => clearTimeout(t));
  }, []);

  return [...jobs.values()];
}
