// "Lịch sử" of each article: append-only events.
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0040: Migration = {
  version: 40,
  name: 'article-history',
  up(db) {
    db.exec(`
      CREATE TABLE article_history (
        id          TEXT PRIMARY KEY,              -- UUIDv7
        article_id  TEXT NOT NULL REFERENCES articles (id),
        at          TEXT NOT NULL,
        user_id     TEXT NOT NULL,
        user_name   TEXT NOT NULL,
        action      TEXT NOT NULL,
        description TEXT NOT NULL,
        version     INTEGER
      );
      CREATE INDEX article_history_by_article ON article_history (article_id, at, id);
      ${appendOnlyTriggers('article_history', 'lịch sử bài viết chỉ được ghi thêm')}
    `);
  }
};
