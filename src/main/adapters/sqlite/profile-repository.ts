// ProfileRepository: effective-dated agency profile versions (never rewritten).
import type Database from 'better-sqlite3';
import type { ProfileRepository } from '../../../core/ports';
import { ProfileFieldsSchema, type ProfileFields, type ProfileVersion } from '../../../shared/profile';
import { toUtcIso } from './time';

interface ProfileRow {
  id: string;
  effective_from: string;
  created_at: string;
  created_by: string;
  fields: string;
}

const NEWEST_FIRST = 'ORDER BY effective_utc DESC, created_at DESC, id DESC';

export class SqliteProfileRepository implements ProfileRepository {
  private readonly insertStmt: Database.Statement;
  private readonly all: Database.Statement<[], ProfileRow>;
  private readonly atStmt: Database.Statement<[string], ProfileRow>;

  constructor(db: Database.Database) {
    this.insertStmt = db.prepare(
      'INSERT INTO profile_versions (id, effective_from, effective_utc, created_at, created_by, fields) VALUES (?, ?, ?, ?, ?, ?)'
    );
    this.all = db.prepare(`SELECT * FROM profile_versions ${NEWEST_FIRST}`);
    this.atStmt = db.prepare(`SELECT * FROM profile_versions WHERE effective_utc <= ? ${NEWEST_FIRST} LIMIT 1`);
  }

  insert(v: ProfileVersion): void {
    const fields: ProfileFields = ProfileFieldsSchema.parse(v);
    this.insertStmt.run(v.id, v.effectiveFrom, toUtcIso(v.effectiveFrom), toUtcIso(v.createdAt), v.createdBy, JSON.stringify(fields));
  }

  list(): ProfileVersion[] {
    return this.all.all().map(toVersion);
  }

  at(iso: string): ProfileVersion | null {
    const row = this.atStmt.get(toUtcIso(iso));
    return row ? toVersion(row) : null;
  }
}

function toVersion(r: ProfileRow): ProfileVersion {
  return {
    ...(JSON.parse(r.fields) as ProfileFields),
    id: r.id,
    effectiveFrom: r.effective_from,
    createdAt: r.created_at,
    createdBy: r.created_by
  };
}
