// The article as the portal's "Tin Tức Mở Rộng" content type defines it, plus workflow fields.
import { z } from 'zod';
import { isoDateTime } from './date-schemas';

/** Workflow states; who may move an article between them is core/workflow/rules.ts. */
export const ARTICLE_STATUSES = [
  'nhap',
  'cho_bien_tap',
  'cho_duyet',
  'da_duyet',
  'hen_gio',
  'da_xuat_ban',
  'tra_lai',
  'da_go',
  'luu_tru'
] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  nhap: 'Nháp',
  cho_bien_tap: 'Chờ biên tập',
  cho_duyet: 'Chờ duyệt',
  da_duyet: 'Đã duyệt',
  hen_gio: 'Hẹn giờ',
  da_xuat_ban: 'Đã xuất bản',
  tra_lai: 'Trả lại',
  da_go: 'Đã gỡ',
  luu_tru: 'Lưu trữ'
};

/** SharePoint moderation codes: 0 Approved, 1 Denied, 2 Pending, 3 Draft, 4 Scheduled. */
export const APPROVAL_STATUS_LABELS: Record<number, string> = {
  0: 'Approved',
  1: 'Rejected',
  2: 'Pending',
  3: 'Draft',
  4: 'Scheduled'
};

export function approvalStatusOf(status: ArticleStatus): 0 | 1 | 2 | 3 | 4 {
  switch (status) {
    case 'da_duyet':
    case 'da_xuat_ban':
      return 0;
    case 'tra_lai':
      return 1;
    case 'cho_bien_tap':
    case 'cho_duyet':
      return 2;
    case 'hen_gio':
      return 4;
    default:
      return 3;
  }
}

export const MAX_TITLE = 500;
export const MAX_SUMMARY = 4000;
export const MAX_AUTHOR = 200;
/** Body JSON above this is refused with a clear message (a 20 MB paste must not corrupt anything). */
export const MAX_BODY_JSON_BYTES = 30 * 1024 * 1024;

/**
 * What one paste may bring. Text above maxTextChars (about 150,000 words: seven times the 20,000-word article
 * the typing benchmark measures, and a few MB of body JSON, far below MAX_BODY_JSON_BYTES and the
 * article.save request limit) is refused with a message instead of freezing the editor; images inside a
 * paste do not count, they are stored as workspace media (each within MAX_IMAGE_BYTES). Pastes above
 * backgroundAboveChars (or with embedded images) are processed after the "Đang xử lý nội dung dán…" state
 * has been painted.
 */
export const PASTE_LIMITS = { maxTextChars: 1_000_000, backgroundAboveChars: 100_000 } as const;

export function pasteTooLargeMessage(chars: number): string {
  const n = (x: number) => x.toLocaleString('vi-VN');
  return `Nội dung dán quá lớn (${n(chars)} ký tự, tối đa ${n(PASTE_LIMITS.maxTextChars)} ký tự, khoảng 150.000 từ). Hãy dán thành nhiều phần nhỏ hơn; nội dung đang có trong bài không bị thay đổi.`;
}

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const isoDate = z.iso.datetime({ offset: true });

/** Lexical serialized editor state with the Lexical version that wrote it. */
export const BodySchema = z.object({
  lexicalVersion: z.string().min(1).max(40),
  json: z.string().max(MAX_BODY_JSON_BYTES)
});
export type Body = z.infer<typeof BodySchema>;

/** A count that is computed from the content unless someone overrides it. */
export const CountSchema = z.object({
  value: z.number().int().min(0).max(100000),
  overridden: z.boolean()
});
export type Count = z.infer<typeof CountSchema>;

export const AttachmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  hash: sha256,
  addedAt: isoDate,
  addedBy: z.string()
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** Fields an editor changes. Validation messages are produced in core (Vietnamese, per field). */
export const ArticleFieldsSchema = z.object({
  title: z.string(),
  imageHash: sha256.nullable(),
  imageCaption: z.string(),
  summary: z.string(),
  body: BodySchema,
  alternateLink: z.string(),
  publishAt: isoDateTime.nullable(),
  featured: z.boolean(),
  author: z.string(),
  category: z.string(),
  articleType: z.string(),
  pageCount: CountSchema,
  photoCount: CountSchema
});
export type ArticleFields = z.infer<typeof ArticleFieldsSchema>;

