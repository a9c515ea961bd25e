// Publishing from the command line: target-add, publish, take-down, publish-queue, portal-test and
// verify --target. publish/take-down log in as --user and go through dispatch, so the gate and the
// permissions are the app's; then the outbox is sent once (the command line has no background job).
import { TARGET_TYPES, TARGET_TYPE_LABELS, OUTBOX_KIND_LABELS, outboxStateLabel, type OutboxEntry, type TargetType } from '../../shared/publishing';
import { displayTitle } from '../../core/articles/display';
import type { SessionUser } from '../../shared/accounts';
import { fold } from '../../shared/text';
import type { App } from '../app';
import { asUser } from './session';
import { CliUsageError, type ParsedCli } from './args';
import type { CliIo } from './commands';

/** The command line acts as the local workspace's administrator for target settings (audited as "Dòng lệnh"). */
const CLI_ADMIN: SessionUser = { id: 'cli', name: 'Dòng lệnh', login: 'cli', position: '', roles: ['quan_tri'] };

export function targetAdd(app: App, cli: ParsedCli, io: CliIo): number {
  const { name, type, url, folder, list, token } = cli.publish;
  const usage = 'npm run cli -- target-add --workspace DIR --name NAME --type folder|wordpress|sharepoint [--url URL] [--folder DIR] [--list TITLE] [--user U --password P | --token T]';
  if (!name || !type) throw new CliUsageError(`Thiếu --name hoặc --type. Cách dùng: ${usage}`);
  if (!(TARGET_TYPES as readonly string[]).includes(type)) throw new CliUsageError(`Loại cổng không hợp lệ: “${type}” (folder, wordpress, sharepoint).`);
  const user = cli.act.user;
  const password = cli.password;
  if (token && (user || password)) throw new CliUsageError('Dùng --user/--password hoặc --token, không dùng cả hai.');
  const auth = type === 'folder' ? 'none' : token ? 'bearer' : type === 'wordpress' ? 'app-password' : 'ntlm';
  const target = app.services.publishing.addTarget(
    {
      name,
      type: type as TargetType,
      config: { url: url ?? '', folder: folder ?? '', list: list ?? '', auth, user: user ?? '' },
      secret: token ?? password ?? undefined
    },
    CLI_ADMIN
  );
  io.stdout(`Đã thêm cổng “${target.name}” (${TARGET_TYPE_LABELS[target.type]}), mã ${target.id}`);
  return 0;
}

export async function portalTest(app: App, cli: ParsedCli, io: CliIo): Promise<number> {
  const targetName = requireTarget(cli, 'portal-test --workspace DIR --target NAME');
  const report = await app.services.publishing.testTarget(targetName, CLI_ADMIN);
  if (cli.json) io.stdout(JSON.stringify(report));
  else {
    if (report.summary) io.stdout(report.summary);
    for (const p of report.problems) io.stderr(`- ${p.message}`);
    io.stdout(report.ok ? 'Kết nối được.' : 'Chưa kết nối được.');
  }
  return report.ok ? 0 : 1;
}

