// Every check of a user's password (login, screen unlock, "Đổi mật khẩu", "Ký duyệt") counts against one
// throttle per login name, so guesses through any of them add up. Checks for one login run one at a
// time: the async scrypt must not let a burst of guesses slip past the count. Each failure is audited.
import type { UserRef } from '../../shared/article';
import { AppError, ErrorCode } from '../../shared/errors';
import type { AuditLog, Clock } from '../ports';
import { LoginThrottle, waitText } from './login-throttle';

export interface FailedAttempt {
  user: UserRef | null;
  /** e.g. 'auth.login-failed', 'password.change-failed', 'signoff.password-failed'. */
  action: string;
  description: string;
  details: Record<string, unknown>;
}

export class PasswordAttempts {
  private readonly throttle = new LoginThrottle();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly d: { audit: AuditLog; clock: Clock }) {}

  /**
   * Runs `check` unless `key` must wait. On false: records and audits the failure, then throws a
   * TOO_MANY_ATTEMPTS error ("thử lại sau …") once over the limit, otherwise `wrong()`.
   */
  attempt(key: string, check: () => Promise<boolean>, failed: FailedAttempt, wrong: () => Error): Promise<void> {
    return this.serial(key, async () => {
      const wait = this.throttle.waitMs(key, this.now());
      if (wait > 0) throw tooManyAttempts(wait);
      if (await check()) {
        this.throttle.succeed(key);
        return;
      }
      const imposed = this.throttle.fail(key, this.now());
      this.d.audit.append({
        at: this.d.clock.now().toISOString(),
        user: failed.user,
        action: failed.action,
        articleId: null,
        description: failed.description,
        details: { ...failed.details, ...(imposed > 0 ? { waitSeconds: imposed / 1000 } : {}) }
      });
      throw imposed > 0 ? tooManyAttempts(imposed) : wrong();
    });
  }

  /** Forgets the failures of `key` (an administrator set a new password). */
  clear(key: string): void {
    this.throttle.succeed(key);
  }

  private now(): number {
    return this.d.clock.now().getTime();
  }

  private serial<T>(key: string, run: () => Promise<T>): Promise<T> {
    const result = (this.queues.get(key) ?? Promise.resolve()).then(run);
    const tail = result.catch(() => undefined);
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return result;
  }
}

export function tooManyAttempts(waitMs: number): AppError {
  return new AppError(ErrorCode.TOO_MANY_ATTEMPTS, `Bạn đã nhập sai mật khẩu nhiều lần. Hãy thử lại sau ${waitText(waitMs)}.`);
}
