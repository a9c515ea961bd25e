// Ports the domain needs from the outside world. Adapters in src/main/adapters implement them;
// tests may use in-memory fakes. All calls are synchronous (better-sqlite3 is synchronous).
import type { Article, HistoryEntry, ListPage, SearchHit, ListQuerySchema } from '../shared/article';
import type { EditableLists, Facets } from '../shared/contract';
import type { ProfileVersion } from '../shared/profile';
import type { z } from 'zod';

export type ParsedListQuery = z.output<typeof ListQuerySchema>;

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  /** UUIDv7 (sorts by creation time). */
  newId(): string;
}

export interface ArticleRepository {
  /** Store a new article and its first immutable revision. */
  insert(article: Article): void;
  /**
   * Append a new immutable revision and make it current. Throws AppError CONFLICT when the
   * article's current revision is not `expectedRevisionId` (someone else saved in between).
   */
  update(article: Article, expectedRevisionId: string): void;
  get(id: string): Article | null;
  list(query: ParsedListQuery): ListPage;
  facets(): Facets;
  /** Diacritic-insensitive full-text search (đ folded too); exact-diacritic matches rank first. */
  search(query: string, limit: number): SearchHit[];
  count(): number;
}

export interface HistoryRepository {
  /** Append-only: rows are never updated or deleted. */
  append(articleId: string, entry: HistoryEntry): void;
  list(articleId: string): HistoryEntry[];
}

export interface ProfileRepository {
  insert(version: ProfileVersion): void;
  /** All versions, newest effectiveFrom first. */
  list(): ProfileVersion[];
  /** The version in force at the given instant (latest effectiveFrom ≤ at), or null. */
  at(iso: string): ProfileVersion | null;
}

export interface SettingsRepository {
  getLists(): EditableLists;
  saveLists(lists: EditableLists): void;
}

export interface MediaStore {
  /** Store bytes content-addressed; returns the SHA-256 hex. Idempotent. */
  put(bytes: Uint8Array): { hash: string; size: number };
  get(hash: string): Uint8Array | null;
  has(hash: string): boolean;
}

/** Runs `fn` in one database transaction: all or nothing, durable when it returns. */
export interface TransactionRunner {
  transaction<T>(fn: () => T): T;
}

/** SHA-256 of UTF-8 text as lower-case hex (core must not import node:crypto). */
export interface Hasher {
  sha256(text: string): string;
}
