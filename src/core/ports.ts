// Ports the domain needs from the outside world. Adapters in src/main/adapters implement them;
// tests may use in-memory fakes. All calls are synchronous (better-sqlite3 is synchronous).
import type { Article, HistoryEntry, ListPage, SearchHit, ListQuerySchema, UserRef } from '../shared/article';
import type { EditableLists, Facets } from '../shared/contract';
import type { ProfileVersion } from '../shared/profile';
import type { Account, SecuritySettings } from '../shared/accounts';
import type { AuditEntry } from '../shared/workflow';
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
  /** "Số lượt người đọc" as the portal reports it: not content, so no revision. */
  setViewCount(id: string, count: number): void;
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

/** What downloading a web image gave: the bytes and declared type, or why there are none. */
export type RemoteFetchResult =
  | { ok: true; bytes: Uint8Array; contentType: string }
  | { ok: false; reason: 'unreachable' | 'timeout' | 'too_large' | 'http_status'; status?: number };

/** Downloads one web image (GET, no credentials) with a time limit and a byte cap. */
export interface RemoteImageFetcher {
  fetch(url: string, maxBytes: number): Promise<RemoteFetchResult>;
}

/** Runs `fn` in one database transaction: all or nothing, durable when it returns. */
export interface TransactionRunner {
  transaction<T>(fn: () => T): T;
}

/** SHA-256 of UTF-8 text as lower-case hex (core must not import node:crypto). */
export interface Hasher {
  sha256(text: string): string;
}

// ---- Accounts, keys and the audit log (issue #3) ----

export interface StoredCredentials {
  /** Password hash in a self-describing format (e.g. "scrypt$N$r$p$salt$hash"). */
  passwordHash: string;
}

export interface AccountRepository {
  get(id: string): Account | null;
  byLogin(login: string): Account | null;
  list(): Account[];
  count(): number;
  insert(account: Account, credentials: StoredCredentials): void;
  update(account: Account): void;
  credentials(id: string): StoredCredentials | null;
  setCredentials(id: string, credentials: StoredCredentials): void;
}

/**
 * How a signing key came to be: 'setup' (the first administrator's own password), 'created' (an account
 * the administrator created, with a first password the administrator knows), 'self' (the user's own
 * password change), 'reset' (an administrator's password reset), 'legacy' (made before this was
 * recorded). 'created' and 'reset' keys stay pending and never sign (key-origin.ts).
 */
export type KeyOrigin = 'setup' | 'created' | 'self' | 'reset' | 'legacy';

export interface PublicKeyRecord {
  keyId: string;
  userId: string;
  publicKeyPem: string;
  createdAt: string;
  origin?: KeyOrigin;
  /** A pending key cannot sign (the administrator knew its password; the user must set their own first). */
  pending?: boolean;
}

/** An unlocked private key, good for signing right now (never stored). */
export interface KeySigner {
  keyId: string;
  sign(message: string): string;
}

/** Ed25519 keys per user; private keys are stored encrypted with a key derived from the user's password. */
export interface KeyVault {
  /**
   * Creates a new key pair for the user: encrypts it now (async scrypt) and returns the write, for the
   * caller to run inside its transaction. A key whose password an administrator knew ('reset',
   * 'created') is pending. Old keys stay for verification.
   */
  createKey(userId: string, password: string, origin?: KeyOrigin): Promise<() => PublicKeyRecord>;
  /** Synchronous createKey, for the sample seed only (inside openApp, before anyone is served). */
  createKeySync(userId: string, password: string, origin?: KeyOrigin): PublicKeyRecord;
  /**
   * Re-encrypts the user's active private key under a new password (password change): decrypts now
   * (async) and returns the write, for the caller to run inside its transaction.
   */
  rewrapKey(userId: string, oldPassword: string, newPassword: string): Promise<() => void>;
  activeKey(userId: string): PublicKeyRecord | null;
  publicKey(keyId: string): PublicKeyRecord | null;
  /** Decrypts the active private key (async scrypt). Throws AppError FORBIDDEN on a wrong password. */
  unlock(userId: string, password: string): Promise<KeySigner>;
  /** Synchronous unlock, for the sample seed only (one derivation for all its sign-offs). */
  unlockSync(userId: string, password: string): KeySigner;
  /** Synchronous decrypt-and-sign, for tests. Throws AppError FORBIDDEN on a wrong password. */
  sign(userId: string, password: string, message: string): { keyId: string; signature: string };
  verify(publicKeyPem: string, message: string, signatureBase64: string): boolean;
}

export interface PasswordHasher {
  /** Asynchronous (scrypt at full cost), so that setting a password never blocks the app. */
  hash(password: string): Promise<string>;
  /** Synchronous, for the sample seed only (inside openApp, before anyone is served). */
  hashSync(password: string): string;
  /** Asynchronous, so that many checks at once never block the app. */
  verify(password: string, stored: string): Promise<boolean>;
  /** True when `stored` was made with other parameters (replace it after a successful login). */
  needsRehash?(stored: string): boolean;
}

export interface AuditAppend {
  at: string;
  user: UserRef | null;
  action: string;
  articleId: string | null;
  description: string;
  details: Record<string, unknown>;
}

/** Append-only, hash-chained audit log. */
export interface AuditLog {
  append(entry: AuditAppend): AuditEntry;
}

/** Workspace-wide security settings (screen lock, separation of duties). */
export interface SecuritySettingsRepository {
  getSecurity(): SecuritySettings;
  saveSecurity(settings: SecuritySettings): void;
}
