// Full-text index of the current version of each article. The text is folded by the app (fold():
// lower case, no diacritics, đ→d) before indexing; FTS5 alone never folds đ. Contentless: the
// original text stays in article_revisions, snippets are built from it. No prefix index: it made
// bulk indexing about 5× slower, and prefix queries on the last word are fast enough without it.
import type { Migration } from './migration';

export const migration0060: Migration = {
  version: 60,
  name: 'article-search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE article_search USING fts5 (
        title, summary, body,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
  }
};
