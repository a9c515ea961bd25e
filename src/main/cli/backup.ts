// `backup --out FILE` and `restore --from FILE [--force]`. A backup beside the running app is useful (the
// online backup API is safe with a concurrent writer), so when the app holds the workspace lock the backup
// opens the database read-only instead of refusing; its seal then cannot be noted in the chain.
import { existsSync } from 'node:fs';
import { openApp, type App } from '../app';
import { restoreBackup } from '../backup/restore';
import { backupWorkspace } from '../backup/workspace-backup';
import { WorkspaceLockedError } from '../workspace-lock';
import { CliUsageError, type ParsedCli } from './args';
import type { CliIo } from './commands';
import { verify } from './verify';

export async function backupVerb(cli: ParsedCli & { workspace: string }, io: CliIo): Promise<number> {
  if (!cli.out) throw new CliUsageError('Thiếu tệp sao lưu (--out). Cách dùng: npm run cli -- backup --workspace THƯ_MỤC --out TỆP.bbtbackup');
  if (existsSync(cli.out)) throw new CliUsageError(`Tệp “${cli.out}” đã có; hãy chọn tên khác (bản sao lưu cũ không bị ghi đè).`);
  const log = (l: string) => io.stderr(l);
  let app: App;
  let readOnly = false;
  try {
    app = openApp({ workspaceDir: cli.workspace, mode: 'cli', verb: 'backup', log });
  } catch (err) {
    if (!(err instanceof WorkspaceLockedError)) throw err;
    io.stderr(`${err.message}\nVẫn sao lưu được khi thư mục đang mở: đọc dữ liệu ở chế độ chỉ đọc; lần niêm phong kèm bản sao lưu sẽ không ghi vào nhật ký.`);
    app = openApp({ workspaceDir: cli.workspace, mode: 'cli', verb: 'backup', readOnly: true, log });
    readOnly = true;
  }
  try {
    const { manifest } = await backupWorkspace(app, cli.out, { now: new Date(), readOnly });
    const articles = manifest.rowCounts.articles ?? 0;
    io.stdout(cli.out);
    io.stderr(`Đã sao lưu và kiểm tra: ${articles} bài viết, ${manifest.media.length} tệp ảnh/đính kèm${manifest.seal ? `, niêm phong nhật ký đến mục số ${manifest.seal.seq}` : ''}.`);
    if (manifest.damagedMedia.length > 0) {
      io.stderr(`Cảnh báo: ${manifest.damagedMedia.length} tệp trong thư mục media đã bị hỏng từ trước nên không được sao lưu: ${manifest.damagedMedia.join(', ')}`);
    }
    return 0;
  } finally {
    app.close();
  }
}

export async function restoreVerb(cli: ParsedCli & { workspace: string }, io: CliIo): Promise<number> {
  if (!cli.from) throw new CliUsageError('Thiếu tệp sao lưu (--from). Cách dùng: npm run cli -- restore --workspace THƯ_MỤC --from TỆP.bbtbackup [--force]');
  const log = (l: string) => io.stderr(l);
  const done = await restoreBackup({ from: cli.from, workspaceDir: cli.workspace, force: cli.force, program: 'dòng lệnh Ban Biên Tập (lệnh restore)', now: new Date(), log });
  io.stderr(`Đã khôi phục bản sao lưu lúc ${done.manifest.createdAt} vào ${cli.workspace}.`);
  if (done.previous) io.stderr(`Dữ liệu cũ của thư mục này được giữ nguyên tại ${done.previous}.`);
  const app = openApp({ workspaceDir: cli.workspace, mode: 'cli', verb: 'restore', log });
  try {
    return verify(app, false, io);
  } finally {
    app.close();
  }
}
