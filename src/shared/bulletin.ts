// The printed bulletin (bản tin, Luật Báo chí 2016 art. 34): its profile, kept with effective-from
// dates like the agency profile, and its numbered issues ("Số 12") composed of articles in sections.
import { z } from 'zod';
import type { ArticleStatus } from './article';
import type { Role } from './accounts';

export const BULLETIN_PAGE_SIZES = ['19x27', 'A4'] as const;
export type BulletinPageSize = (typeof BULLETIN_PAGE_SIZES)[number];

export const BULLETIN_PAGE_SIZE_LABELS: Record<BulletinPageSize, string> = {
  '19x27': '19 × 27 cm (khổ tối đa theo Luật Báo chí)',
  A4: 'A4 (21 × 29,7 cm)'
};

/** The law's limit: a bulletin has at most 64 pages. */
export const BULLETIN_MAX_PAGES = 64;

const mm = z.number().min(8).max(40);

export const BulletinMarginsSchema = z.object({ top: mm, right: mm, bottom: mm, left: mm });
export type BulletinMargins = z.infer<typeof BulletinMarginsSchema>;

export const DEFAULT_BULLETIN_MARGINS: Record<BulletinPageSize, BulletinMargins> = {
  '19x27': { top: 18, right: 15, bottom: 20, left: 18 },
  A4: { top: 20, right: 18, bottom: 22, left: 22 }
};

export const BulletinProfileFieldsSchema = z.object({
  name: z.string(),
  agency: z.string(),
  licenceNumber: z.string(),
  licenceDate: z.string(),
  printingPlace: z.string(),
  printRun: z.string(),
  frequency: z.string(),
  responsibleName: z.string(),
  pageSize: z.enum(BULLETIN_PAGE_SIZES),
  margins: BulletinMarginsSchema
});
export type BulletinProfileFields = z.infer<typeof BulletinProfileFieldsSchema>;

export type BulletinTextField = Exclude<keyof BulletinProfileFields, 'pageSize' | 'margins'>;

export interface BulletinProfileVersion extends BulletinProfileFields {
  id: string;
  /** ISO date-time from which this version applies. */
  effectiveFrom: string;
  createdAt: string;
  createdBy: string;
}

export const BULLETIN_PROFILE_LABELS: Record<BulletinTextField, string> = {
  name: 'Tên bản tin',
  agency: 'Cơ quan xuất bản',
  licenceNumber: 'Giấy phép xuất bản số',
  licenceDate: 'Ngày cấp giấy phép',
  printingPlace: 'Nơi in',
  printRun: 'Số lượng in',
  frequency: 'Kỳ hạn xuất bản',
  responsibleName: 'Người chịu trách nhiệm xuất bản'
};

export const MARGIN_LABELS: Record<keyof BulletinMargins, string> = { top: 'Lề trên', right: 'Lề phải', bottom: 'Lề dưới', left: 'Lề trái' };

/** Who may compose and print bulletin issues: the board's editors, reviewers and approvers. */
export const BULLETIN_ROLES: readonly Role[] = ['bien_tap_vien', 'thu_ky', 'thanh_vien', 'pho_truong_ban', 'truong_ban'];

/** Articles a composer may pick: signed off or already on the portal. */
export const BULLETIN_READY_STATUSES: readonly ArticleStatus[] = ['da_duyet', 'hen_gio', 'da_xuat_ban'];

export const BulletinSectionSchema = z.object({
  title: z.string().max(200),
  articleIds: z.array(z.string().min(1).max(100)).max(200)
});
export type BulletinSection = z.infer<typeof BulletinSectionSchema>;

export interface BulletinIssue {
  id: string;
  /** "Số 12": numbered from 1, never reused. */
  number: number;
  /** Publication date, yyyy-MM-dd (Viet Nam calendar date). */
  date: string;
  sections: BulletinSection[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** One issue with what the composer shows about each of its articles. */
export interface BulletinIssueView extends BulletinIssue {
  articles: BulletinArticleRef[];
  /** Some article is not signed off: the printout is marked "BẢN NHÁP". */
  draft: boolean;
}

export interface BulletinArticleRef {
  id: string;
  title: string;
  status: ArticleStatus;
  category: string;
  author: string;
  words: number;
  images: number;
  ready: boolean;
}

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An issue's calendar date (yyyy-MM-dd) as the Viet Nam noon of that day, so weekday and date never shift. */
export function issueInstant(date: string): string {
  return `${date}T12:00:00+07:00`;
}
