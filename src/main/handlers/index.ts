// The complete handler map: `satisfies Handlers` makes a missing or extra contract method a compile error.
import type { SecurityService } from '../../core/accounts/security-service';
import type { CommentService } from '../../core/comments/comment-service';
import type { ArticleViewRepository } from '../../core/versions/ports';
import type { VersionService } from '../../core/versions/version-service';
import type { WorkflowHandlers } from '../workflow/compose';
import type { Handlers } from './types';
import type { HandlerDeps } from './deps';
import { articleHandlers } from './article-handlers';
import { authHandlers, type AccountHandlerDeps } from './auth-handlers';
import { commentHandlers } from './comment-handlers';
import { compareHandlers } from './compare-handlers';
import { mediaHandlers } from './media-handlers';
import { profileHandlers } from './profile-handlers';
import { securityHandlers } from './security-handlers';
import { usersHandlers } from './users-handlers';
import { versionHandlers } from './version-handlers';

export type { HandlerDeps } from './deps';

export interface AllHandlerDeps extends HandlerDeps, Omit<AccountHandlerDeps, 'profile'> {
  security: SecurityService;
  /** workflow.*, lock.* and audit.*, built by composeWorkflow. */
  workflow: WorkflowHandlers;
  versions: VersionService;
  comments: CommentService;
  /** "The last version I saw": recorded by article.get, read by version.compare. */
  views: ArticleViewRepository;
}

export function createHandlers(deps: AllHandlerDeps): Handlers {
  return {
    ...profileHandlers(deps),
    ...articleHandlers(deps),
    ...mediaHandlers(deps),
    ...authHandlers(deps),
    ...usersHandlers(deps),
    ...securityHandlers(deps),
    ...versionHandlers(deps),
    ...compareHandlers(deps),
    ...commentHandlers(deps),
    ...deps.workflow
  } satisfies Handlers;
}
