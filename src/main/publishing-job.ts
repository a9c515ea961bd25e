// Sends the outbox while the app is open: right after something is queued (wake), when the next entry
// falls due (backoff, Retry-After, a scheduled date), and every minute in case the network came back.
// One run at a time; timers are unref'd so they never keep the process alive.
import type { OutboxWorker } from '../core/publishing/outbox-worker';

const POLL_MS = 60_000;

export interface PublishingJob {
  wake(): void;
  stop(): void;
}

export function startPublishingJob(opts: { worker: Pick<OutboxWorker, 'runOnce' | 'nextDueAt'>; log: (line: string) => void; pollMs?: number; now?: () => number }): PublishingJob {
  const { worker, log, pollMs = POLL_MS, now = Date.now } = opts;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let stopped = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), Math.max(0, delayMs));
    timer.unref();
  };

  const run = async () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await worker.runOnce();
    } catch (err) {
      log(`[outbox] run failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      schedule(0);
      return;
    }
    const next = worker.nextDueAt();
    schedule(next ? Math.min(pollMs, Date.parse(next) - now() + 50) : pollMs);
  };

  schedule(1000);
  return {
    wake: () => schedule(0),
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    }
  };
}
