// Per-article royalty decisions. Append-only: changing a decision writes a new row and the newest row of
// an article applies, so two PCs' decisions replicate as a union. Amounts are whole đồng, computed once
// when decided (from the settings version named in the row) and stored, so a report never recomputes.
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0281: Migration = {
  version: 281,
  name: 'royalty-decisions',
  up(db) {
    db.exec(`
      CREATE TABLE royalty_decisions (
        id                  TEXT PRIMARY KEY,      -- UUIDv7 (newest per article applies)
        article_id          TEXT NOT NULL REFERENCES articles (id),
        settings_version_id TEXT NOT NULL REFERENCES royalty_settings_versions (id),
        -- Month of the first publication in Viet Nam time ("2026-11"): the period it is paid in.
        month               TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        published_at        TEXT NOT NULL,
        article_type        TEXT NOT NULL,         -- Loại bài viết the coefficient was chosen for
        decided_at          TEXT NOT NULL,
        decided_by          TEXT NOT NULL,
        decided_by_name     TEXT NOT NULL,
        input               TEXT NOT NULL CHECK (json_valid(input)),
        amounts             TEXT NOT NULL CHECK (json_valid(amounts)),
        total               INTEGER NOT NULL CHECK (total >= 0)
      );
      CREATE INDEX royalty_decisions_by_article ON royalty_decisions (article_id, id);
      CREATE INDEX royalty_decisions_by_month ON royalty_decisions (month, article_id, id);
      ${appendOnlyTriggers('royalty_decisions', 'quyết định nhuận bút chỉ được ghi thêm')}
    `);
  }
};
