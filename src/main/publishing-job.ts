// Sends the outbox while the app is open: right after something is queued (wake), when the next entry
// falls due (backoff, Retry-After, a scheduled date), and every minute in case the network came back.
// Every few hours it also reads "Số lượt người đọc" back from the portals. One run at a time; timers
// are unref'd so they never keep the process alive.
import type { OutboxWorker } from '../core/publishing/outbox-worker';
import type { PortalWitness } from '../core/publishing/portal-witness';

const POLL_MS = 60_000;
const VIEWS_MS = 6 * 60 * 60_000;

export interface PublishingJob {
  wake(): void;
  stop(): void;
}

export function startPublishingJob(opts: {
  worker: Pick<OutboxWorker, 'runOnce' | 'nextDueAt'>;
  views?: Pick<PortalWitness, 'readViews' | 'settleScheduled'>;
  log: (line: string) => void;
  pollMs?: number;
  now?: () => number;
}): PublishingJob {
  const { worker, views, log, pollMs = POLL_MS, now = Date.now } = opts;
  let viewsReadAt = now();
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
      if (views) await views.settleScheduled();
      if (views && now() - viewsReadAt >= VIEWS_MS) {
        viewsReadAt = now();
        const n = await views.readViews();
        if (n > 0) log(`[outbox] read reader counts of ${n} published articles`);
      }
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
    // At least a second apart, so an entry that stays due (held elsewhere) cannot spin the loop.
    schedule(next ? Math.max(1000, Math.min(pollMs, Date.parse(next) - now() + 50)) : pollMs);
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
