// OutboxRepository over SQLite (migration 0210): append-only outbox items and events (the latest event
// is the state), publication receipts and the media each target already holds.
import type Database from 'better-sqlite3';
import type { KnownRemoteMedia, OutboxEvent, OutboxItem, OutboxRepository, OutboxRow } from '../../../core/publishing/store';
import type { OutboxKind, OutboxState, PublicationReceipt } from '../../../shared/publishing';

interface JoinedRow {
  id: string;
  article_id: string;
  target_id: string;
  kind: OutboxKind;
  revision_id: string | null;
  content_hash: string | null;
  sign_off_id: string | null;
  pub_key: string;
  slug: string;
  correction_note: string | null;
  due_at: string;
  created_at: string;
  created_by_id: string;
  created_by_name: string;
  e_id: string;
  state: OutboxState;
  at: string;
  attempt: number;
  detail: string;
  next_attempt_at: string | null;
  claimed_by: string | null;
  lease_until: string | null;
  error_kind: string | null;
  remote_id: string | null;
  remote_url: string | null;
}

interface ReceiptRow {
  id: string;
  outbox_id: string;
  article_id: string;
  target_id: string;
  kind: OutboxKind;
  remote_id: string;
  remote_url: string;
  remote_status: string;
  remote_version: string | null;
  revision_id: string | null;
  content_hash: string | null;
  published_html_hash: string | null;
  sign_off_id: string | null;
  fingerprint: string | null;
  audit_head_seq: number;
  audit_head_hash: string;
  seal: string | null;
  at: string;
}

/** Each item with its latest event (ids are UUIDv7: the greatest is the latest). */
const JOINED = `SELECT i.*, e.id AS e_id, e.state, e.at, e.attempt, e.detail, e.next_attempt_at, e.claimed_by, e.lease_until,
    e.error_kind, e.remote_id, e.remote_url
  FROM outbox_items i
  JOIN outbox_events e ON e.id = (SELECT id FROM outbox_events WHERE item_id = i.id ORDER BY id DESC LIMIT 1)`;

