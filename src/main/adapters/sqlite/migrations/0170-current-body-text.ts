// The current revision's plain text, kept on the mutable `articles` row: search snippets and the
// exact-diacritic check read it for many candidates per query, which must not mean inflating
// revision chunks (revision-store.ts) for each one. Revisions keep their own text immutably.
import { RevisionStore } from '../revision-store';
import type { Migration } from './migration';

export const migration0170: Migration = {
  version: 170,
  name: 'current-body-text',
  up(db) {
    db.exec("ALTER TABLE articles ADD COLUMN body_text TEXT NOT NULL DEFAULT ''");
    const store = new RevisionStore(db);
    const rows = db.prepare('SELECT id, current_revision_id FROM articles').all() as { id: string; current_revision_id: string }[];
    const set = db.prepare('UPDATE articles SET body_text = ? WHERE id = ?');
    for (const r of rows) set.run(store.read(r.current_revision_id).text, r.id);
  }
};
