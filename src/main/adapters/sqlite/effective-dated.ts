// Versions in force from an effective date (agency profile, bulletin profile): appended, never rewritten;
// the one in force at an instant is the latest effective date at or before it.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { toUtcIso } from './time';

interface VersionRow {
  id: string;
  effective_from: string;
  created_at: string;
  created_by: string;
  fields: string;
}

export interface Versioned {
  id: string;
  effectiveFrom: string;
  createdAt: string;
  createdBy: string;
}

const NEWEST_FIRST = 'ORDER BY effective_utc DESC, created_at DESC, id DESC';

/** Over a table (id, effective_from, effective_utc, created_at, created_by, fields JSON); `table` is a constant. */
export class EffectiveDatedTable<F extends object> {
  private readonly insertStmt: Database.Statement;
  private readonly all: Database.Statement<[], VersionRow>;
  private readonly atStmt: Database.Statement<[string], VersionRow>;

  constructor(db: Database.Database, table: string, private readonly schema: z.ZodType<F>) {
    this.insertStmt = db.prepare(`INSERT INTO ${table} (id, effective_from, effective_utc, created_at, created_by, fields) VALUES (?, ?, ?, ?, ?, ?)`);
    this.all = db.prepare(`SELECT * FROM ${table} ${NEWEST_FIRST}`);
    this.atStmt = db.prepare(`SELECT * FROM ${table} WHERE effective_utc <= ? ${NEWEST_FIRST} LIMIT 1`);
  }

  insert(v: F & Versioned): void {
    const fields = this.schema.parse(v);
    this.insertStmt.run(v.id, v.effectiveFrom, toUtcIso(v.effectiveFrom), toUtcIso(v.createdAt), v.createdBy, JSON.stringify(fields));
  }

  list(): (F & Versioned)[] {
    return this.all.all().map((r) => this.toVersion(r));
  }

  at(iso: string): (F & Versioned) | null {
    const row = this.atStmt.get(toUtcIso(iso));
    return row ? this.toVersion(row) : null;
  }

  private toVersion(r: VersionRow): F & Versioned {
    // Read as written (validated on insert): a field added to the schema later must not hide old versions.
    return { ...(JSON.parse(r.fields) as F), id: r.id, effectiveFrom: r.effective_from, createdAt: r.created_at, createdBy: r.created_by };
  }
}
