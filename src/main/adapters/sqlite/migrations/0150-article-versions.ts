// Named versions ("Lưu phiên bản") and restores: a label on one immutable revision, with who, when
// and the state at that moment. Workflow transitions are read from workflow_events, not copied here.
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0150: Migration = {
  version: 150,
  name: 'article-versions',
  up(db) {
    db.exec(`
      CREATE TABLE article_versions (
        id          TEXT PRIMARY KEY,              -- UUIDv7
        article_id  TEXT NOT NULL REFERENCES articles (id),
        revision_id TEXT NOT NULL REFERENCES article_revisions (id),
        kind        TEXT NOT NULL CHECK (kind IN ('named', 'restore')),
        note        TEXT NOT NULL,
        status      TEXT NOT NULL,
        at          TEXT NOT NULL,
        user_id     TEXT NOT NULL,
        user_name   TEXT NOT NULL
      );
      CREATE INDEX article_versions_by_article ON article_versions (article_id, at);
      CREATE INDEX article_versions_by_revision ON article_versions (revision_id);
      CREATE INDEX article_revisions_by_article ON article_revisions (article_id, created_at);
      ${appendOnlyTriggers('article_versions', 'các phiên bản đã đặt tên không được sửa hay xóa')}
    `);
  }
};
