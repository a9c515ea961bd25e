// Storage publishing needs (SQLite in src/main/adapters/sqlite/publishing-*.ts). Outbox items, their
// events, receipts and uploaded media are append-only records; targets are settings.
import type { OutboxKind, OutboxState, PublicationReceipt, PublishTarget, TargetConfig, TargetType } from '../../shared/publishing';

export interface TargetRepository {
  list(): PublishTarget[];
  get(id: string): PublishTarget | null;
  /** By the folded name ("Cổng tỉnh" = "cong tinh"). */
  byName(name: string): PublishTarget | null;
  insert(t: { id: string; name: string; type: TargetType; config: TargetConfig; at: string; by: string }): void;
  update(id: string, t: { name: string; config: TargetConfig; disabled: boolean; at: string }): void;
  /** The sealed secret (see SecretBox), or null. */
  secret(id: string): string | null;
  setSecret(id: string, sealed: string | null, at: string): void;
}

export interface OutboxItem {
  id: string;
  articleId: string;
  targetId: string;
  kind: OutboxKind;
  revisionId: string | null;
  contentHash: string | null;
  signOffId: string | null;
  key: string;
  slug: string;
  correctionNote: string | null;
  dueAt: string;
  createdAt: string;
  createdBy: { id: string; name: string };
}

export interface OutboxEvent {
  id: string;
  itemId: string;
  state: OutboxState;
  at: string;
  attempt: number;
  detail: string;
  nextAttemptAt: string | null;
  claimedBy: string | null;
  leaseUntil: string | null;
  errorKind: string | null;
  remoteId: string | null;
  remoteUrl: string | null;
}

export interface OutboxRow {
  item: OutboxItem;
  latest: OutboxEvent;
}

/** A file already uploaded to a target, as remembered. */
export interface KnownRemoteMedia {
  /** Which upload (a file may have been uploaded again after it was deleted on the portal). */
  id: number;
  remoteId: string;
  url: string;
}

export interface OutboxRepository {
  insertItem(item: OutboxItem): void;
  appendEvent(event: OutboxEvent): void;
  get(itemId: string): OutboxRow | null;
  /** Entries whose latest state is waiting, scheduled or sending (the worker's candidates), oldest first. */
  open(): OutboxRow[];
  /** The queue view: newest first, every state. */
  recent(limit: number): OutboxRow[];
  forArticle(articleId: string): OutboxRow[];
  insertReceipt(r: PublicationReceipt): void;
  receiptsFor(articleId: string): PublicationReceipt[];
  /** The latest receipt of the article on the target (what the portal holds now), or null. */
  latestReceipt(articleId: string, targetId: string): PublicationReceipt | null;
  /** The latest receipt of every article published on the target. */
  latestReceiptsOn(targetId: string): PublicationReceipt[];
  /** The upload of the file on the target in use: the newest one not recorded as gone from the portal. */
  remoteMedia(targetId: string, hash: string): KnownRemoteMedia | null;
  insertRemoteMedia(targetId: string, hash: string, media: { remoteId: string; url: string }, at: string): void;
  /** The portal no longer has that upload (someone deleted it there): the next publication uploads the file again. */
  remoteMediaGone(known: KnownRemoteMedia, at: string): void;
}

/** Seals a target's password or token in the main process (Electron safeStorage, or a workspace key file). */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

/** The audit chain's head at a moment (what a receipt records). */
export interface AuditHead {
  seq: number;
  hash: string;
}
