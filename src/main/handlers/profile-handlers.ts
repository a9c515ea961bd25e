// profile.*, lists.* and app.info: settings-like methods.
import type { Handlers } from './types';
import type { HandlerDeps } from './deps';

type SettingsMethods = Pick<Handlers, 'app.info' | 'profile.current' | 'profile.history' | 'profile.save' | 'lists.get' | 'lists.save'>;

export function profileHandlers(d: HandlerDeps): SettingsMethods {
  return {
    'app.info': async (_input, ctx) => ({ ...d.info, profileConfigured: d.profile.current() !== null, user: ctx.user }),
    'profile.current': async () => d.profile.current(),
    'profile.history': async () => d.profile.history(),
    'profile.save': async ({ fields, effectiveFrom }, ctx) => d.profile.save(fields, effectiveFrom, ctx.user),
    'lists.get': async () => d.lists.get(),
    'lists.save': async (lists) => d.lists.save(lists)
  };
}
