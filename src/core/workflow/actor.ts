// Who is acting: the account behind a session user, with its current roles (never the renderer's word).
import type { UserRef } from '../../shared/article';
import type { AccountRepository } from '../ports';
import { WorkflowRefusal } from './refusal';
import type { ActorFacts } from './rules';

export interface Actor extends ActorFacts {
  ref: UserRef;
  position: string;
}

/** Disabled or unknown accounts are refused. */
export function actorOf(accounts: Pick<AccountRepository, 'get'>, user: UserRef): Actor {
  const account = accounts.get(user.id);
  if (!account || account.disabled) throw new WorkflowRefusal('NOT_LOGGED_IN', 'Bạn cần đăng nhập bằng một tài khoản đang hoạt động.');
  return { userId: account.id, roles: account.roles, ref: { id: account.id, name: account.fullName }, position: account.position };
}
