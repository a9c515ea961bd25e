import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRetentionJob } from './retention-job';

const HOUR = 3_600_000;

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('startRetentionJob', () => {
  it('thins autosaves two minutes after start, then every six hours, as the app itself (no user)', () => {
    const applyRetention = vi.fn(() => ({ revisions: 4, chunks: 9 }));
    const log = vi.fn();
    const job = startRetentionJob({ versions: { applyRetention }, log });
    vi.advanceTimersByTime(119_000);
    expect(applyRetention).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(applyRetention).toHaveBeenCalledTimes(1);
    expect(applyRetention).toHaveBeenCalledWith(null);
    expect(log).toHaveBeenCalledWith('[retention] thinned 4 autosave revisions, freed 9 content chunks');
    vi.advanceTimersByTime(12 * HOUR);
    expect(applyRetention).toHaveBeenCalledTimes(3);
    job.stop();
    vi.advanceTimersByTime(24 * HOUR);
    expect(applyRetention).toHaveBeenCalledTimes(3);
  });

  it('logs a failed run in English and tries again at the next interval', () => {
    const applyRetention = vi
      .fn()
      .mockImplementationOnce(() => {
        throw new Error('SQLITE_FULL: database or disk is full');
      })
      .mockReturnValue({ revisions: 0, chunks: 0 });
    const log = vi.fn();
    const job = startRetentionJob({ versions: { applyRetention }, log, firstDelayMs: 10, intervalMs: 100 });
    vi.advanceTimersByTime(10);
    expect(log).toHaveBeenCalledWith('[retention] failed: SQLITE_FULL: database or disk is full');
    vi.advanceTimersByTime(100);
    expect(applyRetention).toHaveBeenCalledTimes(2);
    // Nothing to thin: nothing logged.
    expect(log).toHaveBeenCalledTimes(1);
    job.stop();
  });

  it('never keeps the process alive, and stop() before the first run cancels it', () => {
    const applyRetention = vi.fn(() => ({ revisions: 0, chunks: 0 }));
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const interval = vi.spyOn(globalThis, 'setInterval');
    const job = startRetentionJob({ versions: { applyRetention }, log: () => undefined, firstDelayMs: 10 });
    expect((timeout.mock.results[0]?.value as NodeJS.Timeout).hasRef()).toBe(false);
    vi.advanceTimersByTime(10);
    expect((interval.mock.results[0]?.value as NodeJS.Timeout).hasRef()).toBe(false);
    job.stop();
    expect(vi.getTimerCount()).toBe(0);
    applyRetention.mockClear();

    const early = startRetentionJob({ versions: { applyRetention }, log: () => undefined });
    expect(vi.getTimerCount()).toBe(1);
    early.stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(HOUR);
    expect(applyRetention).not.toHaveBeenCalled();
  });
});
