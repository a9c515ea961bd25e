// "Last version I saw": per user and article, the revision shown when they last opened it and the one
// they saw before that, so "So sánh" can show an approver what changed since their previous look.
import type { Migration } from './migration';

export const migration0180: Migration = {
  version: 180,
  name: 'article-views',
  up(db) {
    db.exec(`
      CREATE TABLE article_views (
        user_id                   TEXT NOT NULL, -- no foreign key: a failed write must never stop an article from opening
        article_id                TEXT NOT NULL REFERENCES articles (id),
        last_seen_revision_id     TEXT NOT NULL REFERENCES article_revisions (id),
        previous_seen_revision_id TEXT REFERENCES article_revisions (id),
        seen_at                   TEXT NOT NULL,
        PRIMARY KEY (user_id, article_id)
      ) WITHOUT ROWID;
      -- Retention keeps every revision someone saw: it looks them up per article.
      CREATE INDEX article_views_by_article ON article_views (article_id);
    `);
  }
};
