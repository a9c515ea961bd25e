// A file uploaded to a portal earlier can be deleted there by someone else; publishing then checks and uploads it
// again. Both facts are kept, append-only like the rest of the publishing record: remote_media may now hold more
// than one upload of a file per target (numbered in the order they were made), and remote_media_gone says which
// upload was found missing. The file in use is the newest upload not found missing.
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0270: Migration = {
  version: 270,
  name: 'remote-media-gone',
  up(db) {
    db.exec(`
      CREATE TABLE remote_media_new (
        id          INTEGER PRIMARY KEY,
        target_id   TEXT NOT NULL REFERENCES publish_targets (id),
        media_hash  TEXT NOT NULL,
        remote_id   TEXT NOT NULL,
        remote_url  TEXT NOT NULL,
        at          TEXT NOT NULL
      );
      INSERT INTO remote_media_new (target_id, media_hash, remote_id, remote_url, at)
        SELECT target_id, media_hash, remote_id, remote_url, at FROM remote_media ORDER BY at;
      DROP TRIGGER remote_media_no_update;
      DROP TRIGGER remote_media_no_delete;
      DROP TABLE remote_media;
      ALTER TABLE remote_media_new RENAME TO remote_media;
      CREATE INDEX remote_media_by_file ON remote_media (target_id, media_hash, id);
      ${appendOnlyTriggers('remote_media', 'tệp đã tải lên chỉ được ghi thêm')}

      -- An upload that the portal no longer had when publishing checked.
      CREATE TABLE remote_media_gone (
        media_id    INTEGER PRIMARY KEY REFERENCES remote_media (id),
        at          TEXT NOT NULL
      );
      ${appendOnlyTriggers('remote_media_gone', 'tệp đã mất trên cổng chỉ được ghi thêm')}
    `);
  }
};
