// Royalties in SQLite: settings versions (effective-dated), decisions and period events (append-only),
// and first publication dates read from the publication receipts.
import type Database from 'better-sqlite3';
import type {
  PublicationDates,
  PublishedArticle,
  RoyaltyDecisionRepository,
  RoyaltyPeriodEvent,
  RoyaltyPeriodRepository,
  RoyaltySettingsRepository,
  StoredRoyaltyDecision
} from '../../../core/royalties/ports';
import { RoyaltySettingsFieldsSchema, type RoyaltySettingsFields } from '../../../shared/royalties';
import { EffectiveDatedTable } from './effective-dated';
import { toUtcIso } from './time';

export class SqliteRoyaltySettingsRepository extends EffectiveDatedTable<RoyaltySettingsFields> implements RoyaltySettingsRepository {
  constructor(db: Database.Database) {
    super(db, 'royalty_settings_versions', RoyaltySettingsFieldsSchema);
  }
}

interface DecisionRow {
  id: string;
  article_id: string;
  settings_version_id: string;
  month: string;
  published_at: string;
  article_type: string;
  decided_at: string;
  decided_by: string;
  decided_by_name: string;
  input: string;
  amounts: string;
}

export class SqliteRoyaltyDecisionRepository implements RoyaltyDecisionRepository {
  private readonly insertStmt: Database.Statement;
  private readonly latestStmt: Database.Statement<[string], DecisionRow>;
  private readonly inMonthStmt: Database.Statement<[string], DecisionRow>;

  constructor(db: Database.Database) {
    this.insertStmt = db.prepare(`INSERT INTO royalty_decisions (id, article_id, settings_version_id, month, published_at, article_type, decided_at, decided_by,
      decided_by_name, input, amounts, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.latestStmt = db.prepare('SELECT * FROM royalty_decisions WHERE article_id = ? ORDER BY id DESC LIMIT 1');
    // The newest row per article (UUIDv7 ids sort by creation).
    this.inMonthStmt = db.prepare(`SELECT d.* FROM royalty_decisions d
      WHERE d.month = ? AND d.id = (SELECT max(x.id) FROM royalty_decisions x WHERE x.article_id = d.article_id)`);
  }

  insert(d: StoredRoyaltyDecision): void {
    this.insertStmt.run(
      d.id, d.articleId, d.settingsVersionId, d.month, toUtcIso(d.publishedAt), d.articleType, toUtcIso(d.decidedAt), d.decidedBy.id, d.decidedBy.name,
      JSON.stringify(d.input), JSON.stringify(d.amounts), d.amounts.total
    );
  }

  latest(articleId: string): StoredRoyaltyDecision | null {
    const row = this.latestStmt.get(articleId);
    return row ? toDecision(row) : null;
  }

  latestInMonths(months: readonly string[]): StoredRoyaltyDecision[] {
    return months.flatMap((m) => this.inMonthStmt.all(m).map(toDecision));
  }
}

function toDecision(r: DecisionRow): StoredRoyaltyDecision {
  return {
    id: r.id,
    articleId: r.article_id,
    settingsVersionId: r.settings_version_id,
    month: r.month,
    publishedAt: r.published_at,
    articleType: r.article_type,
    decidedAt: r.decided_at,
    decidedBy: { id: r.decided_by, name: r.decided_by_name },
    input: JSON.parse(r.input) as StoredRoyaltyDecision['input'],
    amounts: JSON.parse(r.amounts) as StoredRoyaltyDecision['amounts']
  };
}

interface PeriodRow {
  id: string;
  period: string;
  action: 'close' | 'reopen';
  at: string;
  user_id: string;
  user_name: string;
  reason: string;
}

export class SqliteRoyaltyPeriodRepository implements RoyaltyPeriodRepository {
  private readonly insertStmt: Database.Statement;
  private readonly latestStmt: Database.Statement<[string], PeriodRow>;

  constructor(db: Database.Database) {
    this.insertStmt = db.prepare('INSERT INTO royalty_period_events (id, period, action, at, user_id, user_name, reason) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.latestStmt = db.prepare('SELECT * FROM royalty_period_events WHERE period = ? ORDER BY id DESC LIMIT 1');
  }

  append(e: RoyaltyPeriodEvent): void {
    this.insertStmt.run(e.id, e.period, e.action, toUtcIso(e.at), e.user.id, e.user.name, e.reason);
  }

  latest(period: string): RoyaltyPeriodEvent | null {
    const r = this.latestStmt.get(period);
    return r ? { id: r.id, period: r.period, action: r.action, at: r.at, user: { id: r.user_id, name: r.user_name }, reason: r.reason } : null;
  }
}

// First publication: the earliest "publish" receipt; without one, an article marked Đã xuất bản counts
// from its Ngày xuất bản (published outside the app, or sample data).
const FIRST_PUBLISHED = `
  SELECT a.id AS articleId, coalesce(f.at, a.publish_utc) AS publishedAt
  FROM articles a LEFT JOIN (SELECT article_id, min(at) AS at FROM publication_receipts WHERE kind = 'publish' GROUP BY article_id) f ON f.article_id = a.id
  WHERE (f.at IS NOT NULL OR (a.status = 'da_xuat_ban' AND a.publish_utc IS NOT NULL))`;

export class SqlitePublicationDates implements PublicationDates {
  private readonly betweenStmt: Database.Statement<[string, string], PublishedArticle>;
  private readonly oneStmt: Database.Statement<[string], PublishedArticle>;

  constructor(db: Database.Database) {
    this.betweenStmt = db.prepare(`SELECT * FROM (${FIRST_PUBLISHED}) WHERE publishedAt >= ? AND publishedAt < ? ORDER BY publishedAt, articleId`);
    this.oneStmt = db.prepare(`${FIRST_PUBLISHED} AND a.id = ?`);
  }

  publishedBetween(fromUtc: string, toUtc: string): PublishedArticle[] {
    return this.betweenStmt.all(toUtcIso(fromUtc), toUtcIso(toUtc));
  }

  firstPublished(articleId: string): string | null {
    return this.oneStmt.get(articleId)?.publishedAt ?? null;
  }
}