export class SqliteOutboxRepository implements OutboxRepository {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      insertItem: db.prepare(`INSERT INTO outbox_items (id, article_id, target_id, kind, revision_id, content_hash, sign_off_id, pub_key, slug,
        correction_note, due_at, created_at, created_by_id, created_by_name)
        VALUES (@id, @articleId, @targetId, @kind, @revisionId, @contentHash, @signOffId, @key, @slug, @correctionNote, @dueAt, @createdAt, @byId, @byName)`),
      insertEvent: db.prepare(`INSERT INTO outbox_events (id, item_id, state, at, attempt, detail, next_attempt_at, claimed_by, lease_until, error_kind,
        remote_id, remote_url) VALUES (@id, @itemId, @state, @at, @attempt, @detail, @nextAttemptAt, @claimedBy, @leaseUntil, @errorKind, @remoteId, @remoteUrl)`),
      get: db.prepare<[string], JoinedRow>(`${JOINED} WHERE i.id = ?`),
      open: db.prepare<[], JoinedRow>(`${JOINED} WHERE e.state IN ('waiting', 'scheduled', 'sending') ORDER BY i.id`),
      recent: db.prepare<[number], JoinedRow>(`${JOINED} ORDER BY i.id DESC LIMIT ?`),
      forArticle: db.prepare<[string], JoinedRow>(`${JOINED} WHERE i.article_id = ? ORDER BY i.id DESC`),
      insertReceipt: db.prepare(`INSERT INTO publication_receipts (id, outbox_id, article_id, target_id, kind, remote_id, remote_url, remote_status,
        remote_version, revision_id, content_hash, published_html_hash, sign_off_id, fingerprint, audit_head_seq, audit_head_hash, seal, at)
        VALUES (@id, @outboxId, @articleId, @targetId, @kind, @remoteId, @remoteUrl, @remoteStatus, @remoteVersion, @revisionId, @contentHash,
        @publishedHtmlHash, @signOffId, @fingerprint, @auditHeadSeq, @auditHeadHash, @seal, @at)`),
      receiptsFor: db.prepare<[string], ReceiptRow>('SELECT * FROM publication_receipts WHERE article_id = ? ORDER BY id DESC'),
      latestReceipt: db.prepare<[string, string], ReceiptRow>(
        'SELECT * FROM publication_receipts WHERE target_id = ? AND article_id = ? ORDER BY id DESC LIMIT 1'
      ),
      latestOn: db.prepare<[string], ReceiptRow>(`SELECT r.* FROM publication_receipts r
        WHERE r.target_id = ? AND r.id = (SELECT id FROM publication_receipts x WHERE x.target_id = r.target_id AND x.article_id = r.article_id ORDER BY id DESC LIMIT 1)
        ORDER BY r.article_id`),
      // The newest upload of the file that the portal was not found to have lost.
      media: db.prepare<[string, string], { id: number; remote_id: string; remote_url: string }>(
        `SELECT id, remote_id, remote_url FROM remote_media m WHERE target_id = ? AND media_hash = ?
           AND NOT EXISTS (SELECT 1 FROM remote_media_gone g WHERE g.media_id = m.id)
         ORDER BY id DESC LIMIT 1`
      ),
      insertMedia: db.prepare('INSERT INTO remote_media (target_id, media_hash, remote_id, remote_url, at) VALUES (?, ?, ?, ?, ?)'),
      mediaGone: db.prepare('INSERT OR IGNORE INTO remote_media_gone (media_id, at) VALUES (?, ?)')
    };
  }

  insertItem(item: OutboxItem): void {
    this.s.insertItem.run({ ...item, byId: item.createdBy.id, byName: item.createdBy.name });
  }

  appendEvent(e: OutboxEvent): void {
    this.s.insertEvent.run(e);
  }

  get(itemId: string): OutboxRow | null {
    const row = this.s.get.get(itemId);
    return row ? toRow(row) : null;
  }

  open(): OutboxRow[] {
    return this.s.open.all().map(toRow);
  }

  recent(limit: number): OutboxRow[] {
    return this.s.recent.all(limit).map(toRow);
  }

  forArticle(articleId: string): OutboxRow[] {
    return this.s.forArticle.all(articleId).map(toRow);
  }

  insertReceipt(r: PublicationReceipt): void {
    this.s.insertReceipt.run(r);
  }

  receiptsFor(articleId: string): PublicationReceipt[] {
    return this.s.receiptsFor.all(articleId).map(toReceipt);
  }

  latestReceipt(articleId: string, targetId: string): PublicationReceipt | null {
    const row = this.s.latestReceipt.get(targetId, articleId);
    return row ? toReceipt(row) : null;
  }

  latestReceiptsOn(targetId: string): PublicationReceipt[] {
    return this.s.latestOn.all(targetId).map(toReceipt);
  }

  remoteMedia(targetId: string, hash: string): KnownRemoteMedia | null {
    const row = this.s.media.get(targetId, hash);
    return row ? { id: row.id, remoteId: row.remote_id, url: row.remote_url } : null;
  }

  remoteMediaGone(known: KnownRemoteMedia, at: string): void {
    this.s.mediaGone.run(known.id, at);
  }

  insertRemoteMedia(targetId: string, hash: string, media: { remoteId: string; url: string }, at: string): void {
    this.s.insertMedia.run(targetId, hash, media.remoteId, media.url, at);
  }
}

function toRow(r: JoinedRow): OutboxRow {
  return {
    item: {
      id: r.id,
      articleId: r.article_id,
      targetId: r.target_id,
      kind: r.kind,
      revisionId: r.revision_id,
      contentHash: r.content_hash,
      signOffId: r.sign_off_id,
      key: r.pub_key,
      slug: r.slug,
      correctionNote: r.correction_note,
      dueAt: r.due_at,
      createdAt: r.created_at,
      createdBy: { id: r.created_by_id, name: r.created_by_name }
    },
    latest: {
      id: r.e_id,
      itemId: r.id,
      state: r.state,
      at: r.at,
      attempt: r.attempt,
      detail: r.detail,
      nextAttemptAt: r.next_attempt_at,
      claimedBy: r.claimed_by,
      leaseUntil: r.lease_until,
      errorKind: r.error_kind,
      remoteId: r.remote_id,
      remoteUrl: r.remote_url
    }
  };
}

function toReceipt(r: ReceiptRow): PublicationReceipt {
  return {
    id: r.id,
    outboxId: r.outbox_id,
    articleId: r.article_id,
    targetId: r.target_id,
    kind: r.kind,
    remoteId: r.remote_id,
    remoteUrl: r.remote_url,
    remoteStatus: r.remote_status,
    remoteVersion: r.remote_version,
    revisionId: r.revision_id,
    contentHash: r.content_hash,
    publishedHtmlHash: r.published_html_hash,
    signOffId: r.sign_off_id,
    fingerprint: r.fingerprint,
    auditHeadSeq: r.audit_head_seq,
    auditHeadHash: r.audit_head_hash,
    seal: r.seal,
    at: r.at
  };
}
