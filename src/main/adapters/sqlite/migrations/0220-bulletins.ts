// The printed bulletin: profile versions (effective-dated, never rewritten, like the agency profile)
// and numbered issues. An issue's number is never reused; its sections are JSON (title + article ids
// in order), rewritten as a whole by each composer save.
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0220: Migration = {
  version: 220,
  name: 'bulletins',
  up(db) {
    db.exec(`
      CREATE TABLE bulletin_profile_versions (
        id             TEXT PRIMARY KEY,           -- UUIDv7
        effective_from TEXT NOT NULL,
        effective_utc  TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        created_by     TEXT NOT NULL,
        fields         TEXT NOT NULL CHECK (json_valid(fields))
      );
      CREATE INDEX bulletin_profile_by_effective ON bulletin_profile_versions (effective_utc, created_at, id);
      ${appendOnlyTriggers('bulletin_profile_versions', 'hồ sơ bản tin đã lưu không được sửa hay xóa')}

      CREATE TABLE bulletin_issues (
        id         TEXT PRIMARY KEY,               -- UUIDv7
        number     INTEGER NOT NULL UNIQUE CHECK (number >= 1),
        issue_date TEXT NOT NULL CHECK (issue_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        sections   TEXT NOT NULL CHECK (json_valid(sections) AND json_type(sections) = 'array'),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      );
    `);
  }
};
