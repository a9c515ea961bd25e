// Composition root: opens a workspace folder and builds the domain services, accounts and sessions,
// the workflow, the handler map and `dispatch` over the SQLite store, the media folder and the system
// clock/ids/hasher.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pkg from '../../package.json';
import { AccountService } from '../core/accounts/account-service';
import { SecurityService } from '../core/accounts/security-service';
import { ArticleService } from '../core/articles/article-service';
import type { CommentService } from '../core/comments/comment-service';
import { ListsService } from '../core/articles/lists-service';
import { VersionService } from '../core/versions/version-service';
import { editorBodyTools } from '../core/articles/body-tools';
import { ProfileService } from '../core/profile/profile-service';
import type { KeyVault, MediaStore } from '../core/ports';
import type { UserRef } from '../shared/article';
import { SqliteKeyVault } from './adapters/crypto/key-vault';
import { ScryptPasswordHasher } from './adapters/crypto/password-hasher';
import { FileMediaStore } from './adapters/media-store';
import { SqliteAccountRepository } from './adapters/sqlite/account-repository';
import { SqliteAuditLog } from './adapters/sqlite/audit-log';
import { SqliteKeyRepository } from './adapters/sqlite/key-repository';
import { SqliteSecuritySettingsRepository } from './adapters/sqlite/security-settings-repository';
import { createSqliteStore } from './adapters/sqlite/store';
import { SqliteVersionRepository } from './adapters/sqlite/version-repository';
import { nodeHasher, systemClock, uuidV7Ids } from './adapters/system';
import { composeComments } from './comments/compose';
import { SqliteArticleViewRepository } from './adapters/sqlite/article-view-repository';
import { startRetentionJob } from './retention-job';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers/index';
import { seedSample, seedSampleWorkflow } from './sample/seed';
import { createSampleUsers, generateSamplePassword } from './sample/users';
import { SessionManager } from './sessions/session-manager';
import { composeWorkflow, type WorkflowComposition } from './workflow/compose';

export interface AppOptions {
  workspaceDir: string;
  mode: 'electron' | 'browser' | 'cli';
  sample?: boolean;
  /** Password of the sample accounts; generated when missing (then read it from App.samplePassword). */
  samplePassword?: string;
  log?: (line: string) => void;
}

export interface AppServices {
  articles: ArticleService;
  profile: ProfileService;
  lists: ListsService;
  accounts: AccountService;
  security: SecurityService;
  /** Users' signing keys (public keys of old signatures included). */
  keys: KeyVault;
  workflow: WorkflowComposition['workflow'];
  versions: VersionService;
  comments: CommentService;
}

export interface App {
  /** Every call of every transport: `dispatch(method, input, { connectionId })`. */
  dispatch: Dispatch;
  /**
   * The command line's own identity for direct service calls that are not a user's action (e.g. batch
   * import). User actions go through `dispatch` with a logged-in session (see CLI_CONNECTION).
   */
  ctx: { user: UserRef };
  sessions: SessionManager;
  media: MediaStore;
  services: AppServices;
  /** Checks the whole audit chain and every sign-off. */
  verify: WorkflowComposition['verify'];
  workspaceDir: string;
  /** Set when this opening created the sample accounts: the password they share. */
  samplePassword: string | null;
  close(): void;
}

export const WORKSPACE_DB = 'workspace.sqlite';

/** The connection id of a command-line run (one process, one session). */
export const CLI_CONNECTION = 'cli';

const CLI_OPERATOR: UserRef = { id: 'cli', name: 'Dòng lệnh' };

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

    const audit = new SqliteAuditLog(store.db, nodeHasher, uuidV7Ids);
    const accountRepo = new SqliteAccountRepository(store.db);
    const keys = new SqliteKeyVault(new SqliteKeyRepository(store.db), systemClock);
    const securitySettings = new SqliteSecuritySettingsRepository(store.db);
    const accounts = new AccountService({ ...deps, accounts: accountRepo, hasher: new ScryptPasswordHasher(), keys, audit });
    const security = new SecurityService({ settings: securitySettings, audit, clock: systemClock });
    const sessions = new SessionManager({
      now: () => systemClock.now().getTime(),
      lockAfterMinutes: () => security.current().lockAfterMinutes,
      onIdleLock: (user) => accounts.recordLock(user, true)
    });
    const comments = composeComments({ ...deps, db: store.db, articles });
    const workflow = composeWorkflow({
      ...deps,
      openComments: (articleId) => comments.openThreadIds(articleId),
      db: store.db,
      articles,
      history: store.history,
      accounts: accountRepo,
      keys,
      hasher: nodeHasher,
      security: () => security.current(),
      audit
    });

    const versions = new VersionService({ ...deps, versions: new SqliteVersionRepository(store.db), articles, history: store.history, audit });

    let samplePassword: string | null = null;
    if (opts.sample) {
      let people: ReturnType<typeof createSampleUsers> | null = null;
      if (accounts.needsSetup()) {
        samplePassword = opts.samplePassword ?? generateSamplePassword();
        people = createSampleUsers(accounts, samplePassword);
        log('[app] sample workspace: sample accounts created (quantri, bientap, thanhvien, truongban)');
      }
      const author = people?.bientap ?? accountRepo.list()[0]!;
      const created = seedSample({ articles, profile, tx: store.tx, media }, { id: author.id, name: author.fullName });
      if (created > 0) log(`[app] sample workspace: ${created} articles seeded`);
      // Sign-offs need the approver's password: only known when the sample accounts were just created.
      if (people && samplePassword !== null) {
        const signed = seedSampleWorkflow({ articles, workflow: workflow.workflow }, { approverId: people.truongban.id, reviewerId: people.thanhvien.id }, samplePassword);
        if (signed > 0) log(`[app] sample workspace: ${signed} approved articles signed by truongban`);
      }
    }

    const handlers = createHandlers({
      articles,
      profile,
      lists,
      media,
      accounts,
      sessions,
      security,
      workflow: workflow.handlers,
      versions,
      comments,
      views: new SqliteArticleViewRepository(store.db, systemClock),
      // Loaded on first use: mammoth and jsdom take seconds to load and most sessions never import.
      importFile: async (bytes, fileName) => (await import('./adapters/import/import-file')).importFile(bytes, fileName, media),
      info: { appVersion: pkg.version, mode: opts.mode, workspaceDir },
      audit
    });
    // The command line exits long before the first run; the app thins old autosaves while it is open.
    const retentionJob = opts.mode === 'cli' ? null : startRetentionJob({ versions, log });
    let closed = false;
    return {
      dispatch: createDispatch(handlers, sessions, log),
      ctx: { user: CLI_OPERATOR },
      sessions,
      media,
      services: { articles, profile, lists, accounts, security, keys, workflow: workflow.workflow, versions, comments },
      verify: workflow.verify,
      workspaceDir,
      samplePassword,
      close() {
        if (closed) return;
        closed = true;
        retentionJob?.stop();
        store.close();
      }
    };
  } catch (err) {
    store.close();
    throw err;
  }
}
