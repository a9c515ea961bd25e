// The CLI verbs, each over the same composition root (openApp) as the app itself.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { displayTitle } from '../../core/articles/display';
import { STATUS_LABELS, type ArticleSummary } from '../../shared/article';
import { AppError, ErrorCode } from '../../shared/errors';
import { openApp, WORKSPACE_DB, type App } from '../app';
import { importFile } from '../adapters/import/import-file';
import { act } from './act';
import { backupVerb, restoreVerb } from './backup';
import { CliUsageError, type ParsedCli } from './args';
import { history } from './history';
import { portalTest, publishQueue, publishVerb, targetAdd, verifyTarget } from './publish';
import { royaltiesVerb } from './royalties';
import { printSlip, verifySlip } from './slip';
import { seal, verify, verifySeal } from './verify';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The first line of standard input (for --password-stdin); absent where there is none. */
  readLine?: () => Promise<string | null>;
}

const PAGE = 500;

/**
 * Verbs that only read share the workspace with a running app: read-only database, no workspace lock.
 * `verify --target` is not one of them (it records what the portal shows), nor `portal-test` (it stores
 * the portal's categories).
 */
export function readsOnly(cli: ParsedCli): boolean {
  if (cli.verb === 'verify') return !cli.publish.target;
  return cli.verb === 'list' || cli.verb === 'search' || cli.verb === 'history' || cli.verb === 'royalties';
}
const SEARCH_LIMIT = 200;

export async function runVerb(cli: ParsedCli & { workspace: string }, io: CliIo): Promise<number> {
  // Restore makes the workspace; backup opens it itself (read-only beside a running app).
  if (cli.verb === 'restore') return await restoreVerb(cli, io);
  if (cli.verb !== 'init' && !existsSync(join(cli.workspace, WORKSPACE_DB))) {
    throw new CliUsageError(`Không tìm thấy thư mục làm việc tại ${cli.workspace}. Hãy tạo bằng: npm run cli -- init --workspace ${cli.workspace}`);
  }
  if (cli.verb === 'backup') return await backupVerb(cli, io);
  const sample = cli.verb === 'init' && cli.sample;
  if (sample && cli.password !== null && [...cli.password].length < 8) throw new CliUsageError('Mật khẩu mẫu (--password) phải có ít nhất 8 ký tự.');
  const app = openApp({
    workspaceDir: cli.workspace,
    mode: 'cli',
    verb: cli.verb,
    readOnly: readsOnly(cli),
    sample,
    samplePassword: cli.password ?? undefined,
    log: (l) => io.stderr(l)
  });
  try {
    switch (cli.verb) {
      case 'init':
        return init(app, cli.password === null, io);
      case 'import':
        return await importFiles(app, cli.positionals, io);
      case 'list':
        return list(app, cli.json, io);
      case 'search':
        return search(app, cli.positionals, cli.json, io);
      case 'act':
        return await act(app, cli, io);
      case 'verify':
        if (cli.slip !== null) return verifySlip(app, cli.slip, cli.json, io);
        if (cli.seal !== null) return verifySeal(app, cli.seal, cli.json, io);
        return cli.publish.target ? await verifyTarget(app, cli, io) : verify(app, cli.json, io);
      case 'history':
        return history(app, cli, io);
      case 'target-add':
        return targetAdd(app, cli, io);
      case 'publish':
        return await publishVerb(app, cli, io, 'publish');
      case 'take-down':
        return await publishVerb(app, cli, io, 'take-down');
      case 'publish-queue':
        return await publishQueue(app, cli, io);
      case 'portal-test':
        return await portalTest(app, cli, io);
      case 'print':
        return await printArticle(app, cli, io);
      case 'bulletin':
        return await printBulletin(app, cli, io);
      case 'slip':
        return await printSlip(app, cli, io);
      case 'seal':
        return seal(app, cli, io);
      case 'royalties':
        return await royaltiesVerb(app, cli, io);
      default:
        return 1;
    }
  } finally {
    app.close();
  }
}

function init(app: App, passwordGenerated: boolean, io: CliIo): number {
  const count = app.services.articles.count();
  io.stdout(`Thư mục làm việc: ${app.workspaceDir} (${count} bài viết)`);
  if (app.samplePassword !== null) {
    io.stdout('Tài khoản mẫu: quantri (Quản trị), bientap (Biên tập viên), thanhvien (Thành viên BBT), truongban (Trưởng ban)');
    if (passwordGenerated) io.stdout(`Mật khẩu mẫu: ${app.samplePassword}`);
  }
  return 0;
}

