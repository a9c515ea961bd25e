// audit.list: the global "Nhật ký" with filters, or one article's; for admins and the board's leaders.
import type { AppServices } from '../app';
import { AUDIT_ONLY, requireCapability } from './permissions';
import type { Handlers } from './types';

export function auditHandlers(s: Pick<AppServices, 'audit'>): Pick<Handlers, 'audit.list'> {
  return {
    'audit.list': async (query, ctx) => {
      requireCapability(ctx.user, ['admin', 'approver'], AUDIT_ONLY);
      return s.audit.list(query, ctx.user);
    }
  };
}
