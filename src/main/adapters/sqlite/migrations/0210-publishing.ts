// Publishing: targets (portals and folders), their secrets, the outbox, publication receipts and the
// media each target already holds. The outbox, its events, receipts and uploaded media are append-only
// with UUIDv7 ids, so that several PCs can later share them as a union of records: an outbox entry's
// state is its latest event, "who is sending it" is a lease carried by a 'sending' event.
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0210: Migration = {
  version: 210,
  name: 'publishing',
  up(db) {
    db.exec(`
      CREATE TABLE publish_targets (
        id          TEXT PRIMARY KEY,              -- UUIDv7
        name        TEXT NOT NULL,
        -- The folded name: "Cổng tỉnh" and "cong tinh" are one target for the CLI's --target.
        name_key    TEXT NOT NULL UNIQUE,
        type        TEXT NOT NULL CHECK (type IN ('folder', 'wordpress', 'sharepoint')),
        config      TEXT NOT NULL,                 -- JSON TargetConfig (no secrets)
        disabled    INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        created_at  TEXT NOT NULL,
        created_by  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );

      -- A target's password or token, sealed by the main process (safeStorage or the workspace key).
      CREATE TABLE target_secrets (
        target_id   TEXT PRIMARY KEY REFERENCES publish_targets (id),
        sealed      TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );

      CREATE TABLE outbox_items (
        id              TEXT PRIMARY KEY,          -- UUIDv7
        article_id      TEXT NOT NULL REFERENCES articles (id),
        target_id       TEXT NOT NULL REFERENCES publish_targets (id),
        kind            TEXT NOT NULL CHECK (kind IN ('publish', 'update', 'take-down', 'correction')),
        -- The signed revision sent (null for a take-down).
        revision_id     TEXT,
        content_hash    TEXT,
        sign_off_id     TEXT,
        -- Idempotency key and slug: the same on every PC for this article and target.
        pub_key         TEXT NOT NULL,
        slug            TEXT NOT NULL,
        correction_note TEXT,
        -- Not sent before this instant (a future Ngày xuất bản on a portal that cannot schedule).
        due_at          TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        created_by_id   TEXT NOT NULL,
        created_by_name TEXT NOT NULL
      );
      CREATE INDEX outbox_items_by_article ON outbox_items (article_id, target_id, id);
      ${appendOnlyTriggers('outbox_items', 'hàng đợi xuất bản chỉ được ghi thêm')}

      CREATE TABLE outbox_events (
        id              TEXT PRIMARY KEY,          -- UUIDv7: the latest decides the state
        item_id         TEXT NOT NULL REFERENCES outbox_items (id),
        state           TEXT NOT NULL CHECK (state IN ('waiting', 'scheduled', 'sending', 'done', 'failed', 'cancelled')),
        at              TEXT NOT NULL,
        attempt         INTEGER NOT NULL,
        detail          TEXT NOT NULL,             -- Vietnamese, shown in "Hàng đợi xuất bản"
        next_attempt_at TEXT,
        -- 'sending': who holds the item and until when (a crash leaves the lease to run out).
        claimed_by      TEXT,
        lease_until     TEXT,
        error_kind      TEXT,
        remote_id       TEXT,
        remote_url      TEXT
      );
      CREATE INDEX outbox_events_latest ON outbox_events (item_id, id);
      ${appendOnlyTriggers('outbox_events', 'hàng đợi xuất bản chỉ được ghi thêm')}

      CREATE TABLE publication_receipts (
        id                  TEXT PRIMARY KEY,      -- UUIDv7
        outbox_id           TEXT NOT NULL REFERENCES outbox_items (id),
        article_id          TEXT NOT NULL REFERENCES articles (id),
        target_id           TEXT NOT NULL REFERENCES publish_targets (id),
        kind                TEXT NOT NULL,
        remote_id           TEXT NOT NULL,
        remote_url          TEXT NOT NULL,
        remote_status       TEXT NOT NULL,
        -- The portal's concurrency token after this write (SharePoint etag, WordPress modified_gmt).
        remote_version      TEXT,
        revision_id         TEXT,
        content_hash        TEXT,
        published_html_hash TEXT,
        sign_off_id         TEXT,
        fingerprint         TEXT,
        audit_head_seq      INTEGER NOT NULL,
        audit_head_hash     TEXT NOT NULL,
        at                  TEXT NOT NULL
      );
      CREATE INDEX publication_receipts_by_article ON publication_receipts (article_id, id);
      CREATE INDEX publication_receipts_by_target ON publication_receipts (target_id, article_id, id);
      ${appendOnlyTriggers('publication_receipts', 'biên nhận xuất bản chỉ được ghi thêm')}

      -- Workspace files already on a target (uploaded once, reused by every later publication).
      CREATE TABLE remote_media (
        target_id   TEXT NOT NULL REFERENCES publish_targets (id),
        media_hash  TEXT NOT NULL,
        remote_id   TEXT NOT NULL,
        remote_url  TEXT NOT NULL,
        at          TEXT NOT NULL,
        PRIMARY KEY (target_id, media_hash)
      ) WITHOUT ROWID;
      ${appendOnlyTriggers('remote_media', 'tệp đã tải lên chỉ được ghi thêm')}
    `);
  }
};
