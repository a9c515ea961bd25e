import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPublishingJob } from './publishing-job';

afterEach(() => vi.useRealTimers());

describe('publishing job', () => {
  it('sends soon after start, at once when woken, at the next due time, and reads reader counts every few hours', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-03T01:00:00.000Z') });
    let due: string | null = null;
    const worker = { runOnce: vi.fn(async () => []), nextDueAt: () => due };
    const views = { readViews: vi.fn(async () => 0), settleScheduled: vi.fn(async () => 0) };
    const job = startPublishingJob({ worker, views, log: () => undefined, now: () => Date.now() });
    expect(worker.runOnce).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(worker.runOnce).toHaveBeenCalledTimes(1);
    job.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(worker.runOnce).toHaveBeenCalledTimes(2);
    // Something falls due in 5 s (Retry-After): the next run comes then, not at the minute's poll.
    due = new Date(Date.now() + 5000).toISOString();
    job.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(worker.runOnce).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(5100);
    expect(worker.runOnce).toHaveBeenCalledTimes(4);
    // Still due (held by someone else): runs at most once a second, never in a tight loop.
    await vi.advanceTimersByTimeAsync(3000);
    expect(worker.runOnce.mock.calls.length).toBeLessThanOrEqual(7);
    due = null;
    expect(views.readViews).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(6 * 60 * 60_000 + 60_000);
    expect(views.readViews).toHaveBeenCalledTimes(1);
    job.stop();
    const runs = worker.runOnce.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(worker.runOnce.mock.calls.length).toBe(runs);
  });

  it('keeps going after a failed run', async () => {
    vi.useFakeTimers();
    const worker = { runOnce: vi.fn(async () => Promise.reject(new Error('disk full'))), nextDueAt: () => null };
    const lines: string[] = [];
    const job = startPublishingJob({ worker, log: (l) => lines.push(l), pollMs: 1000 });
    await vi.advanceTimersByTimeAsync(3500);
    expect(worker.runOnce.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(lines[0]).toContain('disk full');
    job.stop();
  });
});
