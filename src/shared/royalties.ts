// Royalties (nhuận bút, Decree 18/2014/NĐ-CP): effective-dated coefficient tables, per-article decisions
// and period reports ("Bảng kê nhuận bút"). Money crosses the boundary as integer đồng; coefficients and
// percentages as decimal strings with at most 2 decimals ("1.5", "1,5", "20"), never as floats.
import { z } from 'zod';
import { ROLES, type Role } from './accounts';

/** A coefficient such as "1.5" or "1,5": 0–99.99, at most 2 decimals. */
export const CoefficientSchema = z
  .string()
  .trim()
  .regex(/^\d{1,2}([.,]\d{1,2})?$/, 'Hệ số là một số có tối đa 2 chữ số thập phân, ví dụ 1,5.');
/** A percentage such as "20" or "12,5": 0–999.99, at most 2 decimals. */
export const PercentSchema = z
  .string()
  .trim()
  .regex(/^\d{1,3}([.,]\d{1,2})?$/, 'Tỷ lệ phần trăm là một số có tối đa 2 chữ số thập phân, ví dụ 20 hoặc 12,5.');

/** "2026-11" (a month) or "2026-Q4" (a quarter), in Viet Nam time. */
export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2]|Q[1-4])$/;
export const PeriodSchema = z.string().trim().regex(PERIOD_PATTERN, 'Kỳ phải có dạng năm-tháng (2026-11) hoặc năm-quý (2026-Q4).');

export const CoefficientRangeSchema = z.object({ min: CoefficientSchema, max: CoefficientSchema });
export type CoefficientRange = z.infer<typeof CoefficientRangeSchema>;

/** One line of the table: an article type ("Loại bài viết", as the article names it) and its range. */
export const ArticleTypeRateSchema = z.object({ type: z.string().trim().min(1).max(200), min: CoefficientSchema, max: CoefficientSchema });
export type ArticleTypeRate = z.infer<typeof ArticleTypeRateSchema>;

/** An extra percentage the rules allow (e.g. difficult or dangerous conditions), ticked per article. */
export const RoyaltyExtraSchema = z.object({
  code: z.string().trim().min(1).max(50),
  label: z.string().trim().min(1).max(300),
  percent: PercentSchema
});
export type RoyaltyExtra = z.infer<typeof RoyaltyExtraSchema>;

export const PHOTO_KINDS = ['news', 'art'] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];
export const PHOTO_KIND_LABELS: Record<PhotoKind, string> = { news: 'Ảnh thời sự', art: 'Ảnh nghệ thuật' };

export const RoyaltySettingsFieldsSchema = z.object({
  /** Mức lương cơ sở, whole đồng. */
  baseSalary: z.number().int().min(0).max(1_000_000_000),
  /** One coefficient unit as a percentage of the base salary (Decree 18/2014: 10). */
  unitPercent: PercentSchema,
  /** The site's level as a percentage of the provincial rate (100 for the province; e.g. 20 for a district site). */
  siteLevelPercent: PercentSchema,
  articleTypes: z.array(ArticleTypeRateSchema).min(1).max(100),
  /** Per-photo coefficient ranges. */
  photos: z.object({ news: CoefficientRangeSchema, art: CoefficientRangeSchema }),
  extras: z.array(RoyaltyExtraSchema).max(20),
  /** Who may decide an article's royalty (default: Trưởng ban). */
  deciderRoles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  /** The regulation this table follows ("Quyết định số …/QĐ-UBND"), shown on the report. */
  basis: z.string().trim().max(500),
  /** True for the shipped example table: shown with a warning until an administrator adapts it. */
  example: z.boolean()
});
export type RoyaltySettingsFields = z.infer<typeof RoyaltySettingsFieldsSchema>;

export interface RoyaltySettingsVersion extends RoyaltySettingsFields {
  id: string;
  /** ISO date-time from which this version applies (to articles first published at or after it). */
  effectiveFrom: string;
  createdAt: string;
  createdBy: string;
  /** Value of one coefficient unit in đồng (baseSalary × unitPercent), rounded half-up for display only. */
  unitValue: number;
}

export const PAYEE_PARTS = ['text', 'photo'] as const;
/** A payee is paid a share of the text part (author) or of the photo part (photographer). */
export type PayeePart = (typeof PAYEE_PARTS)[number];
export const PAYEE_PART_LABELS: Record<PayeePart, string> = { text: 'Tác giả', photo: 'Ảnh' };

export const PayeeSchema = z.object({
  /** The account, when the payee has one; null for an outside contributor. */
  userId: z.string().min(1).max(100).nullable(),
  name: z.string().trim().min(1).max(200),
  part: z.enum(PAYEE_PARTS),
  /** Share of that part, in percent; the shares of each part add up to 100. */
  sharePercent: PercentSchema
});
export type Payee = z.infer<typeof PayeeSchema>;

