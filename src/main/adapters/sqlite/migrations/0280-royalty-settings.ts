// Royalty (nhuận bút) settings: coefficient tables kept as effective-dated versions like the profiles,
// never rewritten, so a decision keeps pointing at the table that was in force on the publication date.
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0280: Migration = {
  version: 280,
  name: 'royalty-settings',
  up(db) {
    db.exec(`
      CREATE TABLE royalty_settings_versions (
        id             TEXT PRIMARY KEY,           -- UUIDv7
        effective_from TEXT NOT NULL,
        effective_utc  TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        created_by     TEXT NOT NULL,
        fields         TEXT NOT NULL CHECK (json_valid(fields))
      );
      CREATE INDEX royalty_settings_by_effective ON royalty_settings_versions (effective_utc, created_at, id);
      ${appendOnlyTriggers('royalty_settings_versions', 'bảng nhuận bút đã lưu không được sửa hay xóa')}
    `);
  }
};
