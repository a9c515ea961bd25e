// "Việc của tôi": what waits for this user, by what their roles let them do.
import type { UserRef } from '../../shared/article';
import { ROLE_CAPABILITY } from '../../shared/accounts';
import type { MyWork } from '../../shared/workflow';
import type { AccountRepository } from '../ports';
import { actorOf } from './actor';
import type { WorkflowRepository } from './ports';

const MY_WORK_LIMIT = 200;

export class WorkList {
  constructor(private readonly d: { workflow: WorkflowRepository; accounts: Pick<AccountRepository, 'get'> }) {}

  myWork(user: UserRef): MyWork {
    const actor = actorOf(this.d.accounts, user);
    const caps = new Set(actor.roles.map((r) => ROLE_CAPABILITY[r]));
    const inStates = this.d.workflow.inStates.bind(this.d.workflow);
    const toEdit = caps.has('author') ? inStates(['nhap', 'tra_lai'], actor.userId, MY_WORK_LIMIT) : [];
    const toReview = caps.has('reviewer') ? inStates(['cho_bien_tap'], null, MY_WORK_LIMIT) : [];
    const toSign = caps.has('approver') ? inStates(['cho_duyet'], null, MY_WORK_LIMIT) : [];
    const returned = inStates(['tra_lai'], null, MY_WORK_LIMIT).map((s) => ({ s, e: this.d.workflow.lastEvent(s.id, 'tra-lai') }));
    const withNote = ({ s, e }: (typeof returned)[number]) => (e ? { ...s, note: e.reason ?? '', by: e.user, at: e.at } : s);
    const mine = new Set(inStates(['tra_lai'], actor.userId, MY_WORK_LIMIT).map((s) => s.id));
    return {
      toEdit: toEdit.map((s) => returned.find((r) => r.s.id === s.id) ?? { s, e: null }).map(withNote),
      toReview,
      toSign,
      returnedByMe: returned.filter((r) => r.e?.user.id === actor.userId).map(withNote),
      returnedToMe: returned.filter((r) => mine.has(r.s.id)).map(withNote)
    };
  }
}