export interface UserRef {
  id: string;
  name: string;
}

/** Only id and name: a session user also carries login and roles, which do not belong in stored content. */
export function userRefOf(user: UserRef): UserRef {
  return { id: user.id, name: user.name };
}

export interface Article extends ArticleFields {
  id: string;
  status: ArticleStatus;
  /** SharePoint approval code derived from status. */
  approvalStatus: 0 | 1 | 2 | 3 | 4;
  viewCount: number;
  attachments: Attachment[];
  /** Number of saved revisions (1 after creation). */
  version: number;
  /** Id of the immutable revision row holding this content. */
  revisionId: string;
  contentHash: string;
  bodyText: string;
  wordCount: number;
  createdAt: string;
  createdBy: UserRef;
  modifiedAt: string;
  modifiedBy: UserRef;
}

/** "Nhập từ Word": the new article, and Vietnamese notes on what the import could not keep or changed. */
export interface ImportedArticle {
  article: Article;
  warnings: string[];
}

export interface ArticleSummary {
  id: string;
  title: string;
  status: ArticleStatus;
  category: string;
  articleType: string;
  author: string;
  featured: boolean;
  publishAt: string | null;
  modifiedAt: string;
  createdAt: string;
  wordCount: number;
  imageHash: string | null;
  /** Comment threads not resolved yet. */
  openComments: number;
}

export interface HistoryEntry {
  id: string;
  at: string;
  user: UserRef;
  action: string;
  /** Vietnamese description for the "Lịch sử" view. */
  description: string;
  version: number | null;
}

export const SORT_KEYS = ['modifiedAt', 'createdAt', 'publishAt', 'title', 'author', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const ListQuerySchema = z.object({
  status: z.enum(ARTICLE_STATUSES).optional(),
  category: z.string().optional(),
  articleType: z.string().optional(),
  author: z.string().optional(),
  /** Inclusive range on publishAt (or modifiedAt when unset), ISO strings. */
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  sort: z.enum(SORT_KEYS).default('modifiedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100)
});
export type ListQuery = z.input<typeof ListQuerySchema>;

export interface ListPage {
  total: number;
  items: ArticleSummary[];
}

export interface SearchHit {
  id: string;
  title: string;
  status: ArticleStatus;
  category: string;
  modifiedAt: string;
  /** Snippet segments; `hit` marks matched words, for highlighting without HTML. */
  snippet: { text: string; hit: boolean }[];
  /** Title segments with matches marked. */
  titleParts: { text: string; hit: boolean }[];
  exact: boolean;
}

export const DEFAULT_CATEGORIES = [
  'Tin tức – sự kiện',
  'Thông báo',
  'Chỉ đạo – điều hành',
  'Văn bản',
  'Cải cách hành chính',
  'Kinh tế',
  'Văn hóa – Xã hội',
  'Quốc phòng – An ninh',
  'Nông thôn mới'
];

export const DEFAULT_ARTICLE_TYPES = ['Tin', 'Tin ảnh', 'Bài', 'Phóng sự', 'Phỏng vấn', 'Tổng hợp', 'Tường thuật', 'Bình luận', 'Nghiên cứu'];

export const IMAGE_MIME = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_MIME = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/zip',
  'image/jpeg',
  'image/png'
] as const;
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/** The editable fields of an article (what a save sends and a restore brings back). */
export function fieldsOf(a: ArticleFields): ArticleFields {
  return {
    title: a.title,
    imageHash: a.imageHash,
    imageCaption: a.imageCaption,
    summary: a.summary,
    body: a.body,
    alternateLink: a.alternateLink,
    publishAt: a.publishAt,
    featured: a.featured,
    author: a.author,
    category: a.category,
    articleType: a.articleType,
    pageCount: a.pageCount,
    photoCount: a.photoCount
  };
}
