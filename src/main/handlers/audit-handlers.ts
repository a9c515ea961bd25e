// audit.list: the global "Lịch sử" with filters, or one article's when articleId is given.
import type { Handlers } from './types';
import type { WorkflowHandlerDeps } from './workflow-handlers';

type AuditMethods = Pick<Handlers, 'audit.list'>;

export function auditHandlers(d: WorkflowHandlerDeps): AuditMethods {
  return {
    'audit.list': async (query, ctx) => {
      d.workflow.ensureActive(ctx.user);
      return d.audit.list(query);
    }
  };
}
