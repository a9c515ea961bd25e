// Articles: an immutable revision per saved version, plus one mutable "current" row per article
// holding the pointer to its current revision and denormalised fields for listing, filters and sorts.
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0030: Migration = {
  version: 30,
  name: 'articles',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        -- Local document number: the full-text index's rowid on this PC only; never leaves it.
        doc_no              INTEGER PRIMARY KEY,
        id                  TEXT NOT NULL UNIQUE,  -- UUIDv7
        current_revision_id TEXT NOT NULL REFERENCES article_revisions (id) DEFERRABLE INITIALLY DEFERRED,
        version             INTEGER NOT NULL,
        status              TEXT NOT NULL,
        title               TEXT NOT NULL,
        title_key           TEXT NOT NULL,         -- Vietnamese sort key (see sort-key.ts)
        author              TEXT NOT NULL,
        author_key          TEXT NOT NULL,
        category            TEXT NOT NULL,
        article_type        TEXT NOT NULL,
        featured            INTEGER NOT NULL,
        publish_at          TEXT,                  -- as entered (ISO with offset)
        publish_utc         TEXT,                  -- same instant in UTC, for sorting and ranges
        image_hash          TEXT,
        word_count          INTEGER NOT NULL,
        view_count          INTEGER NOT NULL DEFAULT 0,
        created_at          TEXT NOT NULL,         -- UTC ISO
        created_by          TEXT NOT NULL,
        created_by_name     TEXT NOT NULL,
        modified_at         TEXT NOT NULL,         -- UTC ISO
        modified_by         TEXT NOT NULL,
        modified_by_name    TEXT NOT NULL,
        list_date           TEXT GENERATED ALWAYS AS (coalesce(publish_utc, modified_at)) VIRTUAL
      );
      CREATE INDEX articles_by_modified ON articles (modified_at, id);
      CREATE INDEX articles_by_created ON articles (created_at, id);
      CREATE INDEX articles_by_publish ON articles (publish_utc, id);
      CREATE INDEX articles_by_title ON articles (title_key, id);
      CREATE INDEX articles_by_author_key ON articles (author_key, id);
      CREATE INDEX articles_by_status ON articles (status, modified_at, id);
      CREATE INDEX articles_by_category ON articles (category, modified_at);
      CREATE INDEX articles_by_type ON articles (article_type, modified_at);
      CREATE INDEX articles_by_author ON articles (author, modified_at);
      CREATE INDEX articles_by_list_date ON articles (list_date);
      -- Child-key indexes for the foreign keys: without them every insert scans the whole table
      -- while the deferred current_revision_id constraint is pending.
      CREATE INDEX articles_by_current_revision ON articles (current_revision_id);

      -- One row per saved version: the full snapshot, never changed or removed.
      CREATE TABLE article_revisions (
        id                     TEXT PRIMARY KEY,   -- UUIDv7
        article_id             TEXT NOT NULL REFERENCES articles (id),
        version                INTEGER NOT NULL,
        prev_revision_id       TEXT REFERENCES article_revisions (id),
        content_hash           TEXT NOT NULL,
        created_at             TEXT NOT NULL,
        created_by             TEXT NOT NULL,
        created_by_name        TEXT NOT NULL,
        status                 TEXT NOT NULL,
        title                  TEXT NOT NULL,
        summary                TEXT NOT NULL,
        image_hash             TEXT,
        image_caption          TEXT NOT NULL,
        alternate_link         TEXT NOT NULL,
        publish_at             TEXT,
        featured               INTEGER NOT NULL,
        author                 TEXT NOT NULL,
        category               TEXT NOT NULL,
        article_type           TEXT NOT NULL,
        page_count             INTEGER NOT NULL,
        page_count_overridden  INTEGER NOT NULL,
        photo_count            INTEGER NOT NULL,
        photo_count_overridden INTEGER NOT NULL,
        lexical_version        TEXT NOT NULL,
        body_json              TEXT NOT NULL,
        body_text              TEXT NOT NULL,
        word_count             INTEGER NOT NULL,
        attachments            TEXT NOT NULL CHECK (json_valid(attachments)),
        UNIQUE (article_id, version)
      );
      CREATE INDEX article_revisions_by_prev ON article_revisions (prev_revision_id);
      ${appendOnlyTriggers('article_revisions', 'các phiên bản bài viết không được sửa hay xóa')}
    `);
  }
};