/** What the approver sets for one published article. */
export const RoyaltyDecisionInputSchema = z.object({
  coefficient: CoefficientSchema,
  newsPhotos: z.number().int().min(0).max(500),
  artPhotos: z.number().int().min(0).max(500),
  newsPhotoCoefficient: CoefficientSchema,
  artPhotoCoefficient: CoefficientSchema,
  /** Codes of the settings' extras that apply. */
  extras: z.array(z.string().min(1).max(50)).max(20),
  payees: z.array(PayeeSchema).min(1).max(20),
  note: z.string().max(1000).default('')
});
export type RoyaltyDecisionInput = z.input<typeof RoyaltyDecisionInputSchema>;

export interface PayeeAmount extends Payee {
  /** Whole đồng, rounded half-up once (see core/royalties/calculation.ts). */
  amount: number;
}

export interface RoyaltyAmounts {
  /** Coefficient units of each part (decimal strings, e.g. "2.5" and "3.6"). */
  textUnits: string;
  photoUnits: string;
  extrasPercent: string;
  payees: PayeeAmount[];
  /** Sum of the payees' amounts. */
  total: number;
}

/** A saved decision (append-only: a change writes a new one; the latest per article applies). */
export interface RoyaltyDecision {
  id: string;
  articleId: string;
  input: z.output<typeof RoyaltyDecisionInputSchema>;
  /** The settings version in force on the publication date, which the amounts use. */
  settingsVersionId: string;
  amounts: RoyaltyAmounts;
  decidedAt: string;
  decidedBy: { id: string; name: string };
}

/** A published article as the royalty screens show it. */
export interface RoyaltyArticle {
  id: string;
  title: string;
  articleType: string;
  author: string;
  /** Số Ảnh as the article states it. */
  photoCount: number;
  /** First publication (ISO), from the publication receipts. */
  publishedAt: string;
  /** Month of the first publication in Viet Nam time, "2026-11". */
  month: string;
}

/** Everything the decision form needs for one article. */
export interface RoyaltyDecisionView {
  article: RoyaltyArticle;
  /** The settings in force on the publication date; null when none was saved for that date. */
  settings: RoyaltySettingsVersion | null;
  /** The type's range in those settings; null when the type is not in the table. */
  range: CoefficientRange | null;
  decision: RoyaltyDecision | null;
  /** What the form starts from when there is no decision: the minimum, the article's photo count, its author. */
  proposal: z.output<typeof RoyaltyDecisionInputSchema> | null;
  /** False once the article's month or quarter is closed. */
  editable: boolean;
  /** The session user may decide (role), whatever the period. */
  canDecide: boolean;
  /** Why it cannot be decided now (Vietnamese), or null. */
  blocked: string | null;
}

/** One line of `royalty.articles`: a published article of the period and its decision, if any. */
export interface RoyaltyArticleRow extends RoyaltyArticle {
  decided: boolean;
  total: number | null;
}

export interface RoyaltyPeriodState {
  period: string;
  /** "Tháng 11/2026", "Quý IV/2026" */
  label: string;
  closed: boolean;
  /** The close or reopen that set the state, or null when never closed. */
  lastChange: { action: 'close' | 'reopen'; at: string; by: string; reason: string } | null;
}

/** One row of the report: one payee's share of one article. */
export interface RoyaltyReportRow {
  payee: string;
  userId: string | null;
  articleId: string;
  title: string;
  articleType: string;
  publishedAt: string;
  part: PayeePart;
  coefficient: string;
  photos: number;
  photoCoefficients: string;
  extrasPercent: string;
  sharePercent: string;
  amount: number;
  settingsVersionId: string;
}

export interface RoyaltyPersonTotal {
  payee: string;
  userId: string | null;
  rows: RoyaltyReportRow[];
  total: number;
}

/** "Bảng kê nhuận bút" of a month or quarter. */
export interface RoyaltyReport {
  period: RoyaltyPeriodState;
  /** First and last day (dd/MM/yyyy). */
  from: string;
  to: string;
  agencyName: string;
  /** Payees sorted with the Vietnamese collator. */
  people: RoyaltyPersonTotal[];
  total: number;
  /** "1.250.000 đồng" */
  totalText: string;
  /** "Một triệu hai trăm năm mươi nghìn đồng" */
  totalInWords: string;
  /** The settings versions the amounts used ("which version applied"). */
  settingsVersions: { id: string; effectiveFrom: string; basis: string; example: boolean; unitValue: number }[];
  /** Published in the period but without a decision: not in the totals. */
  undecided: RoyaltyArticle[];
  generatedAt: string;
}

export const ROYALTY_EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type RoyaltyExportFormat = (typeof ROYALTY_EXPORT_FORMATS)[number];

/** Who reads reports and decisions: the secretary (who draws up the report), the leaders and admins. */
export const ROYALTY_READ_ROLES: readonly Role[] = ['thu_ky', 'pho_truong_ban', 'truong_ban', 'quan_tri'];
/** Who closes a period: Trưởng ban. Reopening is for admins, with a reason. */
export const ROYALTY_CLOSE_ROLES: readonly Role[] = ['truong_ban'];

/** What the logged-in user may do with royalties, as the core decides it (the screens show only this). */
export interface RoyaltyAccess {
  /** Reports and decisions: ROYALTY_READ_ROLES and the current table's decider roles. */
  read: boolean;
  decide: boolean;
  close: boolean;
  /** Reopening a closed period and the settings: administrators. */
  admin: boolean;
}
