// Publishing targets, the outbox and receipts as they cross the IPC boundary and the CLI.
import { z } from 'zod';
import type { Role } from './accounts';

export const TARGET_TYPES = ['folder', 'wordpress', 'sharepoint'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

/** Who may send approved articles to a portal ("Xuất bản", "Cập nhật", "Cải chính"), and who may take them down. */
export const PUBLISH_ROLES: readonly Role[] = ['bien_tap_vien', 'thu_ky', 'thanh_vien', 'pho_truong_ban', 'truong_ban'];
export const TAKE_DOWN_ROLES: readonly Role[] = ['thu_ky', 'pho_truong_ban', 'truong_ban'];

export const TARGET_TYPE_LABELS: Record<TargetType, string> = {
  folder: 'Thư mục',
  wordpress: 'WordPress',
  sharepoint: 'SharePoint'
};

/**
 * How the app signs in to the portal. SharePoint on premises: `integrated` (Windows/NTLM through
 * Electron's network stack), `ntlm` (user + password), `forms` (FedAuth cookie), `bearer` (token);
 * WordPress: `app-password`; a folder: `none`.
 */
export const AUTH_KINDS = ['none', 'integrated', 'ntlm', 'basic', 'forms', 'bearer', 'app-password'] as const;
export type AuthKind = (typeof AUTH_KINDS)[number];

/** The article fields a target's columns/meta can carry (the admin maps them to the portal's names). */
export const PORTAL_FIELDS = [
  'title',
  'html',
  'summary',
  'image',
  'imageCaption',
  'author',
  'category',
  'articleType',
  'publishAt',
  'featured',
  'alternateLink',
  'pageCount',
  'photoCount',
  'responsible',
  'agency',
  'syncKey',
  'fingerprint',
  'contentHash',
  'views'
] as const;
export type PortalField = (typeof PORTAL_FIELDS)[number];

/** How each field is named in the app (the mapping table, the gate's messages). */
export const PORTAL_FIELD_LABELS: Record<PortalField, string> = {
  title: 'Tiêu đề',
  html: 'Nội dung',
  summary: 'Tóm tắt',
  image: 'Hình ảnh',
  imageCaption: 'Hình ảnh mô tả',
  author: 'Tác giả',
  category: 'Phân loại',
  articleType: 'Loại bài viết',
  publishAt: 'Ngày xuất bản',
  featured: 'Tin nổi bật',
  alternateLink: 'Link thay thế nội dung',
  pageCount: 'Số Trang',
  photoCount: 'Số Ảnh',
  responsible: 'Chịu trách nhiệm chính',
  agency: 'Cơ quan',
  syncKey: 'Khóa đồng bộ',
  fingerprint: 'Dấu vân tay phê duyệt',
  contentHash: 'Mã băm nội dung',
  views: 'Số lượt người đọc'
};

/** Article field → the portal's column (SharePoint InternalName) or meta key (WordPress); null: not written. */
export type FieldMapping = Partial<Record<PortalField, string | null>>;

const mappingSchema = z.partialRecord(z.enum(PORTAL_FIELDS), z.string().max(200).nullable());

const configFields = {
  /** Site URL (SharePoint web, WordPress home). */
  url: z.string().max(2000),
  /** Folder target: where the HTML, images and manifest go (e.g. a USB stick). */
  folder: z.string().max(2000),
  /** SharePoint list title. */
  list: z.string().max(255),
  /** SharePoint REST profile: detected by default. */
  profile: z.enum(['auto', '2013', '2016']),
  auth: z.enum(AUTH_KINDS),
  user: z.string().max(200),
  /** Article field → portal column/meta key (proposed by discovery, editable). */
  mapping: mappingSchema,
  /** Fields the portal requires (SharePoint reports Required columns but does not enforce them): the gate does. */
  required: z.array(z.enum(PORTAL_FIELDS)).max(PORTAL_FIELDS.length),
  /** Append the "Chịu trách nhiệm chính" + agency block to the article HTML (folder targets always do). */
  appendImprint: z.boolean(),
  /** The portal's categories as "Kiểm tra kết nối" last found them: the gate checks the article's Phân loại against them. */
  categories: z.array(z.string().max(200)).max(1000),
  /** The portal's accepted article types (a SharePoint Choice column), as last discovered; empty: any. */
  articleTypes: z.array(z.string().max(200)).max(1000),
  /** SharePoint: "Kiểm tra kết nối" found the list schedules (content approval + Scheduling Start Date), so a future
   *  article is sent at once and the portal holds it; otherwise it waits in the outbox until due. */
  schedules: z.boolean()
};

/** Everything about a target except its secret (password/token), which never leaves the main process. */
export const TargetConfigSchema = z.object({
  url: configFields.url.default(''),
  folder: configFields.folder.default(''),
  list: configFields.list.default(''),
  profile: configFields.profile.default('auto'),
  auth: configFields.auth.default('none'),
  user: configFields.user.default(''),
  mapping: configFields.mapping.default({}),
  required: configFields.required.default([]),
  appendImprint: configFields.appendImprint.default(true),
  categories: configFields.categories.default([]),
  articleTypes: configFields.articleTypes.default([]),
  schedules: configFields.schedules.default(false)
});
/** A change to a target's configuration: only the fields given change. */
export const TargetConfigPatchSchema = z.object(configFields).partial();
export type TargetConfig = z.output<typeof TargetConfigSchema>;

export interface PublishTarget {
  id: string;
  name: string;
  type: TargetType;
  config: TargetConfig;
  /** A password or token is stored (in the main process only). */
  hasSecret: boolean;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What a publication does on the portal. */
export const OUTBOX_KINDS = ['publish', 'update', 'take-down', 'correction'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export const OUTBOX_KIND_LABELS: Record<OutboxKind, string> = {
  publish: 'Xuất bản',
  update: 'Cập nhật',
  'take-down': 'Gỡ bài',
  correction: 'Cải chính'
};

/** Queue states as "Hàng đợi xuất bản" shows them. */
export const OUTBOX_STATES = ['waiting', 'scheduled', 'sending', 'done', 'failed', 'cancelled'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const OUTBOX_STATE_LABELS: Record<OutboxState, string> = {
  waiting: 'Đang chờ',
  scheduled: 'Hẹn giờ',
  sending: 'Đang gửi',
  done: 'Đã xuất bản',
  failed: 'Lỗi',
  cancelled: 'Đã hủy'
};

export interface OutboxEntry {
  id: string;
  articleId: string;
  articleTitle: string;
  targetId: string;
  targetName: string;
  kind: OutboxKind;
  state: OutboxState;
  /** Vietnamese: why it failed, what it waits for ("Cổng chưa kết nối được; thử lại lúc 14:05"). */
  detail: string;
  attempts: number;
  createdAt: string;
  createdBy: string;
  /** When the worker will try next (backoff, Retry-After, or the scheduled date when the portal cannot schedule). */
  nextAttemptAt: string | null;
  /** Set once the portal confirmed. */
  remoteUrl: string | null;
  /** Done, and the portal itself holds the item until its Ngày xuất bản (WordPress `future`, SharePoint Scheduled). */
  portalScheduled: boolean;
}

/** A queue entry's state as the queue view and the CLI name it, saying which kind of "Hẹn giờ" it is. */
export function outboxStateLabel(entry: Pick<OutboxEntry, 'state' | 'kind' | 'portalScheduled'>): string {
  if (entry.state === 'done' && entry.kind === 'take-down') return 'Đã gỡ';
  if (entry.state === 'done' && entry.portalScheduled) return 'Hẹn giờ trên cổng';
  if (entry.state === 'scheduled') return 'Hẹn giờ (chờ trong hàng đợi đến giờ)';
  return OUTBOX_STATE_LABELS[entry.state];
}

/** The portal as a witness: what was published, when, under which sign-off and audit head. */
export interface PublicationReceipt {
  id: string;
  outboxId: string;
  articleId: string;
  targetId: string;
  kind: OutboxKind;
  remoteId: string;
  remoteUrl: string;
  remoteStatus: string;
  /** The portal's concurrency token after this write (SharePoint etag, WordPress modified_gmt). */
  remoteVersion: string | null;
  revisionId: string | null;
  /** SHA-256 of the article's signed content (null for a take-down). */
  contentHash: string | null;
  /** SHA-256 of the HTML sent to the portal (verify compares the portal's copy with it). */
  publishedHtmlHash: string | null;
  signOffId: string | null;
  fingerprint: string | null;
  auditHeadSeq: number;
  auditHeadHash: string;
  /**
   * The seal made at this publication, as a stamp line ("bbt-seal/1;s=…;g=…", see core/audit/seal-stamp.ts)
   * that `verify --seal` checks; null for a take-down and for receipts written before seals.
   */
  seal: string | null;
  at: string;
}

/** The gate's findings before "Xuất bản": errors block, warnings need confirmation. */
export interface PublishCheck {
  ok: boolean;
  errors: string[];
  warnings: string[];
  /** Where in the body the accessibility lines of errors/warnings point (matched by their text), for "Đến chỗ này". */
  places?: Array<{ line: string; place: A11yPlace }>;
}

/** A place in the article body: the nth image, heading, table or link (0-based, in document order). */
export interface A11yPlace {
  kind: 'image' | 'heading' | 'table' | 'link';
  index: number;
}

/** One accessibility finding on published or printed HTML (core/publishing/accessibility.ts). */
export interface PublishFinding {
  severity: 'error' | 'warning';
  message: string;
  /** Null when the finding is about the whole page (its language). */
  place: A11yPlace | null;
  /** A short quote of the text around the place. */
  quote: string;
}

/** One problem found by "Kiểm tra kết nối" or discovery, in Vietnamese. */
export interface ConnectionProblem {
  code: 'bad_url' | 'dns' | 'tls' | 'unreachable' | 'timeout' | 'auth' | 'forbidden' | 'no_api' | 'missing_list' | 'missing_columns' | 'no_folder' | 'not_writable' | 'other';
  message: string;
}

/** What discovery found on the portal: its columns (to propose a mapping) and what it supports. */
export interface PortalDiscovery {
  ok: boolean;
  problems: ConnectionProblem[];
  /** Human summary in Vietnamese ("SharePoint 2013 (odata=verbose), danh sách “Tin Tức Mở Rộng”, 14 cột"). */
  summary: string;
  /** Portal columns / meta keys available, with their display titles. */
  columns: Array<{ name: string; title: string; type: string; required: boolean }>;
  /** A mapping proposed from the columns (the admin may edit it). */
  proposedMapping: FieldMapping;
  /** Whether the portal holds a future item until its date (WordPress `future`, SharePoint scheduling). */
  schedules: boolean;
  /** Whether a unique sync-key column/meta exists (else: look up before re-creating). */
  uniqueKey: boolean;
  categories: string[];
  /** The values a choice-type "Loại bài viết" column accepts (empty: anything). */
  articleTypes?: string[];
}
