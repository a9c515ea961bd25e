// Progress of long jobs: a bar and the job's own Vietnamese label, or why it failed.
import type { JobProgress } from '../hooks/useJobs';
import { useJobs } from '../hooks/useJobs';
import { numberVi } from '../format';

export function JobProgressList({ jobs }: { jobs: JobProgress[] }) {
  return (
    <ul className="jobs">
      {jobs.map((job) => (
        <li key={job.jobId} className={`job job-${job.state}`}>
          <span className="job-label">{job.label}</span>
          {job.state === 'failed' ? (
            <span className="job-error">{job.error ?? 'Không hoàn thành.'}</span>
          ) : (
            <progress
              max={Math.max(job.total, 1)}
              value={job.state === 'done' ? Math.max(job.total, 1) : job.done}
              aria-label={job.label}
              aria-valuetext={`${numberVi.format(job.done)}/${numberVi.format(job.total)}`}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

/** Every page: long jobs started anywhere (also the scheduled ones) show their progress in a corner (the Announcer reads their changes out). */
export function GlobalJobProgress() {
  const jobs = useJobs();
  if (jobs.length === 0) return null;
  return (
    <aside className="global-jobs" aria-label="Việc đang chạy">
      <JobProgressList jobs={jobs} />
    </aside>
  );
}
