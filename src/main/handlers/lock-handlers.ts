// lock.*: edit-lock leases (acquire doubles as the heartbeat).
import type { Handlers } from './types';
import type { WorkflowHandlerDeps } from './workflow-handlers';

type LockMethods = Pick<Handlers, 'lock.acquire' | 'lock.release' | 'lock.takeOver'>;

export function lockHandlers(d: WorkflowHandlerDeps): LockMethods {
  return {
    'lock.acquire': async ({ articleId }, ctx) => d.workflow.acquireLock(articleId, ctx.user),
    'lock.release': async ({ articleId }, ctx) => {
      d.workflow.releaseLock(articleId, ctx.user);
      return null;
    },
    'lock.takeOver': async ({ articleId }, ctx) => d.workflow.takeOverLock(articleId, ctx.user)
  };
}
