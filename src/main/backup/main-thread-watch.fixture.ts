// Watches the main thread while something runs (a backup, in its test and in the bench): a 1 ms timer's
// ticks, the longest gap between two of them, and perf_hooks' event-loop delay. On a shared machine a gap
// can also be the OS running other processes, so on Linux each gap is also measured in the main thread's
// own CPU time (/proc/self/task/<pid>/schedstat, in ns): the longest busy gap is work done on this thread.
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface MainThreadReport {
  ticks: number;
  /** The longest wall-clock gap between two ticks (ms). */
  longestGapMs: number;
  /** The most CPU time the main thread used within one gap (ms); null where the OS does not tell. */
  longestBusyMs: number | null;
  /** monitorEventLoopDelay's p95 and max (ms). */
  delayP95Ms: number;
  delayMaxMs: number;
}

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;

/** The main thread's CPU time in ms, or null off Linux. */
function mainThreadCpuMs(): number | null {
  try {
    return Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

export function watchMainThread(): { stop(): MainThreadReport } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let ticks = 0;
  let longestGap = 0;
  let longestBusy: number | null = null;
  let lastAt = performance.now();
  let lastCpu = mainThreadCpuMs();
  const note = () => {
    const at = performance.now();
    const cpu = mainThreadCpuMs();
    longestGap = Math.max(longestGap, at - lastAt);
    if (cpu !== null && lastCpu !== null) longestBusy = Math.max(longestBusy ?? 0, cpu - lastCpu);
    lastAt = at;
    lastCpu = cpu;
  };
  let timer = setTimeout(function tick() {
    note();
    ticks += 1;
    timer = setTimeout(tick, 1);
  }, 1);
  return {
    stop() {
      clearTimeout(timer);
      // The gap still open counts too (a stall lasting until the end).
      note();
      histogram.disable();
      return { ticks, longestGapMs: longestGap, longestBusyMs: longestBusy, delayP95Ms: histogram.percentile(95) / 1e6, delayMaxMs: histogram.max / 1e6 };
    }
  };
}
