// The complete handler map: `satisfies Handlers` makes a missing or extra contract method a compile error.
import type { Handlers } from './types';
import type { HandlerDeps } from './deps';
import { articleHandlers } from './article-handlers';
import { mediaHandlers } from './media-handlers';
import { profileHandlers } from './profile-handlers';

export type { HandlerDeps } from './deps';

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...profileHandlers(deps),
    ...articleHandlers(deps),
    ...mediaHandlers(deps)
  } satisfies Handlers;
}
