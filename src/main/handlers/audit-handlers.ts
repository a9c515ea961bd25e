// audit.list: the global "Lịch sử" with filters, or one article's when articleId is given.
import type { AppServices } from '../app';
import type { Handlers } from './types';

export function auditHandlers(s: Pick<AppServices, 'audit'>): Pick<Handlers, 'audit.list'> {
  return {
    'audit.list': async (query, ctx) => s.audit.list(query, ctx.user)
  };
}
