// Review comments anchored to words of an article: threads, their messages, resolve/reopen events and
// the anchor of each thread in each revision it was carried to. Every table is append-only (rows may
// be created on two PCs: UUIDv7 ids, nothing updated in place); whether a thread is resolved is its
// latest event, and where it points now is its anchor row for the article's current revision.
// Also: which threads a "Trả lại" pointed at, on the workflow event.
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0190: Migration = {
  version: 190,
  name: 'comments',
  up(db) {
    db.exec(`
      CREATE TABLE comment_threads (
        id              TEXT PRIMARY KEY,          -- UUIDv7
        article_id      TEXT NOT NULL REFERENCES articles (id),
        created_at      TEXT NOT NULL,
        created_by_id   TEXT NOT NULL,
        created_by_name TEXT NOT NULL,
        quote           TEXT NOT NULL,
        -- The selection as the commenter made it, in the plain text of the revision they saw.
        revision_id     TEXT NOT NULL REFERENCES article_revisions (id),
        start           INTEGER NOT NULL,
        "end"           INTEGER NOT NULL
      );
      CREATE INDEX comment_threads_by_article ON comment_threads (article_id, id);
      ${appendOnlyTriggers('comment_threads', 'bình luận chỉ được ghi thêm')}

      CREATE TABLE comment_messages (
        id          TEXT PRIMARY KEY,              -- UUIDv7
        thread_id   TEXT NOT NULL REFERENCES comment_threads (id),
        article_id  TEXT NOT NULL REFERENCES articles (id),
        author_id   TEXT NOT NULL,
        author_name TEXT NOT NULL,
        body        TEXT NOT NULL,
        created_at  TEXT NOT NULL
      );
      CREATE INDEX comment_messages_by_article ON comment_messages (article_id, created_at, id);
      ${appendOnlyTriggers('comment_messages', 'bình luận chỉ được ghi thêm')}

      CREATE TABLE comment_thread_events (
        id         TEXT PRIMARY KEY,               -- UUIDv7 (the latest decides the state)
        thread_id  TEXT NOT NULL REFERENCES comment_threads (id),
        action     TEXT NOT NULL CHECK (action IN ('resolve', 'reopen')),
        user_id    TEXT NOT NULL,
        user_name  TEXT NOT NULL,
        at         TEXT NOT NULL
      );
      -- Covers "the latest event of a thread" (open-comment counts of a list page).
      CREATE INDEX comment_thread_events_latest ON comment_thread_events (thread_id, id, action);
      ${appendOnlyTriggers('comment_thread_events', 'việc đánh dấu xong bình luận chỉ được ghi thêm')}

      CREATE TABLE comment_anchors (
        thread_id   TEXT NOT NULL REFERENCES comment_threads (id),
        revision_id TEXT NOT NULL REFERENCES article_revisions (id),
        start       INTEGER NOT NULL,
        "end"       INTEGER NOT NULL,
        detached    INTEGER NOT NULL CHECK (detached IN (0, 1)),
        at          TEXT NOT NULL,
        PRIMARY KEY (thread_id, revision_id)
      ) WITHOUT ROWID;
      ${appendOnlyTriggers('comment_anchors', 'vị trí bình luận chỉ được ghi thêm')}

      ALTER TABLE workflow_events ADD COLUMN comment_ids TEXT;   -- JSON array of thread ids, or NULL
    `);
  }
};
