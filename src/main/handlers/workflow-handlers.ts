// workflow.*: actions, sign-offs and "Việc của tôi", with the user taken from the session (ctx), never from input.
import type { AppServices } from '../app';
import type { Handlers } from './types';

type WorkflowMethods = Pick<Handlers, 'workflow.view' | 'workflow.act' | 'workflow.signOffs' | 'workflow.myWork'>;

export function workflowHandlers(s: Pick<AppServices, 'workflow' | 'workList'>): WorkflowMethods {
  return {
    'workflow.view': async ({ articleId }, ctx) => s.workflow.view(articleId, ctx.user),
    'workflow.act': async ({ articleId, action, reason, password, commentIds, revisionId, contentHash }, ctx) =>
      s.workflow.act(articleId, action, ctx.user, { reason, password, commentIds, revisionId, contentHash }),
    'workflow.signOffs': async ({ articleId }, ctx) => s.workflow.signOffs(articleId, ctx.user),
    'workflow.myWork': async (_input, ctx) => s.workList.myWork(ctx.user)
  };
}