async function importFiles(app: App, files: string[], io: CliIo): Promise<number> {
  if (files.length === 0) throw new CliUsageError('Thiếu tệp cần nhập: npm run cli -- import --workspace THƯ_MỤC TỆP…');
  const failed: string[] = [];
  for (const file of files) {
    const path = resolve(io.cwd, file);
    const name = basename(path);
    try {
      if (!existsSync(path) || !statSync(path).isFile()) throw new AppError(ErrorCode.NOT_FOUND, `Không tìm thấy tệp “${file}”.`);
      const doc = await importFile(new Uint8Array(readFileSync(path)), name, app.media);
      const article = app.services.articles.importDocument(doc.title, doc.body, app.ctx.user, name);
      for (const w of doc.warnings) io.stderr(`${name}: ${w}`);
      io.stdout(`${article.id}\t${displayTitle(article.title)}`);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      failed.push(file);
      io.stderr(`Lỗi khi nhập “${file}”: ${err.message}`);
    }
  }
  if (failed.length > 0) {
    io.stderr(`Không nhập được ${failed.length}/${files.length} tệp: ${failed.join(', ')}`);
    return 1;
  }
  return 0;
}

/** `print`: "In bài viết" to a PDF file (the same HTML and engine as the app's button). */
async function printArticle(app: App, cli: ParsedCli, io: CliIo): Promise<number> {
  const usage = 'npm run cli -- print --workspace THƯ_MỤC --article ID --out TỆP.pdf';
  if (!cli.act.article) throw new CliUsageError(`Thiếu mã bài viết. Cách dùng: ${usage}`);
  if (!cli.out) throw new CliUsageError(`Thiếu tệp kết quả (--out). Cách dùng: ${usage}`);
  const printed = await app.services.printing.printArticle(cli.act.article, app.ctx.user);
  writeFileSync(cli.out, printed.bytes);
  io.stdout(cli.out);
  io.stderr(`Đã in bài viết ra ${cli.out} (${Math.ceil(printed.bytes.length / 1024)} KB)`);
  return 0;
}

async function printBulletin(app: App, cli: ParsedCli, io: CliIo): Promise<number> {
  const usage = 'npm run cli -- bulletin --workspace THƯ_MỤC (--issue SỐ | --articles ID,ID,…) --out TỆP.pdf';
  const { issue, articles } = cli.bulletin;
  if ((issue === null) === (articles === null)) throw new CliUsageError(`Cần đúng một trong hai: --issue SỐ hoặc --articles ID,ID,… Cách dùng: ${usage}`);
  if (!cli.out) throw new CliUsageError(`Thiếu tệp kết quả (--out). Cách dùng: ${usage}`);
  const s = app.services;
  let id: string;
  if (issue !== null) {
    const n = Number(issue.replace(/^số\s*/i, ''));
    if (!Number.isInteger(n) || n < 1) throw new CliUsageError(`Số bản tin không hợp lệ: “${issue}”. Ví dụ: --issue 1`);
    id = s.bulletins.byNumber(n).id;
  } else {
    if (articles!.length === 0) throw new CliUsageError(`Thiếu mã bài viết sau --articles. Cách dùng: ${usage}`);
    const composed = s.bulletins.composeFrom(articles!, app.ctx.user);
    io.stderr(`Đã soạn bản tin Số ${composed.number} từ ${articles!.length} bài${composed.draft ? ' (BẢN NHÁP: có bài chưa duyệt)' : ''}.`);
    id = composed.id;
  }
  const printed = await s.bulletinPrinter.print(id, app.ctx.user);
  writeFileSync(cli.out, printed.bytes);
  io.stdout(cli.out);
  io.stderr(`Đã in bản tin ra ${cli.out}: ${printed.pageCount} trang${printed.draft ? ', BẢN NHÁP' : ''} (${Math.ceil(printed.bytes.length / 1024)} KB)`);
  return 0;
}

function list(app: App, json: boolean, io: CliIo): number {
  const items: ArticleSummary[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = app.services.articles.list({ sort: 'modifiedAt', direction: 'desc', offset, limit: PAGE });
    items.push(...page.items);
    if (page.items.length < PAGE || items.length >= page.total) break;
  }
  if (json) {
    io.stdout(JSON.stringify(items.map((a) => ({ id: a.id, title: a.title, status: a.status, category: a.category, articleType: a.articleType, author: a.author, publishAt: a.publishAt, modifiedAt: a.modifiedAt }))));
  } else {
    for (const a of items) io.stdout(`${a.id}\t${STATUS_LABELS[a.status]}\t${displayTitle(a.title)}`);
    io.stderr(`${items.length} bài viết`);
  }
  return 0;
}

function search(app: App, words: string[], json: boolean, io: CliIo): number {
  if (words.length !== 1 || words[0]!.trim() === '') {
    throw new CliUsageError('Cần đúng một từ khóa tìm kiếm, đặt trong dấu ngoặc kép: npm run cli -- search --workspace THƯ_MỤC "từ khóa"');
  }
  const hits = app.services.articles.search(words[0]!, SEARCH_LIMIT);
  if (json) {
    io.stdout(JSON.stringify(hits.map((h) => ({ id: h.id, title: h.title, status: h.status, category: h.category, exact: h.exact, snippet: h.snippet.map((s) => s.text).join('') }))));
  } else {
    for (const h of hits) io.stdout(`${h.id}\t${displayTitle(h.title)}`);
    io.stderr(`${hits.length} kết quả`);
  }
  return 0;
}
