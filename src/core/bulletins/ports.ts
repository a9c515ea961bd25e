// What the bulletin needs from storage: effective-dated profile versions and numbered issues.
import type { BulletinIssue, BulletinProfileVersion } from '../../shared/bulletin';

export interface BulletinProfileRepository {
  insert(version: BulletinProfileVersion): void;
  /** All versions, newest effectiveFrom first. */
  list(): BulletinProfileVersion[];
  /** The version in force at the instant (latest effectiveFrom ≤ at), or null. */
  at(iso: string): BulletinProfileVersion | null;
}

export interface BulletinIssueRepository {
  insert(issue: BulletinIssue): void;
  /** Rewrites date and sections (the number never changes). */
  update(issue: BulletinIssue): void;
  get(id: string): BulletinIssue | null;
  byNumber(n: number): BulletinIssue | null;
  /** Newest number first. */
  list(): BulletinIssue[];
  /** One more than the highest number ever used (1 for the first issue). */
  nextNumber(): number;
}
