// security.get/save: workspace security settings, administrator only (checked in SecurityService).
import type { AppServices } from '../app';
import type { Handlers } from './types';

type SecurityMethods = Pick<Handlers, 'security.get' | 'security.save'>;

export function securityHandlers(d: Pick<AppServices, 'security'>): SecurityMethods {
  return {
    'security.get': async (_input, ctx) => d.security.get(ctx.user),
    'security.save': async (input, ctx) => d.security.save(ctx.user, input)
  };
}
