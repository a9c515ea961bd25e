// Bulletin profile versions (never rewritten) and bulletin issues.
import type Database from 'better-sqlite3';
import type { BulletinIssueRepository, BulletinProfileRepository } from '../../../core/bulletins/ports';
import {
  BulletinProfileFieldsSchema,
  BulletinSectionSchema,
  type BulletinIssue,
  type BulletinProfileFields,
  type BulletinProfileVersion
} from '../../../shared/bulletin';
import { toUtcIso } from './time';

interface ProfileRow {
  id: string;
  effective_from: string;
  created_at: string;
  created_by: string;
  fields: string;
}

const NEWEST_FIRST = 'ORDER BY effective_utc DESC, created_at DESC, id DESC';

export class SqliteBulletinProfileRepository implements BulletinProfileRepository {
  private readonly insertStmt: Database.Statement;
  private readonly all: Database.Statement<[], ProfileRow>;
  private readonly atStmt: Database.Statement<[string], ProfileRow>;

  constructor(db: Database.Database) {
    this.insertStmt = db.prepare(
      'INSERT INTO bulletin_profile_versions (id, effective_from, effective_utc, created_at, created_by, fields) VALUES (?, ?, ?, ?, ?, ?)'
    );
    this.all = db.prepare(`SELECT * FROM bulletin_profile_versions ${NEWEST_FIRST}`);
    this.atStmt = db.prepare(`SELECT * FROM bulletin_profile_versions WHERE effective_utc <= ? ${NEWEST_FIRST} LIMIT 1`);
  }

  insert(v: BulletinProfileVersion): void {
    const fields: BulletinProfileFields = BulletinProfileFieldsSchema.parse(v);
    this.insertStmt.run(v.id, v.effectiveFrom, toUtcIso(v.effectiveFrom), toUtcIso(v.createdAt), v.createdBy, JSON.stringify(fields));
  }

  list(): BulletinProfileVersion[] {
    return this.all.all().map(toVersion);
  }

  at(iso: string): BulletinProfileVersion | null {
    const row = this.atStmt.get(toUtcIso(iso));
    return row ? toVersion(row) : null;
  }
}

function toVersion(r: ProfileRow): BulletinProfileVersion {
  return {
    ...BulletinProfileFieldsSchema.parse(JSON.parse(r.fields)),
    id: r.id,
    effectiveFrom: r.effective_from,
    createdAt: r.created_at,
    createdBy: r.created_by
  };
}

interface IssueRow {
  id: string;
  number: number;
  issue_date: string;
  sections: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export class SqliteBulletinIssueRepository implements BulletinIssueRepository {
  private readonly insertStmt: Database.Statement;
  private readonly updateStmt: Database.Statement;
  private readonly getStmt: Database.Statement<[string], IssueRow>;
  private readonly byNumberStmt: Database.Statement<[number], IssueRow>;
  private readonly listStmt: Database.Statement<[], IssueRow>;
  private readonly maxStmt: Database.Statement<[], { n: number | null }>;

  constructor(db: Database.Database) {
    this.insertStmt = db.prepare(
      'INSERT INTO bulletin_issues (id, number, issue_date, sections, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
    );
    this.updateStmt = db.prepare('UPDATE bulletin_issues SET issue_date = ?, sections = ?, updated_at = ?, updated_by = ? WHERE id = ?');
    this.getStmt = db.prepare('SELECT * FROM bulletin_issues WHERE id = ?');
    this.byNumberStmt = db.prepare('SELECT * FROM bulletin_issues WHERE number = ?');
    this.listStmt = db.prepare('SELECT * FROM bulletin_issues ORDER BY number DESC');
    this.maxStmt = db.prepare('SELECT max(number) AS n FROM bulletin_issues');
  }

  insert(i: BulletinIssue): void {
    this.insertStmt.run(i.id, i.number, i.date, JSON.stringify(i.sections), toUtcIso(i.createdAt), i.createdBy, toUtcIso(i.updatedAt), i.updatedBy);
  }

  update(i: BulletinIssue): void {
    this.updateStmt.run(i.date, JSON.stringify(i.sections), toUtcIso(i.updatedAt), i.updatedBy, i.id);
  }

  get(id: string): BulletinIssue | null {
    const row = this.getStmt.get(id);
    return row ? toIssue(row) : null;
  }

  byNumber(n: number): BulletinIssue | null {
    const row = this.byNumberStmt.get(n);
    return row ? toIssue(row) : null;
  }

  list(): BulletinIssue[] {
    return this.listStmt.all().map(toIssue);
  }

  nextNumber(): number {
    return (this.maxStmt.get()?.n ?? 0) + 1;
  }
}

function toIssue(r: IssueRow): BulletinIssue {
  return {
    id: r.id,
    number: r.number,
    date: r.issue_date,
    sections: BulletinSectionSchema.array().parse(JSON.parse(r.sections)),
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by
  };
}
