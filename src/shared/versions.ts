// Versions of an article: every autosave is a revision; named versions are kept forever.
import type { ArticleStatus, UserRef } from './article';

export const VERSION_KINDS = ['autosave', 'named', 'workflow', 'restore'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export interface VersionInfo {
  id: string;
  articleId: string;
  /** The immutable revision shown; the timeline has one entry per revision. */
  revisionId: string;
  /** 1, 2, 3… in creation order. */
  number: number;
  kind: VersionKind;
  /** "Lưu phiên bản" note, workflow action label, or "Khôi phục từ phiên bản N". */
  note: string;
  status: ArticleStatus;
  createdAt: string;
  createdBy: UserRef;
  contentHash: string;
  title: string;
  wordCount: number;
}

export interface RetentionPolicy {
  /** Autosave revisions younger than this are all kept. */
  keepAllHours: number;
  /** Then one per hour is kept up to this many days; older ones, one per day. Named versions are never thinned. */
  hourlyForDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { keepAllHours: 24, hourlyForDays: 14 };
