// Composition root: opens a workspace folder and builds the domain services, the handler map and
// `dispatch` over the SQLite store, the media folder and the system clock/ids/hasher.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pkg from '../../package.json';
import { ArticleService } from '../core/articles/article-service';
import { ListsService } from '../core/articles/lists-service';
import { editorBodyTools } from '../core/articles/body-tools';
import { ProfileService } from '../core/profile/profile-service';
import type { MediaStore } from '../core/ports';
import type { UserRef } from '../shared/article';
import { FileMediaStore } from './adapters/media-store';
import { createSqliteStore } from './adapters/sqlite/store';
import { nodeHasher, systemClock, uuidV7Ids } from './adapters/system';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers/index';
import type { HandlerContext } from './handlers/types';
import { seedSample } from './sample/seed';

export interface AppOptions {
  workspaceDir: string;
  mode: 'electron' | 'browser' | 'cli';
  sample?: boolean;
  log?: (line: string) => void;
}

export interface AppServices {
  articles: ArticleService;
  profile: ProfileService;
  lists: ListsService;
}

export interface App {
  dispatch: Dispatch;
  ctx: HandlerContext;
  media: MediaStore;
  services: AppServices;
  workspaceDir: string;
  close(): void;
}

export const WORKSPACE_DB = 'workspace.sqlite';

/** Until issue #3 brings real logins, everything is done as this one local user. */
const LOCAL_LOGIN = 'local';
const LOCAL_NAME = 'Người dùng máy này';

export function openApp(opts: AppOptions): App {
  const log = opts.log ?? ((line: string) => void process.stderr.write(line + '\n'));
  const workspaceDir = opts.workspaceDir;
  mkdirSync(join(workspaceDir, 'media'), { recursive: true });
  const store = createSqliteStore(join(workspaceDir, WORKSPACE_DB));
  try {
    if (store.uncleanShutdown) log('[app] previous session did not close cleanly; quick_check passed');
    const media = new FileMediaStore(workspaceDir);
    const deps = { tx: store.tx, clock: systemClock, ids: uuidV7Ids };
    const lists = new ListsService(store.settings);
    const articles = new ArticleService({
      ...deps,
      articles: store.articles,
      history: store.history,
      media,
      hasher: nodeHasher,
      lists,
      body: editorBodyTools
    });
    const profile = new ProfileService({ ...deps, profiles: store.profiles });

    const local = store.users.ensure({ id: uuidV7Ids.newId(), login: LOCAL_LOGIN, fullName: LOCAL_NAME, createdAt: systemClock.now().toISOString() });
    const user: UserRef = { id: local.id, name: local.fullName };

    if (opts.sample) {
      const created = seedSample({ articles, profile, tx: store.tx, media }, user);
      if (created > 0) log(`[app] sample workspace: ${created} articles seeded`);
    }

    const handlers = createHandlers({
      articles,
      profile,
      lists,
      media,
      // Loaded on first use: mammoth and jsdom take seconds to load and most sessions never import.
      importFile: async (bytes, fileName) => (await import('./adapters/import/import-file')).importFile(bytes, fileName, media),
      info: { appVersion: pkg.version, mode: opts.mode, workspaceDir }
    });
    let closed = false;
    return {
      dispatch: createDispatch(handlers, log),
      ctx: { user },
      media,
      services: { articles, profile, lists },
      workspaceDir,
      close() {
        if (closed) return;
        closed = true;
        store.close();
      }
    };
  } catch (err) {
    store.close();
    throw err;
  }
}
