// `act`: one workflow action as a given user, through the app's own login and dispatch, so the
// command line gets exactly the permission checks of the UI.
import { displayTitle } from '../../core/articles/display';
import { STATUS_LABELS } from '../../shared/article';
import { ACTION_LABELS, WORKFLOW_ACTIONS, type WorkflowAction, type WorkflowView } from '../../shared/workflow';
import type { App } from '../app';
import { asUser } from './session';
import { CliUsageError, type ParsedCli } from './args';
import type { CliIo } from './commands';

export async function act(app: App, cli: ParsedCli, io: CliIo): Promise<number> {
  const { article, action, user, reason, comments, revision } = cli.act;
  const password = cli.password;
  const usage = 'npm run cli -- act --workspace THƯ_MỤC --article ID --action HÀNH_ĐỘNG --user TÊN_ĐĂNG_NHẬP --password MẬT_KHẨU [--reason LÝ_DO] [--comment MÃ_BÌNH_LUẬN]… [--revision MÃ_PHIÊN_BẢN]';
  if (!article || !action || !user || password === null) throw new CliUsageError(`Thiếu tham số. Cách dùng: ${usage}`);
  if (!(WORKFLOW_ACTIONS as readonly string[]).includes(action)) {
    throw new CliUsageError(`Hành động không hợp lệ: “${action}”. Các hành động có: ${WORKFLOW_ACTIONS.join(', ')}.`);
  }
  return asUser(app, user, password, io, async (conn) => {
    // Without --revision the command acts on the current revision, and says which (its content hash) below.
    const before = app.services.articles.get(article);
    const input = { articleId: article, action, reason: reason ?? undefined, password, revisionId: revision ?? before.revisionId, ...(comments.length > 0 ? { commentIds: comments } : {}) };
    const result = await app.dispatch('workflow.act', input, conn);
    if (!result.ok) {
      const refusal = (result.error as { refusal?: string }).refusal;
      io.stderr(`Bị từ chối${refusal ? ` [${refusal}]` : ''}: ${result.error.message}`);
      return 1;
    }
    const view = result.value as WorkflowView;
    const title = app.services.articles.get(article).title;
    io.stdout(`${ACTION_LABELS[action as WorkflowAction]}: “${displayTitle(title)}” → ${STATUS_LABELS[view.status]}`);
    io.stdout(`Phiên bản ${before.version} (${before.revisionId}), mã băm nội dung ${before.contentHash}`);
    return 0;
  });
}
