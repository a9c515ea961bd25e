// Thins old autosaves on its own: once shortly after start (not at start, which should stay fast), then
// every few hours. Timers are unref'd so they never keep the process alive.
import type { EventSink } from '../core/events';
import type { VersionService } from '../core/versions/version-service';

const MINUTE_MS = 60_000;
const DEFAULT_FIRST_DELAY_MS = 2 * MINUTE_MS;
const DEFAULT_INTERVAL_MS = 6 * 60 * MINUTE_MS;
/** Articles between two progress events (a workspace may hold 100,000). */
const PROGRESS_EVERY = 50;

export interface RetentionJobOptions {
  versions: Pick<VersionService, 'articlesForRetention' | 'applyRetentionTo'>;
  log: (line: string) => void;
  /** Progress of each run ("job.progress", kind retention) for the windows that show it. */
  events?: EventSink;
  intervalMs?: number;
  firstDelayMs?: number;
}

export function startRetentionJob(opts: RetentionJobOptions): { stop(): void } {
  const { versions, log, events, intervalMs = DEFAULT_INTERVAL_MS, firstDelayMs = DEFAULT_FIRST_DELAY_MS } = opts;
  let interval: ReturnType<typeof setInterval> | null = null;
  let stopped = false;
  let running = false;
  let runs = 0;
  const run = async () => {
    if (running) return;
    running = true;
    runs += 1;
    const jobId = `retention-${runs}`;
    let revisions = 0;
    let chunks = 0;
    let done = 0;
    const articles = versions.articlesForRetention();
    const progress = (state: 'running' | 'done' | 'failed', error?: string) =>
      events?.emit('job.progress', {
        jobId,
        kind: 'retention',
        label: `Dọn bản lưu tự động cũ: ${done.toLocaleString('vi-VN')}/${articles.length.toLocaleString('vi-VN')} bài`,
        done,
        total: articles.length,
        state,
        ...(error ? { error } : {})
      });
    try {
      progress('running');
      for (const articleId of articles) {
        if (stopped) return;
        const thinned = versions.applyRetentionTo(articleId, null);
        revisions += thinned.revisions;
        chunks += thinned.chunks;
        done += 1;
        if (done % PROGRESS_EVERY === 0) progress('running');
        // One article at a time, handing the event loop back in between: the window stays responsive.
        await new Promise<void>((resolve) => setTimeout(resolve, 0).unref());
      }
      progress('done');
      if (revisions > 0) log(`[retention] thinned ${revisions} autosave revisions, freed ${chunks} content chunks`);
    } catch (err) {
      // A failed run (e.g. the disk is full) is retried at the next interval; the app keeps working.
      log(`[retention] failed: ${err instanceof Error ? err.message : String(err)}`);
      progress('failed', 'Chưa dọn xong bản lưu cũ; ứng dụng sẽ thử lại sau. Dữ liệu vẫn an toàn.');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => {
    void run();
    interval = setInterval(() => void run(), intervalMs);
    interval.unref();
  }, firstDelayMs);
  first.unref();
  return {
    stop() {
      stopped = true;
      clearTimeout(first);
      if (interval) clearInterval(interval);
    }
  };
}
