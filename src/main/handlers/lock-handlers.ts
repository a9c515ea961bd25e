// lock.*: edit-lock leases (acquire doubles as the heartbeat).
import type { AppServices } from '../app';
import type { Handlers } from './types';

type LockMethods = Pick<Handlers, 'lock.acquire' | 'lock.release' | 'lock.takeOver'>;

export function lockHandlers(s: Pick<AppServices, 'locks'>): LockMethods {
  return {
    'lock.acquire': async ({ articleId }, ctx) => s.locks.acquire(articleId, ctx.user),
    'lock.release': async ({ articleId }, ctx) => {
      s.locks.release(articleId, ctx.user);
      return null;
    },
    'lock.takeOver': async ({ articleId }, ctx) => s.locks.takeOver(articleId, ctx.user)
  };
}
