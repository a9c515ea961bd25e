// Reading the audit log ("Lịch sử" page, an article's history tab): any active account may read it.
import type { UserRef } from '../../shared/article';
import type { AuditEntry } from '../../shared/workflow';
import type { AccountRepository } from '../ports';
import { actorOf } from '../workflow/actor';
import type { AuditQuery, AuditReader } from '../workflow/ports';

export class AuditTrail {
  constructor(private readonly d: { reader: AuditReader; accounts: Pick<AccountRepository, 'get'> }) {}

  list(query: AuditQuery, user: UserRef): { total: number; items: AuditEntry[] } {
    actorOf(this.d.accounts, user);
    return this.d.reader.list(query);
  }
}
