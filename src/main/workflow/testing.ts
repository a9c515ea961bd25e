// For workflow tests: the app as the composition root builds it (openApp) over a temp workspace, with a
// test clock, cheap scrypt parameters for signing keys, one account per role, and a `call` that goes
// through the real dispatch (session → zod parse → handler → Result) as the given user.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleService } from '../../core/articles/article-service';
import type { CommentService } from '../../core/comments/comment-service';
import type { KeyVault } from '../../core/ports';
import { DEFAULT_SECURITY, type Role, type SecuritySettings, type SessionUser } from '../../shared/accounts';
import { fieldsOf, type Article, type ArticleFields, type ArticleStatus } from '../../shared/article';
import type { Method, Output } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import type { MediaStore } from '../../core/ports';
import type { SqliteStore } from '../adapters/sqlite/store';
import { ScryptPasswordHasher } from '../adapters/crypto/password-hasher';
import { uuidV7Ids } from '../adapters/system';
import { openApp, type App, type AppOverrides } from '../app';

export const PASSWORD = 'mat-khau-thu-nghiem';
const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

export const PEOPLE = {
  ctv: { role: 'cong_tac_vien', name: 'Lê Văn Cộng', position: 'Cộng tác viên' },
  btv: { role: 'bien_tap_vien', name: 'Nguyễn Thị Biên', position: 'Biên tập viên' },
  tv: { role: 'thanh_vien', name: 'Trần Văn Thành', position: 'Thành viên BBT' },
  tk: { role: 'thu_ky', name: 'Phạm Thị Thư', position: 'Thư ký' },
  ptb: { role: 'pho_truong_ban', name: 'Võ Văn Phó', position: 'Phó trưởng ban' },
  tb: { role: 'truong_ban', name: 'Đặng Văn Trưởng', position: 'Trưởng ban' },
  qt: { role: 'quan_tri', name: 'Hồ Quản Trị', position: 'Quản trị hệ thống' }
} as const satisfies Record<string, { role: Role; name: string; position: string }>;
export type Person = keyof typeof PEOPLE;

export interface WorkflowFixture {
  dir: string;
  file: string;
  app: App;
  store: SqliteStore;
  articles: ArticleService;
  comments: CommentService;
  media: MediaStore;
  keys: KeyVault;
  composed: { workflow: App['services']['workflow']; audit: SqliteStore['audit']; verify: App['verify'] };
  /** The settings the workflow reads; tests may flip them. */
  security: SecuritySettings;
  users: Record<Person, SessionUser>;
  /** Moves the test clock forward. */
  advance(ms: number): void;
  call<M extends Method>(method: M, input: unknown, user: SessionUser): Promise<Result<Output<M>>>;
  /** A new article by `by`, put directly into `status` (as sample seeding does). */
  articleIn(status: ArticleStatus, by?: Person, fields?: Partial<ArticleFields>): Article;
  fieldsOf(a: Article): ArticleFields;
  close(): void;
}

export function openWorkflowFixture(
  opts: { dir?: string; connect?: AppOverrides['connect']; connectors?: AppOverrides['connectors']; opener?: AppOverrides['opener']; start?: number } = {}
): WorkflowFixture {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'bbt-workflow-'));
  let t = opts.start ?? Date.parse('2026-11-20T01:00:00.000Z');
  const clock = { now: () => new Date(t) };
  const security: SecuritySettings = { ...DEFAULT_SECURITY };
  const app = openApp({
    workspaceDir: dir,
    mode: 'cli',
    log: () => undefined,
    overrides: { clock, keyScrypt: FAST_SCRYPT, passwords: new ScryptPasswordHasher(FAST_SCRYPT), security: () => security, jobs: false, connect: opts.connect, connectors: opts.connectors, opener: opts.opener }
  });
  const { store, services } = app;
  const users = {} as Record<Person, SessionUser>;
  for (const [login, p] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
    // Reopening a fixture's workspace (a restart) finds the accounts already there.
    const existing = store.accounts.byLogin(login);
    if (existing) {
      users[login] = { id: existing.id, name: p.name, login, position: p.position, roles: [p.role] };
      continue;
    }
    const id = uuidV7Ids.newId();
    store.accounts.insert(
      { id, login, fullName: p.name, position: p.position, roles: [p.role], disabled: false, createdAt: clock.now().toISOString() },
      { passwordHash: 'not-used-by-workflow-tests' }
    );
    services.keys.createKeySync(id, PASSWORD);
    users[login] = { id, name: p.name, login, position: p.position, roles: [p.role] };
  }
  let calls = 0;
  return {
    dir,
    file: join(dir, 'workspace.sqlite'),
    app,
    store,
    articles: services.articles,
    comments: services.comments,
    media: app.media,
    keys: services.keys,
    composed: { workflow: services.workflow, audit: store.audit, verify: app.verify },
    security,
    users,
    advance: (ms) => void (t += ms),
    async call(method, input, user) {
      // One session per call, as `user` exactly (tests also send users whose roles changed since).
      const connectionId = `test-${(calls += 1)}`;
      app.sessions.begin(connectionId, user);
      try {
        return (await app.dispatch(method, input ?? {}, { connectionId })) as Result<Output<typeof method>>;
      } finally {
        app.sessions.end(connectionId);
      }
    },
    articleIn(status, by = 'ctv', fields = {}) {
      return services.articles.create({ title: 'Bài thử nghiệm', ...fields }, { id: users[by].id, name: users[by].name }, { status, at: clock.now() });
    },
    fieldsOf: (a) => fieldsOf(a),
    close() {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
