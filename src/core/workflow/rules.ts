// The workflow as data: which capability may take which action from which state, where it leads,
// and who may edit the content in each state. New actions (publishing, take-down) add rows here.
import { capabilitiesOf, type Capability, type Role } from '../../shared/accounts';
import { STATUS_LABELS, type ArticleStatus } from '../../shared/article';
import { ACTION_LABELS, WORKFLOW_ACTIONS, type ActionAvailability, type EditRight, type Refusal, type WorkflowAction } from '../../shared/workflow';

export interface TransitionRule {
  action: WorkflowAction;
  by: Capability;
  from: readonly ArticleStatus[];
}

export interface ActionSpec {
  to: ArticleStatus;
  /** "Trả lại" needs a reason the author will read. */
  needsReason?: boolean;
  /** "Ký duyệt": re-entered password, a signature, and separation of duties. */
  signs?: boolean;
  /** "Hủy duyệt": the current sign-off is voided. */
  voidsSignOff?: boolean;
}

export const ACTION_SPECS: Record<WorkflowAction, ActionSpec> = {
  'gui-duyet': { to: 'cho_bien_tap' },
  'chuyen-trinh-duyet': { to: 'cho_duyet' },
  'tra-lai': { to: 'tra_lai', needsReason: true, voidsSignOff: true },
  'ky-duyet': { to: 'da_duyet', signs: true },
  'huy-duyet': { to: 'cho_duyet', voidsSignOff: true },
  'luu-tru': { to: 'luu_tru', voidsSignOff: true },
  // A published (or scheduled) article is changed by way of a new version: back to Chờ duyệt, signed again,
  // then "Cập nhật" or "Cải chính" sends it to the same remote item. The portal keeps the old one meanwhile.
  'sua-bai-da-dang': { to: 'cho_duyet', voidsSignOff: true }
};

/** Archivable by the board's leaders from every state except those owned by publishing (Hẹn giờ, Đã xuất bản). */
const LEADER_ARCHIVE: readonly ArticleStatus[] = ['nhap', 'cho_bien_tap', 'cho_duyet', 'da_duyet', 'tra_lai', 'da_go'];

export const TRANSITIONS: readonly TransitionRule[] = [
  { action: 'gui-duyet', by: 'author', from: ['nhap', 'tra_lai'] },
  { action: 'chuyen-trinh-duyet', by: 'reviewer', from: ['cho_bien_tap'] },
  { action: 'tra-lai', by: 'reviewer', from: ['cho_bien_tap', 'cho_duyet'] },
  { action: 'tra-lai', by: 'approver', from: ['cho_duyet', 'da_duyet'] },
  { action: 'ky-duyet', by: 'approver', from: ['cho_duyet'] },
  { action: 'huy-duyet', by: 'approver', from: ['da_duyet'] },
  { action: 'luu-tru', by: 'author', from: ['nhap', 'tra_lai'] },
  { action: 'luu-tru', by: 'approver', from: LEADER_ARCHIVE },
  { action: 'luu-tru', by: 'admin', from: LEADER_ARCHIVE },
  { action: 'sua-bai-da-dang', by: 'reviewer', from: ['da_xuat_ban', 'hen_gio'] },
  { action: 'sua-bai-da-dang', by: 'approver', from: ['da_xuat_ban', 'hen_gio'] }
];

/**
 * Who may change content in each state. Editing an approved article (reviewer/approver in Đã duyệt)
 * is allowed on purpose: the save voids the sign-off and sends the article back to Chờ duyệt.
 */
export const EDIT_RIGHTS: Record<Capability, readonly ArticleStatus[]> = {
  author: ['nhap', 'tra_lai'],
  reviewer: ['cho_bien_tap', 'cho_duyet', 'da_duyet'],
  approver: ['cho_duyet', 'da_duyet'],
  admin: []
};

/** Capabilities allowed to take over someone else's edit lock. */
export const TAKE_OVER: readonly Capability[] = ['reviewer', 'approver'];

const WHO: Record<Capability, string> = {
  author: 'Cộng tác viên hoặc Biên tập viên',
  reviewer: 'Thành viên BBT hoặc Thư ký',
  approver: 'Phó trưởng ban hoặc Trưởng ban',
  admin: 'Quản trị'
};

export interface ActorFacts {
  userId: string;
  roles: readonly Role[];
}

export interface ArticleFacts {
  status: ArticleStatus;
  createdBy: string;
  /** Who saved the current content last. */
  modifiedBy: string;
}

function whoList(caps: Capability[]): string {
  return [...new Set(caps)].map((c) => WHO[c]).join(', ');
}

function refuse(refusal: Refusal, reason: string): { allowed: false; refusal: Refusal; reason: string } {
  return { allowed: false, refusal, reason };
}

/** Whether `actor` may take `action` on the article now; refusals carry a Vietnamese reason. */
export function evaluateAction(action: WorkflowAction, actor: ActorFacts, article: ArticleFacts, separationOfDuties: boolean): ActionAvailability {
  const label = ACTION_LABELS[action];
  const state = STATUS_LABELS[article.status];
  const rules = TRANSITIONS.filter((r) => r.action === action && r.from.includes(article.status));
  if (rules.length === 0) return { action, ...refuse('STATE', `Không thể “${label}” khi bài đang ở trạng thái “${state}”.`) };
  const caps = capabilitiesOf([...actor.roles]);
  if (!rules.some((r) => caps.has(r.by))) {
    return { action, ...refuse('ROLE', `Chỉ ${whoList(rules.map((r) => r.by))} mới được “${label}” bài ở trạng thái “${state}”.`) };
  }
  if (ACTION_SPECS[action].signs && separationOfDuties) {
    if (article.createdBy === actor.userId) {
      return { action, ...refuse('SEPARATION_OF_DUTIES', 'Bạn là người viết bài này nên không được tự ký duyệt; hãy nhờ lãnh đạo khác của Ban ký.') };
    }
    if (article.modifiedBy === actor.userId) {
      return { action, ...refuse('SEPARATION_OF_DUTIES', 'Bạn là người sửa bài này lần cuối nên không được tự ký duyệt; hãy nhờ lãnh đạo khác của Ban ký.') };
    }
  }
  return { action, allowed: true };
}

export function evaluateAll(actor: ActorFacts, article: ArticleFacts, separationOfDuties: boolean): ActionAvailability[] {
  return WORKFLOW_ACTIONS.map((a) => evaluateAction(a, actor, article, separationOfDuties));
}

/** Whether `actor` may change the content (fields, body, attachments) in the article's state. */
export function evaluateEdit(actor: ActorFacts, status: ArticleStatus): EditRight {
  const state = STATUS_LABELS[status];
  const who = (Object.keys(EDIT_RIGHTS) as Capability[]).filter((c) => EDIT_RIGHTS[c].includes(status));
  if (who.length === 0) return { ...refuse('STATE', `Bài ở trạng thái “${state}” không sửa được nội dung.`), canTakeOver: false };
  const caps = capabilitiesOf([...actor.roles]);
  if (!who.some((c) => caps.has(c))) return { ...refuse('ROLE', `Ở trạng thái “${state}”, chỉ ${whoList(who)} mới được sửa bài.`), canTakeOver: false };
  return { allowed: true, canTakeOver: mayTakeOver(actor.roles) };
}

export function mayTakeOver(roles: readonly Role[]): boolean {
  const caps = capabilitiesOf([...roles]);
  return TAKE_OVER.some((c) => caps.has(c));
}
