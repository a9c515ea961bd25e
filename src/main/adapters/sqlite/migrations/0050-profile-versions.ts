// Agency profile versions, each in force from `effective_from`; past versions are never rewritten.
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0050: Migration = {
  version: 50,
  name: 'profile-versions',
  up(db) {
    db.exec(`
      CREATE TABLE profile_versions (
        id             TEXT PRIMARY KEY,           -- UUIDv7
        effective_from TEXT NOT NULL,              -- as entered
        effective_utc  TEXT NOT NULL,              -- same instant in UTC, for lookups
        created_at     TEXT NOT NULL,
        created_by     TEXT NOT NULL,
        fields         TEXT NOT NULL CHECK (json_valid(fields))
      );
      CREATE INDEX profile_versions_by_effective ON profile_versions (effective_utc, created_at, id);
      ${appendOnlyTriggers('profile_versions', 'hồ sơ cơ quan đã lưu không được sửa hay xóa')}
    `);
  }
};
