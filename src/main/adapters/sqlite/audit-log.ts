// The audit log over SQLite: append-only (triggers), hash-chained rows, filtered listing.
import type Database from 'better-sqlite3';
import { auditEntryHash, GENESIS_HASH } from '../../../core/audit/chain';
import type { AuditAppend, AuditLog, Hasher, IdGenerator } from '../../../core/ports';
import type { AuditQuery, AuditReader } from '../../../core/workflow/ports';
import type { AuditEntry } from '../../../shared/workflow';
import { nfcDeep } from '../../../core/articles/canonical';
import { toUtcIso } from './time';

export interface AuditRow {
  seq: number;
  id: string;
  at: string;
  user_id: string | null;
  user_name: string | null;
  action: string;
  article_id: string | null;
  description: string;
  details: string;
  prev_hash: string;
  hash: string;
}

export function toAuditEntry(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    id: r.id,
    at: r.at,
    user: r.user_id === null ? null : { id: r.user_id, name: r.user_name ?? '' },
    action: r.action,
    articleId: r.article_id,
    description: r.description,
    details: JSON.parse(r.details) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash
  };
}

export class SqliteAuditLog implements AuditLog, AuditReader {
  private readonly last: Database.Statement<[], { seq: number; hash: string }>;
  private readonly insert: Database.Statement;
  private readonly everything: Database.Statement<[], AuditRow>;

  constructor(
    private readonly db: Database.Database,
    private readonly hasher: Hasher,
    private readonly ids: IdGenerator
  ) {
    this.last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    this.insert = db.prepare(
      `INSERT INTO audit_log (seq, id, at, user_id, user_name, action, article_id, description, details, prev_hash, hash)
       VALUES (@seq, @id, @at, @user_id, @user_name, @action, @article_id, @description, @details, @prev_hash, @hash)`
    );
    this.everything = db.prepare('SELECT * FROM audit_log ORDER BY seq');
  }

  /** The chain's head (latest sequence number and hash); seq 0 and an empty hash before the first entry. */
  head(): { seq: number; hash: string } {
    return this.last.get() ?? { seq: 0, hash: '' };
  }

  /** IMMEDIATE: another process appending at the same time waits instead of forking the chain. */
  append(e: AuditAppend): AuditEntry {
    return this.db.transaction(() => {
      const prev = this.last.get();
      const unsealed = {
        seq: (prev?.seq ?? 0) + 1,
        id: this.ids.newId(),
        at: toUtcIso(e.at),
        user: e.user ? { id: e.user.id, name: e.user.name.normalize('NFC') } : null,
        action: e.action,
        articleId: e.articleId,
        description: e.description.normalize('NFC'),
        details: nfcDeep(e.details),
        prevHash: prev?.hash ?? GENESIS_HASH
      };
      const entry: AuditEntry = { ...unsealed, hash: auditEntryHash(unsealed, this.hasher) };
      this.insert.run({
        seq: entry.seq,
        id: entry.id,
        at: entry.at,
        user_id: entry.user?.id ?? null,
        user_name: entry.user?.name ?? null,
        action: entry.action,
        article_id: entry.articleId,
        description: entry.description,
        details: JSON.stringify(entry.details),
        prev_hash: entry.prevHash,
        hash: entry.hash
      });
      return entry;
    }).immediate();
  }

  list(q: AuditQuery): { total: number; items: AuditEntry[] } {
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    const add = (sql: string, values: Record<string, string>) => {
      where.push(sql);
      Object.assign(params, values);
    };
    if (q.articleId) add('article_id = @articleId', { articleId: q.articleId });
    if (q.userId) add('user_id = @userId', { userId: q.userId });
    // "workflow" matches every workflow.* action; a full name matches itself.
    if (q.action) add('(action = @action OR action LIKE @actionPrefix)', { action: q.action, actionPrefix: `${q.action}.%` });
    if (q.from) add('at >= @from', { from: toUtcIso(q.from) });
    if (q.to) add('at <= @to', { to: toUtcIso(q.to) });
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const { n } = this.db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(params) as { n: number };
    const rows = this.db
      .prepare(`SELECT * FROM audit_log ${clause} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: q.limit, offset: q.offset }) as AuditRow[];
    return { total: n, items: rows.map(toAuditEntry) };
  }

  *all(): Iterable<AuditEntry> {
    for (const r of this.everything.iterate()) yield toAuditEntry(r);
  }
}
