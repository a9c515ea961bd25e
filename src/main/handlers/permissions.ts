// Least privilege at the boundary: who may create, import, upload and read the audit log. The roles come
// from the session (refreshed when an admin edits the account), never from the renderer.
import { capabilitiesOf, type Capability, type SessionUser } from '../../shared/accounts';
import { evaluateEdit } from '../../core/workflow/rules';
import { WorkflowRefusal } from '../../core/workflow/refusal';
import type { AppServices } from '../app';

export const AUTHOR_ONLY = 'Chỉ Cộng tác viên hoặc Biên tập viên mới được tạo hoặc nhập bài viết.';
export const AUDIT_ONLY = 'Chỉ Quản trị, Phó trưởng ban hoặc Trưởng ban mới được xem nhật ký.';

export function requireCapability(user: SessionUser, allowed: readonly Capability[], message: string): void {
  const caps = capabilitiesOf(user.roles);
  if (!allowed.some((c) => caps.has(c))) throw new WorkflowRefusal('ROLE', message);
}

/** The user may change the article's content in its current state (the same rule as a save). */
export function requireEditRight(s: Pick<AppServices, 'articles'>, user: SessionUser, articleId: string): void {
  const article = s.articles.get(articleId);
  const right = evaluateEdit({ userId: user.id, roles: user.roles }, article.status);
  if (!right.allowed) throw new WorkflowRefusal(right.refusal!, right.reason!);
}
