// auth.*: first-run setup, login/logout, screen lock/unlock and password change. The session is
// keyed by ctx.connectionId; the user always comes from it.
import type { AppServices } from '../app';
import type { SessionManager } from '../sessions/session-manager';
import type { Handlers } from './types';

type AuthMethods = Pick<
  Handlers,
  'auth.status' | 'auth.setup' | 'auth.login' | 'auth.logout' | 'auth.unlock' | 'auth.lock' | 'auth.changePassword'
>;

/** `profile`: the login screen names the agency (public information, printed in every portal footer). */
export function authHandlers(s: Pick<AppServices, 'accounts' | 'profile'>, sessions: SessionManager): AuthMethods {
  const d = { accounts: s.accounts, profile: s.profile, sessions };
  return {
    'auth.status': async (_input, ctx) => ({
      needsSetup: d.accounts.needsSetup(),
      session: d.sessions.info(ctx.connectionId),
      agencyName: d.profile.current()?.agencyName ?? null
    }),
    'auth.setup': async (input, ctx) => d.sessions.begin(ctx.connectionId, await d.accounts.setup(input)),
    'auth.login': async ({ login, password }, ctx) => {
      const user = await d.accounts.login(login, password);
      // A new login on this connection replaces whoever was logged in (e.g. on a locked screen).
      const previous = d.sessions.end(ctx.connectionId);
      if (previous && previous.id !== user.id) d.accounts.logout(previous);
      return d.sessions.begin(ctx.connectionId, user);
    },
    'auth.logout': async (_input, ctx) => {
      d.sessions.end(ctx.connectionId);
      d.accounts.logout(ctx.user);
      return null;
    },
    'auth.unlock': async ({ password }, ctx) => {
      const fresh = await d.accounts.unlock(ctx.user, password);
      return d.sessions.unlock(ctx.connectionId, fresh)!;
    },
    'auth.lock': async (_input, ctx) => {
      d.sessions.lock(ctx.connectionId);
      d.accounts.recordLock(ctx.user, false);
      return null;
    },
    'auth.changePassword': async ({ oldPassword, newPassword }, ctx) => {
      await d.accounts.changePassword(ctx.user, oldPassword, newPassword);
      return null;
    }
  };
}