/** publish and take-down: as --user, through dispatch (gate, permissions), then the outbox sent once. */
export async function publishVerb(app: App, cli: ParsedCli, io: CliIo, kind: 'publish' | 'take-down'): Promise<number> {
  const usage = `${kind} --workspace DIR --article ID --target NAME --user LOGIN --password P${kind === 'publish' ? ' [--yes]' : ''}`;
  const targetName = requireTarget(cli, usage);
  const { user } = cli.act;
  const password = cli.password;
  if (!cli.act.article || !user || password === null) throw new CliUsageError(`Thiếu tham số. Cách dùng: npm run cli -- ${usage}`);
  const article = articleIdOf(app, cli.act.article);
  const target = app.services.publishing.target(targetName);
  const queued = await asUser(app, user, password, io, async (conn) => {
    const result =
      kind === 'publish'
        ? await app.dispatch('publish.enqueue', { articleId: article, targetId: target.id, confirm: cli.publish.yes, ...(cli.publish.correction !== null ? { correctionNote: cli.publish.correction } : {}) }, conn)
        : await app.dispatch('publish.takeDown', { articleId: article, targetId: target.id }, conn);
    if (!result.ok) {
      io.stderr(`Bị từ chối: ${result.error.message}`);
      if (result.error.fields?.confirm) io.stderr('Xem lại các cảnh báo; nếu vẫn xuất bản, chạy lại với --yes.');
      return 1;
    }
    const entry = result.value as OutboxEntry;
    io.stdout(`${OUTBOX_KIND_LABELS[entry.kind]} “${displayTitle(entry.articleTitle)}” lên “${entry.targetName}”: ${outboxStateLabel(entry)}. ${entry.detail}`);
    return 0;
  });
  return queued === 0 ? printOutcomes(await app.services.outbox.runOnce(), io) : queued;
}

export async function publishQueue(app: App, cli: ParsedCli, io: CliIo): Promise<number> {
  if (!cli.publish.once) throw new CliUsageError('Cách dùng: npm run cli -- publish-queue --workspace DIR --once (gửi các bài đến hạn trong hàng đợi một lần).');
  const outcomes = await app.services.outbox.runOnce();
  if (outcomes.length === 0) io.stdout('Không có bài nào đến hạn gửi.');
  return printOutcomes(outcomes, io);
}

export async function verifyTarget(app: App, cli: ParsedCli, io: CliIo): Promise<number> {
  const report = await app.services.witness.verifyTarget(cli.publish.target!);
  if (cli.json) io.stdout(JSON.stringify(report));
  else {
    for (const item of report.items) {
      if (item.ok) io.stdout(`Khớp: “${displayTitle(item.title)}” ${item.remoteUrl}${item.views !== null ? ` (${item.views} lượt đọc)` : ''}`);
      else io.stderr(`KHÔNG KHỚP: “${displayTitle(item.title)}” ${item.remoteUrl}: ${item.problems.join(' ')}`);
    }
    io.stdout(`${report.items.length} bài trên “${report.target}”: ${report.items.filter((i) => i.ok).length} khớp với chữ ký duyệt trong máy.`);
  }
  return report.ok ? 0 : 1;
}

function printOutcomes(outcomes: Array<{ entry: OutboxEntry; ok: boolean }>, io: CliIo): number {
  for (const { entry, ok } of outcomes) {
    const line = `${OUTBOX_KIND_LABELS[entry.kind]} “${displayTitle(entry.articleTitle)}” → “${entry.targetName}”: ${outboxStateLabel(entry)}. ${entry.detail}`;
    if (ok) io.stdout(line);
    else io.stderr(line);
  }
  return outcomes.every((o) => o.ok) ? 0 : 1;
}

/** `--article` takes the id, or words of the title that match exactly one article ("an ninh trật tự"). */
function articleIdOf(app: App, arg: string): string {
  if (/^[0-9a-f-]{36}$/i.test(arg)) return arg;
  const words = fold(arg).trim();
  const hits = app.services.articles.search(arg, 50).filter((h) => fold(h.title).includes(words));
  if (hits.length === 1) return hits[0]!.id;
  if (hits.length === 0) throw new CliUsageError(`Không tìm thấy bài nào có tiêu đề chứa “${arg}”. Dùng mã bài (xem: npm run cli -- list --workspace DIR).`);
  throw new CliUsageError(`Có ${hits.length} bài có tiêu đề chứa “${arg}”; hãy dùng mã bài:\n${hits.map((h) => `${h.id}\t${displayTitle(h.title)}`).join('\n')}`);
}

function requireTarget(cli: ParsedCli, usage: string): string {
  if (!cli.publish.target) throw new CliUsageError(`Thiếu --target. Cách dùng: npm run cli -- ${usage}`);
  return cli.publish.target;
}
