import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRetentionJob } from './retention-job';

const HOUR = 3_600_000;

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** Two articles, each thinning 2 revisions and freeing 4 chunks per run. */
function fakeVersions() {
  return { articlesForRetention: vi.fn(() => ['a', 'b']), applyRetentionTo: vi.fn(() => ({ revisions: 2, chunks: 4 })) };
}

describe('startRetentionJob', () => {
  it('thins autosaves two minutes after start, then every six hours, article by article, as the app itself (no user)', async () => {
    const versions = fakeVersions();
    const log = vi.fn();
    const job = startRetentionJob({ versions, log });
    await vi.advanceTimersByTimeAsync(119_000);
    expect(versions.applyRetentionTo).not.toHaveBeenCalled();
    // The first article at 2 minutes, the next one a timer tick (1 ms) later.
    await vi.advanceTimersByTimeAsync(1_000 + 10);
    expect(versions.applyRetentionTo.mock.calls).toEqual([
      ['a', null],
      ['b', null]
    ]);
    expect(log).toHaveBeenCalledWith('[retention] thinned 4 autosave revisions, freed 8 content chunks');
    await vi.advanceTimersByTimeAsync(12 * HOUR);
    expect(versions.articlesForRetention).toHaveBeenCalledTimes(3);
    job.stop();
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(versions.articlesForRetention).toHaveBeenCalledTimes(3);
  });

  it('hands the event loop back between articles', async () => {
    const versions = fakeVersions();
    const job = startRetentionJob({ versions, log: () => undefined, firstDelayMs: 10 });
    vi.advanceTimersByTime(10);
    // The timer ran the first article; the second waits for the next turn of the event loop.
    expect(versions.applyRetentionTo).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(versions.applyRetentionTo).toHaveBeenCalledTimes(2);
    job.stop();
  });

  it('logs a failed run in English and tries again at the next interval', async () => {
    const versions = fakeVersions();
    versions.applyRetentionTo.mockImplementationOnce(() => {
      throw new Error('SQLITE_FULL: database or disk is full');
    });
    versions.applyRetentionTo.mockReturnValue({ revisions: 0, chunks: 0 });
    const log = vi.fn();
    const job = startRetentionJob({ versions, log, firstDelayMs: 10, intervalMs: 100 });
    await vi.advanceTimersByTimeAsync(10 + 10);
    expect(log).toHaveBeenCalledWith('[retention] failed: SQLITE_FULL: database or disk is full');
    await vi.advanceTimersByTimeAsync(100);
    expect(versions.articlesForRetention).toHaveBeenCalledTimes(2);
    // Nothing to thin: nothing logged.
    expect(log).toHaveBeenCalledTimes(1);
    job.stop();
  });

  it('never keeps the process alive, and stop() before the first run cancels it', async () => {
    const versions = fakeVersions();
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const interval = vi.spyOn(globalThis, 'setInterval');
    const job = startRetentionJob({ versions, log: () => undefined, firstDelayMs: 10 });
    expect((timeout.mock.results[0]?.value as NodeJS.Timeout).hasRef()).toBe(false);
    await vi.advanceTimersByTimeAsync(10 + 10);
    expect((interval.mock.results[0]?.value as NodeJS.Timeout).hasRef()).toBe(false);
    job.stop();
    expect(vi.getTimerCount()).toBe(0);

    const early = fakeVersions();
    const stopped = startRetentionJob({ versions: early, log: () => undefined });
    expect(vi.getTimerCount()).toBe(1);
    stopped.stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(early.articlesForRetention).not.toHaveBeenCalled();
  });
});
