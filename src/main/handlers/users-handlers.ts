// users.*: the administrator's account management (the admin check is in AccountService). Open sessions
// follow the change at once: new roles apply to the next call, a disabled user is logged out.
import { sessionUserOf } from '../../core/accounts/account-service';
import type { AppServices } from '../app';
import type { SessionManager } from '../sessions/session-manager';
import type { Handlers } from './types';

type UserMethods = Pick<Handlers, 'users.list' | 'users.create' | 'users.update' | 'users.resetPassword'>;

export function usersHandlers(s: Pick<AppServices, 'accounts'>, sessions: SessionManager): UserMethods {
  const d = { accounts: s.accounts, sessions };
  return {
    'users.list': async (_input, ctx) => d.accounts.list(ctx.user),
    'users.create': async (input, ctx) => d.accounts.create(ctx.user, input),
    'users.update': async (input, ctx) => {
      const account = d.accounts.update(ctx.user, input);
      d.sessions.updateUser(account.id, account.disabled ? null : sessionUserOf(account));
      return account;
    },
    'users.resetPassword': async ({ id, newPassword }, ctx) => {
      await d.accounts.resetPassword(ctx.user, id, newPassword);
      // Whoever is logged in as that user must log in again with the new password.
      if (id !== ctx.user.id) d.sessions.updateUser(id, null);
      return null;
    }
  };
}
