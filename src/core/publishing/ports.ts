// What publishing needs from a portal: one connector per target type (SharePoint, WordPress, a folder),
// all behind the same interface, so the outbox worker's rules (idempotency, retries, receipts) are the
// same for every portal. Connectors live in src/main/adapters/portals/<type>/.
import type { PortalDiscovery } from '../../shared/publishing';
import type { Seal } from '../audit/seal';

export type { ConnectionProblem, FieldMapping, PortalDiscovery, PortalField } from '../../shared/publishing';

/** The "Chịu trách nhiệm chính" block as it stood on the publication date (agency profile in force then). */
export interface Imprint {
  agencyName: string;
  /** "Chịu trách nhiệm chính: Ông Trần Quốc Bảo - Phó Chủ tịch UBND thị xã" */
  responsible: string;
  responsibleName: string;
  responsiblePosition: string;
  address: string;
  phone: string;
  fax: string;
  email: string;
  /** "Giấy phép số 12/GP-TTĐT ngày 01/02/2020" or '' */
  licence: string;
}

/** One publication as every connector receives it; each maps it to its own fields and format. */
export interface PortalPost {
  /** Idempotency key, the same on every PC: one remote item per article and target, ever. */
  key: string;
  /** ASCII slug derived from the key (WordPress post slug, file names): deterministic, never reused. */
  slug: string;
  title: string;
  /** Sanitised HTML: body, byline, correction note, imprint block; image URLs already point at the portal. */
  html: string;
  summary: string;
  /** The main image ("Hình ảnh"), uploaded first. */
  image: { remoteId: string; url: string; caption: string } | null;
  author: string;
  category: string;
  articleType: string;
  alternateLink: string;
  /** ISO UTC; in the future for a scheduled publication. */
  publishAt: string;
  /** True when publishAt is in the future and the portal should hold the item until then. */
  scheduled: boolean;
  featured: boolean;
  pageCount: number;
  photoCount: number;
  imprint: Imprint;
  /** The approval fingerprint (sign-off key id + signature digest): the portal witnesses what was signed. */
  fingerprint: string;
  /** SHA-256 of the article's signed content. */
  contentHash: string;
  /** The seal of the audit chain made for this publication (a folder target keeps it in its manifest); null only in connector tests. */
  seal: Seal | null;
  /** Set for "Cải chính": shown in the HTML and kept in the history. */
  correctionNote: string | null;
  /** Attachments (already uploaded), listed under the body. */
  attachments: Array<{ name: string; url: string; remoteId: string }>;
}

/** A file (image or attachment) from the workspace's media store. */
export interface MediaFile {
  /** SHA-256 of the bytes: the connector and the outbox remember uploads by it. */
  hash: string;
  /** ASCII-safe file name (no `" # % * : < > ? / \ |`). */
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export interface RemoteMedia {
  remoteId: string;
  url: string;
}

/** The remote item as the portal reports it. */
export interface RemoteItem {
  remoteId: string;
  /** Public URL of the item on the portal ("the remote link"). */
  url: string;
  /** The portal's own state: 'publish', 'future', 'draft', 'trash', 'approved', 'scheduled', 'recycled', 'written'… */
  status: string;
  /** Optimistic-concurrency token (SharePoint etag, WordPress modified_gmt), when the portal has one. */
  version: string | null;
}

/** What `verify --target` and "Số lượt người đọc" read back from a published item. */
export interface RemoteReadback extends RemoteItem {
  /** The HTML as the portal stores it (compared with the receipt's published HTML hash). */
  html: string;
  fingerprint: string | null;
  contentHash: string | null;
  views: number | null;
}

export type PortalErrorKind =
  /** DNS, refused connection, TLS: nothing reached the portal. Retry later. */
  | 'unreachable'
  /** The request may have been applied (timeout or reset after sending): look the item up before re-creating. */
  | 'ambiguous'
  /** 429/503: retry after `retryAfterMs`. */
  | 'throttled'
  /** 5xx other than throttling. Retry with backoff. */
  | 'server'
  /** 401: credentials wrong or expired. Needs the admin. */
  | 'auth'
  /** 403: the account lacks permission. Needs the admin. */
  | 'forbidden'
  /** 404: the list, site or item is gone. */
  | 'not_found'
  /** 412 / concurrent change on the portal: re-read and retry. */
  | 'conflict'
  /** 400 / validation: the portal refuses this content; needs a person. */
  | 'invalid';

/** A failure talking to the portal; `message` is English for the log, `vi` Vietnamese for the user. */
export class PortalError extends Error {
  constructor(
    readonly kind: PortalErrorKind,
    message: string,
    readonly vi: string,
    readonly retryAfterMs: number | null = null
  ) {
    super(message);
    this.name = 'PortalError';
  }

  get retryable(): boolean {
    return ['unreachable', 'ambiguous', 'throttled', 'server', 'conflict'].includes(this.kind);
  }
}

export interface PortalConnector {
  /** Reachability, credentials, list/columns; never throws for portal problems (they are in the report). */
  discover(): Promise<PortalDiscovery>;
  uploadMedia(file: MediaFile): Promise<RemoteMedia>;
  /**
   * Whether a file uploaded earlier is still on the portal (false only when the portal says it is gone; a
   * connection problem throws as usual). Someone may delete an image there; a page must not point at nothing.
   */
  hasMedia(media: RemoteMedia): Promise<boolean>;
  /** The item published under `key`, or null. Used before any re-create after an ambiguous failure. */
  find(key: string): Promise<RemoteItem | null>;
  create(post: PortalPost): Promise<RemoteItem>;
  update(item: RemoteItem, post: PortalPost): Promise<RemoteItem>;
  /** Unpublish or recycle (per target); the portal keeps what it keeps, the app keeps its record. */
  takeDown(item: RemoteItem): Promise<RemoteItem>;
  /** null when the item no longer exists on the portal. */
  read(item: RemoteItem): Promise<RemoteReadback | null>;
}
