// Retention thinning of autosave revisions without rewriting history: revision rows and their small
// manifests stay forever (they are the timeline's metadata and the bases of later manifests); a
// thinned revision gets an append-only revision_prunes row, and only then may the chunks no kept
// revision of that article uses be deleted. The pruning path (version-repository.ts `prune`) lists
// the chunk keys it releases in revision_block_releases, in the same transaction, and empties it
// again; the delete trigger refuses any other deletion of a chunk.
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0160: Migration = {
  version: 160,
  name: 'revision-prunes',
  up(db) {
    db.exec(`
      CREATE TABLE revision_prunes (
        revision_id TEXT PRIMARY KEY REFERENCES article_revisions (id),
        article_id  TEXT NOT NULL REFERENCES articles (id),
        at          TEXT NOT NULL,
        user_id     TEXT,
        user_name   TEXT
      );
      CREATE INDEX revision_prunes_by_article ON revision_prunes (article_id);
      ${appendOnlyTriggers('revision_prunes', 'việc lược bớt phiên bản chỉ được ghi thêm')}
      CREATE TABLE revision_block_releases (hash BLOB PRIMARY KEY) WITHOUT ROWID;
      DROP TRIGGER revision_blocks_no_delete;
      CREATE TRIGGER revision_blocks_no_delete BEFORE DELETE ON revision_blocks
      WHEN NOT EXISTS (SELECT 1 FROM revision_block_releases WHERE hash = OLD.hash)
      BEGIN SELECT RAISE(ABORT, 'revision_blocks: các khối nội dung phiên bản chỉ được xóa khi lược bớt theo chính sách lưu giữ'); END;
    `);
  }
};
