// Faster filtered lists and a compact Vietnamese sort key (found with the 100k-article benchmark):
// - each filter index carries the other filter columns, so combined filters are checked inside the
//   index instead of by one table lookup per row (status + category went from ~45 ms to ~2 ms);
// - title_key/author_key use one character per letter (see sort-key.ts); existing rows are re-keyed.
import { viSortKey } from '../sort-key';
import type { Migration } from './migration';

export const migration0070: Migration = {
  version: 70,
  name: 'list-indexes',
  up(db) {
    db.exec(`
      DROP INDEX articles_by_status;
      DROP INDEX articles_by_category;
      DROP INDEX articles_by_type;
      DROP INDEX articles_by_author;
      CREATE INDEX articles_by_status ON articles (status, modified_at, id, category, article_type, author, list_date);
      CREATE INDEX articles_by_category ON articles (category, modified_at, id, status, article_type, author, list_date);
      CREATE INDEX articles_by_type ON articles (article_type, modified_at, id, status, category, author, list_date);
      CREATE INDEX articles_by_author ON articles (author, modified_at, id, status, category, article_type, list_date);
    `);
    const rekey = db.prepare('UPDATE articles SET title_key = ?, author_key = ? WHERE doc_no = ?');
    const rows = db.prepare('SELECT doc_no, title, author FROM articles').all() as { doc_no: number; title: string; author: string }[];
    for (const r of rows) rekey.run(viSortKey(r.title), viSortKey(r.author), r.doc_no);
  }
};
