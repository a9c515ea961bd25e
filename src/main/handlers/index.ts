// The complete handler map over the composition root's services: `satisfies Handlers` makes a missing
// or extra contract method a compile error. Each handler takes the parsed input and the session's
// user, calls one service use-case and returns its result.
import type { AppServices } from '../app';
import type { LocalFileOpener } from '../publishing/local-copy';
import type { SessionManager } from '../sessions/session-manager';
import { articleHandlers } from './article-handlers';
import { auditHandlers } from './audit-handlers';
import { authHandlers } from './auth-handlers';
import { bulletinHandlers } from './bulletin-handlers';
import { commentHandlers } from './comment-handlers';
import { lockHandlers } from './lock-handlers';
import { mediaHandlers } from './media-handlers';
import { printingHandlers } from './printing-handlers';
import { publishingHandlers } from './publishing-handlers';
import { royaltyHandlers } from './royalty-handlers';
import { settingsHandlers, type AppFacts } from './settings-handlers';
import { securityHandlers } from './security-handlers';
import type { Handlers } from './types';
import { usersHandlers } from './users-handlers';
import { versionHandlers } from './version-handlers';
import { workflowHandlers } from './workflow-handlers';

/** `opener`: the shell's way to open a local file (Electron only). */
export function createHandlers(s: AppServices, sessions: SessionManager, facts: AppFacts, opener: LocalFileOpener | null = null): Handlers {
  return {
    ...settingsHandlers(s, facts),
    ...articleHandlers(s),
    ...mediaHandlers(s),
    ...authHandlers(s, sessions),
    ...usersHandlers(s, sessions),
    ...securityHandlers(s),
    ...versionHandlers(s),
    ...commentHandlers(s),
    ...workflowHandlers(s),
    ...lockHandlers(s),
    ...auditHandlers(s),
    ...publishingHandlers(s, opener),
    ...printingHandlers(s),
    ...bulletinHandlers(s),
    ...royaltyHandlers(s)
  } satisfies Handlers;
}
