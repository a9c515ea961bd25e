// app.info, profile.* and lists.*: workspace facts and settings (changes are admin-only and audited in SettingsAdmin).
import type { AppServices } from '../app';
import { capabilitiesOf, type SessionUser } from '../../shared/accounts';
import type { AppInfo } from '../../shared/contract';
import type { Handlers } from './types';

type SettingsMethods = Pick<Handlers, 'app.info' | 'profile.current' | 'profile.history' | 'profile.save' | 'lists.get' | 'lists.save'>;

export type AppFacts = Pick<AppInfo, 'appVersion' | 'mode' | 'workspaceDir' | 'startupCheck' | 'networkShare' | 'restoreNotice'>;

export function settingsHandlers(s: Pick<AppServices, 'profile' | 'lists' | 'settings'>, facts: AppFacts): SettingsMethods {
  return {
    // The workspace path (it names the PC's user folders) and the share it is on only after login.
    'app.info': async (_input, ctx) => ({
      ...facts,
      workspaceDir: ctx.user ? facts.workspaceDir : '',
      networkShare: ctx.user ? facts.networkShare : null,
      startupCheck: startupCheckFor(ctx.user, facts.startupCheck),
      profileConfigured: s.profile.current() !== null,
      user: ctx.user
    }),
    'profile.current': async () => s.profile.current(),
    'profile.history': async () => s.profile.history(),
    'profile.save': async ({ fields, effectiveFrom }, ctx) => s.settings.saveProfile(fields, effectiveFrom, ctx.user),
    'lists.get': async () => s.lists.get(),
    'lists.save': async (lists, ctx) => s.settings.saveLists(lists, ctx.user)
  };
}

/** "Checked, no problem" is the admin's business; a damaged database is everyone's (they must stop and call the admin). */
function startupCheckFor(user: SessionUser | null, check: AppInfo['startupCheck']): AppInfo['startupCheck'] {
  if (!user || !check) return null;
  return !check.ok || capabilitiesOf(user.roles).has('admin') ? check : null;
}
