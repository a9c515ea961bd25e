// Bulletin profile versions (never rewritten) and bulletin issues.
import type Database from 'better-sqlite3';
import type { BulletinIssueRepository, BulletinProfileRepository } from '../../../core/bulletins/ports';
import { BulletinProfileFieldsSchema, BulletinSectionSchema, type BulletinIssue, type BulletinProfileFields } from '../../../shared/bulletin';
import { EffectiveDatedTable } from './effective-dated';
import { toUtcIso } from './time';

export class SqliteBulletinProfileRepository extends EffectiveDatedTable<BulletinProfileFields> implements BulletinProfileRepository {
  constructor(db: Database.Database) {
    super(db, 'bulletin_profile_versions', BulletinProfileFieldsSchema);
  }
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
