// Builds the workflow (rules, sign-off, edit locks, audit log) over the workspace database and
// installs its edit guard into ArticleService. Called by the composition root (app.ts).
import type Database from 'better-sqlite3';
import { verifyWorkspace, type VerifyReport } from '../../core/audit/verify';
import { WorkflowService, type WorkflowServiceDeps } from '../../core/workflow/workflow-service';
import { SqliteAuditLog } from '../adapters/sqlite/audit-log';
import { SqliteLockRepository } from '../adapters/sqlite/lock-repository';
import { SqliteSignOffRepository } from '../adapters/sqlite/signoff-repository';
import { SqliteWorkflowRepository } from '../adapters/sqlite/workflow-repository';
import { auditHandlers } from '../handlers/audit-handlers';
import { lockHandlers } from '../handlers/lock-handlers';
import type { Handlers } from '../handlers/types';
import { workflowHandlers } from '../handlers/workflow-handlers';

/** The service's own dependencies that do not come from the database, plus the database. */
export interface WorkflowCompositionDeps
  extends Pick<
    WorkflowServiceDeps,
    'articles' | 'history' | 'accounts' | 'keys' | 'tx' | 'clock' | 'ids' | 'hasher' | 'security' | 'openComments' | 'lockLeaseMs'
  > {
  /** The open workspace database (SqliteStore.db). */
  db: Database.Database;
  /** Pass one if other parts (logins, settings) already append to the audit log; else one is created. */
  audit?: SqliteAuditLog;
}

export type WorkflowHandlers = Pick<
  Handlers,
  'workflow.view' | 'workflow.act' | 'workflow.signOffs' | 'workflow.myWork' | 'lock.acquire' | 'lock.release' | 'lock.takeOver' | 'audit.list'
>;

export interface WorkflowComposition {
  workflow: WorkflowService;
  audit: SqliteAuditLog;
  handlers: WorkflowHandlers;
  /** Checks the whole audit chain and every sign-off (what `cli verify` prints). */
  verify(): VerifyReport;
}

export function composeWorkflow(d: WorkflowCompositionDeps): WorkflowComposition {
  const audit = d.audit ?? new SqliteAuditLog(d.db, d.hasher, d.ids);
  const signOffs = new SqliteSignOffRepository(d.db);
  const workflow = new WorkflowService({
    articles: d.articles,
    history: d.history,
    workflow: new SqliteWorkflowRepository(d.db),
    signOffs,
    locks: new SqliteLockRepository(d.db),
    audit,
    accounts: d.accounts,
    keys: d.keys,
    tx: d.tx,
    clock: d.clock,
    ids: d.ids,
    hasher: d.hasher,
    security: d.security,
    openComments: d.openComments,
    lockLeaseMs: d.lockLeaseMs
  });
  d.articles.setEditGuard(workflow.editGuard);
  const handlerDeps = { workflow, audit };
  return {
    workflow,
    audit,
    handlers: { ...workflowHandlers(handlerDeps), ...lockHandlers(handlerDeps), ...auditHandlers(handlerDeps) },
    verify: () => verifyWorkspace({ entries: audit.all(), signOffs: signOffs.all(), unsigned: signOffs.approvedWithoutSignOff() }, workflow.checkDeps(), d.hasher)
  };
}
