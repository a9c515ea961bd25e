// Login throttling, kept in memory (a restart clears it; the audit log keeps every failure). After
// FREE_FAILURES consecutive failures for one login, each further attempt must wait: 30 s, doubling per
// failure, at most 15 minutes. A success clears the count.
export const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;

interface Attempts {
  failures: number;
  blockedUntil: number;
}

export class LoginThrottle {
  private readonly byKey = new Map<string, Attempts>();

  /** Milliseconds still to wait before `key` may try again (0 = may try now). */
  waitMs(key: string, now: number): number {
    const a = this.byKey.get(key);
    return a ? Math.max(0, a.blockedUntil - now) : 0;
  }

  /** Records a failure; returns the wait it imposes (0 while under the limit). */
  fail(key: string, now: number): number {
    const a = this.byKey.get(key) ?? { failures: 0, blockedUntil: 0 };
    a.failures += 1;
    const over = a.failures - FREE_FAILURES;
    const wait = over < 0 ? 0 : Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** over);
    a.blockedUntil = now + wait;
    this.byKey.set(key, a);
    return wait;
  }

  succeed(key: string): void {
    this.byKey.delete(key);
  }
}

/** "30 giây", "2 phút" — rounded up so the user never retries too early. */
export function waitText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
}
