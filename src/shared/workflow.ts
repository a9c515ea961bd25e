// Workflow actions, sign-offs, audit entries and edit locks as they cross the IPC boundary.
import type { ArticleStatus, ArticleSummary, UserRef } from './article';

export const WORKFLOW_ACTIONS = ['gui-duyet', 'chuyen-trinh-duyet', 'tra-lai', 'ky-duyet', 'huy-duyet', 'luu-tru', 'sua-bai-da-dang'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** Button labels (also their accessible names). */
export const ACTION_LABELS: Record<WorkflowAction, string> = {
  'gui-duyet': 'Gửi duyệt',
  'chuyen-trinh-duyet': 'Chuyển trình duyệt',
  'tra-lai': 'Trả lại',
  'ky-duyet': 'Ký duyệt',
  'huy-duyet': 'Hủy duyệt',
  'luu-tru': 'Lưu trữ',
  'sua-bai-da-dang': 'Sửa bài đã đăng'
};

/** Refusal codes, stable for tests and scripts; the message is Vietnamese. */
export const REFUSALS = [
  'NOT_LOGGED_IN',
  'ROLE',
  'STATE',
  'SEPARATION_OF_DUTIES',
  'REASON_REQUIRED',
  'BAD_PASSWORD',
  /** The signing key was made by an administrator's password reset: the user must set their own password. */
  'KEY_PENDING',
  'LOCKED_BY_OTHER',
  /** The article changed after the version the user acted on (shown on their screen). */
  'CHANGED_SINCE_SEEN'
] as const;
export type Refusal = (typeof REFUSALS)[number];

export interface ActionAvailability {
  action: WorkflowAction;
  allowed: boolean;
  refusal?: Refusal;
  /** Vietnamese reason shown on hover when not allowed. */
  reason?: string;
}

export interface EditRight {
  allowed: boolean;
  /** May this user take the edit lock over from someone else (rules.mayTakeOver)? */
  canTakeOver: boolean;
  refusal?: Refusal;
  reason?: string;
}

export interface WorkflowView {
  status: ArticleStatus;
  actions: ActionAvailability[];
  edit: EditRight;
  lock: EditLockInfo | null;
  /** The last valid sign-off of the current version, if any. */
  signOff: SignOffView | null;
  /** The latest "Trả lại" reason while the article is returned, with the comment threads it points at. */
  returned: { reason: string; by: UserRef; at: string; commentIds: string[] } | null;
}

export interface SignOffView {
  id: string;
  articleId: string;
  revisionId: string;
  contentHash: string;
  signedAt: string;
  signer: UserRef & { position: string };
  keyId: string;
  comment: string;
  /** Signature checks out against the signer's public key and the description. */
  signatureValid: boolean;
  /** The signed content is still the article's current content. */
  current: boolean;
  voidedReason: string | null;
}

export interface AuditEntry {
  id: string;
  seq: number;
  at: string;
  user: UserRef | null;
  action: string;
  articleId: string | null;
  description: string;
  details: Record<string, unknown>;
  hash: string;
  prevHash: string;
}

export interface EditLockInfo {
  articleId: string;
  holder: UserRef;
  since: string;
  expiresAt: string;
  mine: boolean;
}

export interface MyWorkItem extends ArticleSummary {
  note?: string;
  by?: UserRef;
  at?: string;
}

export interface MyWork {
  toEdit: MyWorkItem[];
  toReview: MyWorkItem[];
  toSign: MyWorkItem[];
  returnedByMe: MyWorkItem[];
  returnedToMe: MyWorkItem[];
}
