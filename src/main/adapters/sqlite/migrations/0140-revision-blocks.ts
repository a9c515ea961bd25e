// Compact revision bodies: body JSON and plain text move out of article_revisions into
// content-addressed chunks (revision_blocks) listed per revision (revision_bodies); see revision-store.ts.
// Existing rows are converted here, the one place that rewrites stored revisions: their content is
// unchanged (the round trip is exact) and content hashes stay as they were.
import type Database from 'better-sqlite3';
import { RevisionStore } from '../revision-store';
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0140: Migration = {
  version: 140,
  name: 'revision-blocks',
  up(db) {
    db.exec(`
      -- One chunk of a revision text, deflated, stored once per article under SHA-256(article id, NUL, UTF-8 bytes).
      CREATE TABLE revision_blocks (
        hash BLOB PRIMARY KEY,
        data BLOB NOT NULL
      ) WITHOUT ROWID;
      -- Per revision: its texts as concatenated 32-byte chunk hashes, in order, deflated with the
      -- base revision's (the previous one, up to a chain of 32) as dictionary; NULL base = standalone.
      CREATE TABLE revision_bodies (
        revision_id      TEXT PRIMARY KEY REFERENCES article_revisions (id),
        base_revision_id TEXT REFERENCES revision_bodies (revision_id),
        depth            INTEGER NOT NULL,
        body_blocks      BLOB NOT NULL,
        text_blocks      BLOB NOT NULL
      );
      CREATE INDEX revision_bodies_by_base ON revision_bodies (base_revision_id);
      ${appendOnlyTriggers('revision_blocks', 'các khối nội dung phiên bản không được sửa hay xóa')}
      ${appendOnlyTriggers('revision_bodies', 'nội dung phiên bản không được sửa hay xóa')}
    `);
    convertExisting(db);
    db.exec('ALTER TABLE article_revisions DROP COLUMN body_json; ALTER TABLE article_revisions DROP COLUMN body_text;');
  }
};

function convertExisting(db: Database.Database): void {
  const store = new RevisionStore(db);
  const rows = db.prepare('SELECT id, article_id, prev_revision_id, body_json, body_text FROM article_revisions ORDER BY article_id, version').all() as {
    id: string;
    article_id: string;
    prev_revision_id: string | null;
    body_json: string;
    body_text: string;
  }[];
  for (const r of rows) store.write(r.article_id, r.id, r.prev_revision_id, r.body_json, r.body_text);
}
