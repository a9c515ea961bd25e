// Ports of the versions use-cases (implemented over SQLite in src/main/adapters/sqlite/version-repository.ts).
import type { Article, UserRef } from '../../shared/article';
import type { RetentionPolicy, VersionInfo } from '../../shared/versions';
import type { RevisionStamp } from './retention';

/** A label put on one immutable revision: "Lưu phiên bản" or a restore. */
export interface VersionMark {
  id: string;
  articleId: string;
  revisionId: string;
  kind: 'named' | 'restore';
  note: string;
  status: Article['status'];
  at: string;
  user: UserRef;
}

export interface VersionRepository {
  /** Every version of the article, newest first: autosaves, named, workflow transitions, restores. */
  timeline(articleId: string): VersionInfo[];
  /** The revision a version id (of any kind, or a revision id) shows, or null if it is not this article's. */
  resolve(articleId: string, versionId: string): { revisionId: string; number: number } | null;
  /** The full content of one revision, with the state it was saved in. */
  snapshot(revisionId: string): Article | null;
  mark(m: VersionMark): void;
  /** Ids of every article (retention runs over each). */
  articleIds(): string[];
  /** The article's revisions not thinned yet, each flagged protected when retention must keep it. */
  retentionStamps(articleId: string): RevisionStamp[];
  /** Records the revisions as thinned and deletes the content chunks no kept revision uses; returns how many chunks went. */
  prune(articleId: string, revisionIds: string[], at: string, user: UserRef | null): number;
  retention(): RetentionPolicy;
  saveRetention(policy: RetentionPolicy): void;
}

/** What one user last saw of one article: the revision shown when they last opened it, and the one before. */
export interface SeenRevisions {
  lastSeenRevisionId: string;
  previousSeenRevisionId: string | null;
  seenAt: string;
}

export interface ArticleViewRepository {
  /** The user is opening the article at `revisionId`: when it differs from the last seen one, that becomes the previous. */
  record(userId: string, articleId: string, revisionId: string): void;
  seen(userId: string, articleId: string): SeenRevisions | null;
}
