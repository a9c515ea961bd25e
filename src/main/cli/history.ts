// `history`: every version of one article, newest first (the "Phiên bản" timeline), as text or JSON.
import { STATUS_LABELS } from '../../shared/article';
import type { VersionKind } from '../../shared/versions';
import type { App } from '../app';
import { CliUsageError, type ParsedCli } from './args';
import type { CliIo } from './commands';

const KIND_LABELS: Record<VersionKind, string> = {
  autosave: 'Tự động lưu',
  named: 'Phiên bản đặt tên',
  workflow: 'Chuyển trạng thái',
  restore: 'Khôi phục'
};

export function history(app: App, cli: ParsedCli, io: CliIo): number {
  const articleId = cli.act.article;
  if (!articleId) throw new CliUsageError('Thiếu mã bài viết. Cách dùng: npm run cli -- history --workspace THƯ_MỤC --article ID [--json]');
  const versions = app.services.versions.list(articleId);
  if (cli.json) {
    io.stdout(JSON.stringify(versions.map((v) => ({
      id: v.id,
      revisionId: v.revisionId,
      number: v.number,
      kind: v.kind,
      note: v.note,
      status: v.status,
      createdAt: v.createdAt,
      createdBy: v.createdBy,
      contentHash: v.contentHash,
      title: v.title,
      wordCount: v.wordCount
    }))));
  } else {
    for (const v of versions) {
      io.stdout([`Phiên bản ${v.number}`, KIND_LABELS[v.kind], v.createdAt, v.createdBy.name, STATUS_LABELS[v.status], v.note].join('\t'));
    }
    io.stderr(`${versions.length} phiên bản`);
  }
  return 0;
}
