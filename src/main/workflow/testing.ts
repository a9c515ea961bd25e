// For workflow tests: a real workspace database in a temp dir, one account per role, real Ed25519
// keys (cheap scrypt parameters), the workflow composed as app.ts composes it, and a `call` that runs
// handlers the way dispatch does (zod parse → handler → Result).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleService } from '../../core/articles/article-service';
import { editorBodyTools } from '../../core/articles/body-tools';
import { ListsService } from '../../core/articles/lists-service';
import type { CommentService } from '../../core/comments/comment-service';
import { DEFAULT_SECURITY, type Role, type SecuritySettings, type SessionUser } from '../../shared/accounts';
import type { Article, ArticleFields, ArticleStatus } from '../../shared/article';
import { contract, type Method, type Output } from '../../shared/contract';
import { AppError, type AppErrorShape, type Result } from '../../shared/errors';
import { SqliteKeyVault } from '../adapters/crypto/key-vault';
import { FileMediaStore } from '../adapters/media-store';
import { SqliteAccountRepository } from '../adapters/sqlite/account-repository';
import { SqliteKeyRepository } from '../adapters/sqlite/key-repository';
import { createSqliteStore, type SqliteStore } from '../adapters/sqlite/store';
import { nodeHasher, uuidV7Ids } from '../adapters/system';
import { composeComments } from '../comments/compose';
import { composeWorkflow, type WorkflowComposition } from './compose';

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
  store: SqliteStore;
  articles: ArticleService;
  comments: CommentService;
  media: FileMediaStore;
  keys: SqliteKeyVault;
  composed: WorkflowComposition;
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

export function openWorkflowFixture(): WorkflowFixture {
  const dir = mkdtempSync(join(tmpdir(), 'bbt-workflow-'));
  const file = join(dir, 'workspace.sqlite');
  const store = createSqliteStore(file);
  let t = Date.parse('2026-11-20T01:00:00.000Z');
  const clock = { now: () => new Date(t) };
  const media = new FileMediaStore(dir);
  const articles = new ArticleService({
    articles: store.articles,
    history: store.history,
    media,
    tx: store.tx,
    clock,
    ids: uuidV7Ids,
    hasher: nodeHasher,
    lists: new ListsService(store.settings),
    body: editorBodyTools
  });
  const accounts = new SqliteAccountRepository(store.db, clock.now);
  const keys = new SqliteKeyVault(new SqliteKeyRepository(store.db), clock, FAST_SCRYPT);
  const security: SecuritySettings = { ...DEFAULT_SECURITY };
  const users = {} as Record<Person, SessionUser>;
  for (const [login, p] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
    const id = uuidV7Ids.newId();
    accounts.insert(
      { id, login, fullName: p.name, position: p.position, roles: [p.role], disabled: false, createdAt: clock.now().toISOString() },
      { passwordHash: 'not-used-by-workflow-tests' }
    );
    keys.createKey(id, PASSWORD);
    users[login] = { id, name: p.name, login, position: p.position, roles: [p.role] };
  }
  const comments = composeComments({ db: store.db, articles, tx: store.tx, clock, ids: uuidV7Ids });
  const composed = composeWorkflow({
    db: store.db,
    articles,
    history: store.history,
    accounts,
    keys,
    tx: store.tx,
    clock,
    ids: uuidV7Ids,
    hasher: nodeHasher,
    security: () => security,
    openComments: (articleId) => comments.openThreadIds(articleId)
  });
  const handlers = composed.handlers as unknown as Record<string, (input: unknown, ctx: { user: SessionUser }) => Promise<unknown>>;
  return {
    dir,
    file,
    store,
    articles,
    comments,
    media,
    keys,
    composed,
    security,
    users,
    advance: (ms) => void (t += ms),
    async call(method, input, user) {
      const parsed = contract[method].input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: parsed.error.message } };
      try {
        return { ok: true, value: (await handlers[method]!(parsed.data, { user })) as Output<typeof method> };
      } catch (err) {
        if (err instanceof AppError) return { ok: false, error: err.toShape() as AppErrorShape };
        throw err;
      }
    },
    articleIn(status, by = 'ctv', fields = {}) {
      return articles.create({ title: 'Bài thử nghiệm', ...fields }, { id: users[by].id, name: users[by].name }, { status, at: clock.now() });
    },
    fieldsOf(a) {
      const { title, imageHash, imageCaption, summary, body, alternateLink, publishAt, featured, author, category, articleType, pageCount, photoCount } = a;
      return { title, imageHash, imageCaption, summary, body, alternateLink, publishAt, featured, author, category, articleType, pageCount, photoCount };
    },
    close() {
      if (store.db.open) store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
