// workflow.*: the workflow service with the user taken from the session (ctx), never from input.
import type { WorkflowService } from '../../core/workflow/workflow-service';
import type { AuditReader } from '../../core/workflow/ports';
import type { Handlers } from './types';

export interface WorkflowHandlerDeps {
  workflow: WorkflowService;
  audit: AuditReader;
}

type WorkflowMethods = Pick<Handlers, 'workflow.view' | 'workflow.act' | 'workflow.signOffs' | 'workflow.myWork'>;

export function workflowHandlers(d: WorkflowHandlerDeps): WorkflowMethods {
  return {
    'workflow.view': async ({ articleId }, ctx) => d.workflow.view(articleId, ctx.user),
    'workflow.act': async ({ articleId, action, reason, password, commentIds }, ctx) =>
      d.workflow.act(articleId, action, ctx.user, { reason, password, commentIds }),
    'workflow.signOffs': async ({ articleId }, ctx) => d.workflow.signOffs(articleId, ctx.user),
    'workflow.myWork': async (_input, ctx) => d.workflow.myWork(ctx.user)
  };
}
