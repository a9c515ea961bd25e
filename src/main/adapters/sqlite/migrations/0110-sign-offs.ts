// Sign-offs ("Ký duyệt"): the exact signed description and its Ed25519 signature. A sign-off is never
// changed; when it stops counting (content changed, "Hủy duyệt", "Trả lại") a void row is appended.
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0110: Migration = {
  version: 110,
  name: 'sign-offs',
  up(db) {
    db.exec(`
      CREATE TABLE sign_offs (
        id              TEXT PRIMARY KEY,          -- UUIDv7
        article_id      TEXT NOT NULL REFERENCES articles (id),
        revision_id     TEXT NOT NULL REFERENCES article_revisions (id),
        content_hash    TEXT NOT NULL,
        message         TEXT NOT NULL,             -- canonical JSON that was signed
        signature       TEXT NOT NULL,             -- base64 Ed25519
        key_id          TEXT NOT NULL,
        signer_id       TEXT NOT NULL,
        signer_name     TEXT NOT NULL,
        signer_position TEXT NOT NULL,
        signed_at       TEXT NOT NULL,
        comment         TEXT NOT NULL
      );
      CREATE INDEX sign_offs_by_article ON sign_offs (article_id, signed_at);
      CREATE INDEX sign_offs_by_revision ON sign_offs (revision_id);
      ${appendOnlyTriggers('sign_offs', 'bản ký duyệt không được sửa hay xóa')}

      CREATE TABLE sign_off_voids (
        sign_off_id TEXT PRIMARY KEY REFERENCES sign_offs (id),
        article_id  TEXT NOT NULL REFERENCES articles (id),
        at          TEXT NOT NULL,
        user_id     TEXT,
        user_name   TEXT,
        reason      TEXT NOT NULL
      );
      CREATE INDEX sign_off_voids_by_article ON sign_off_voids (article_id);
      ${appendOnlyTriggers('sign_off_voids', 'việc hủy hiệu lực bản ký duyệt không được sửa hay xóa')}
    `);
  }
};
