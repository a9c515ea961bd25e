// Thins old autosaves on its own: once shortly after start (not at start, which should stay fast), then
// every few hours. Timers are unref'd so they never keep the process alive.
import type { VersionService } from '../core/versions/version-service';

const MINUTE_MS = 60_000;
const DEFAULT_FIRST_DELAY_MS = 2 * MINUTE_MS;
const DEFAULT_INTERVAL_MS = 6 * 60 * MINUTE_MS;

export interface RetentionJobOptions {
  versions: Pick<VersionService, 'articlesForRetention' | 'applyRetentionTo'>;
  log: (line: string) => void;
  intervalMs?: number;
  firstDelayMs?: number;
}

export function startRetentionJob(opts: RetentionJobOptions): { stop(): void } {
  const { versions, log, intervalMs = DEFAULT_INTERVAL_MS, firstDelayMs = DEFAULT_FIRST_DELAY_MS } = opts;
  let interval: ReturnType<typeof setInterval> | null = null;
  let stopped = false;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    let revisions = 0;
    let chunks = 0;
    try {
      for (const articleId of versions.articlesForRetention()) {
        if (stopped) return;
        const done = versions.applyRetentionTo(articleId, null);
        revisions += done.revisions;
        chunks += done.chunks;
        // One article at a time, handing the event loop back in between: the window stays responsive.
        await new Promise<void>((resolve) => setTimeout(resolve, 0).unref());
      }
      if (revisions > 0) log(`[retention] thinned ${revisions} autosave revisions, freed ${chunks} content chunks`);
    } catch (err) {
      // A failed run (e.g. the disk is full) is retried at the next interval; the app keeps working.
      log(`[retention] failed: ${err instanceof Error ? err.message : String(err)}`);
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
