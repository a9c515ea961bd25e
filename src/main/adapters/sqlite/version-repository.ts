// VersionRepository over SQLite: the timeline joins immutable revisions, named/restore labels
// (article_versions) and workflow transitions (workflow_events), one entry per revision; snapshots
// read compact bodies.
import type Database from 'better-sqlite3';
import type { VersionMark, VersionRepository } from '../../../core/versions/ports';
import type { RevisionStamp } from '../../../core/versions/retention';
import type { Article, ArticleStatus, UserRef } from '../../../shared/article';
import { DEFAULT_RETENTION, type RetentionPolicy, type VersionInfo, type VersionKind } from '../../../shared/versions';
import { ACTION_LABELS, type WorkflowAction } from '../../../shared/workflow';
import { ARTICLE_SELECT, toArticle, type ArticleRow } from './article-rows';
import { RevisionStore } from './revision-store';
import { JsonSettings } from './settings-store';

const RETENTION_KEY = 'version.retention';
const AUTO_VOID_LABEL = 'Tự động hủy duyệt do nội dung thay đổi';

/** The revision current at a workflow event: the article's last revision saved at or before it. */
const REVISION_AT_EVENT = `(SELECT x.id FROM article_revisions x WHERE x.article_id = e.article_id AND x.created_at <= e.at
  ORDER BY x.created_at DESC, x.version DESC LIMIT 1)`;

/**
 * One entry per revision: its label (kept forever) wins over the plain autosave, a name over a restore
 * over a workflow transition, and of several transitions the latest (e.g. "Gửi duyệt" then "Ký duyệt" on
 * the same revision show once, as "Ký duyệt"). Labels of a revision share its number.
 */
const TIMELINE = `
  WITH entries AS (
    SELECT r.id AS revision_id, r.id, 0 AS rank, 'autosave' AS kind, '' AS note, r.status, r.created_at AS at,
           r.created_by AS user_id, r.created_by_name AS user_name
    FROM article_revisions r
    WHERE r.article_id = @articleId AND NOT EXISTS (SELECT 1 FROM revision_prunes p WHERE p.revision_id = r.id)
    UNION ALL
    SELECT v.revision_id, v.id, CASE v.kind WHEN 'named' THEN 3 ELSE 2 END, v.kind, v.note, v.status, v.at, v.user_id, v.user_name
    FROM article_versions v
    WHERE v.article_id = @articleId
    UNION ALL
    SELECT ${REVISION_AT_EVENT}, e.id, 1, 'workflow', e.action, e.to_status, e.at, e.user_id, e.user_name
    FROM workflow_events e
    WHERE e.article_id = @articleId
  ), ranked AS (
    SELECT *, ROW_NUMBER() OVER (PARTITION BY revision_id ORDER BY rank DESC, at DESC, id DESC) AS pick FROM entries
  )
  SELECT x.id, x.revision_id, r.version AS number, x.kind, x.note, x.status, x.at, x.user_id, x.user_name, r.content_hash, r.title, r.word_count
  FROM ranked x JOIN article_revisions r ON r.id = x.revision_id
  WHERE x.pick = 1
  ORDER BY r.version DESC`;

interface TimelineRow {
  id: string;
  revision_id: string;
  number: number;
  kind: VersionKind;
  note: string;
  status: ArticleStatus;
  at: string;
  user_id: string;
  user_name: string;
  content_hash: string;
  title: string;
  word_count: number;
}

/**
 * Kept: the current revision, named/restore versions, signed revisions, revisions shown by a workflow
 * transition, and revisions a user last saw (the default "So sánh" starts from them).
 */
const STAMPS = `
  SELECT r.id, r.created_at AS at,
         (r.id = a.current_revision_id
          OR EXISTS (SELECT 1 FROM article_versions v WHERE v.revision_id = r.id)
          OR EXISTS (SELECT 1 FROM sign_offs s WHERE s.revision_id = r.id)
          OR EXISTS (SELECT 1 FROM article_views w WHERE w.article_id = r.article_id
                     AND r.id IN (w.last_seen_revision_id, w.previous_seen_revision_id))
          OR EXISTS (SELECT 1 FROM workflow_events e WHERE e.article_id = r.article_id AND r.id = ${REVISION_AT_EVENT})) AS protected
  FROM article_revisions r JOIN articles a ON a.id = r.article_id
  WHERE r.article_id = ? AND NOT EXISTS (SELECT 1 FROM revision_prunes p WHERE p.revision_id = r.id)`;

const SNAPSHOT = `${ARTICLE_SELECT.replace('r.id = a.current_revision_id', 'r.article_id = a.id')} WHERE r.id = ?`;

export class SqliteVersionRepository implements VersionRepository {
  private readonly texts: RevisionStore;
  private readonly timelineOf: Database.Statement<{ articleId: string }, TimelineRow>;
  private readonly resolveRevision: Database.Statement<[string, string], { revisionId: string; number: number }>;
  private readonly resolveMark: Database.Statement<[string, string], { revisionId: string; number: number }>;
  private readonly resolveEvent: Database.Statement<[string, string], { revisionId: string; number: number }>;
  private readonly snapshotOf: Database.Statement<[string], ArticleRow & { revision_status: ArticleStatus }>;
  private readonly insertMark: Database.Statement;
  private readonly settings: JsonSettings;

  constructor(private readonly db: Database.Database) {
    this.texts = new RevisionStore(db);
    this.timelineOf = db.prepare(TIMELINE);
    this.resolveRevision = db.prepare(
      `SELECT id AS revisionId, version AS number FROM article_revisions r
       WHERE article_id = ? AND id = ? AND NOT EXISTS (SELECT 1 FROM revision_prunes p WHERE p.revision_id = r.id)`
    );
    this.resolveMark = db.prepare(
      'SELECT r.id AS revisionId, r.version AS number FROM article_versions v JOIN article_revisions r ON r.id = v.revision_id WHERE v.article_id = ? AND v.id = ?'
    );
    this.resolveEvent = db.prepare(
      `SELECT r.id AS revisionId, r.version AS number FROM workflow_events e JOIN article_revisions r ON r.id = ${REVISION_AT_EVENT}
       WHERE e.article_id = ? AND e.id = ?`
    );
    this.snapshotOf = db.prepare(SNAPSHOT.replace('SELECT a.id, a.status,', 'SELECT a.id, a.status, r.status AS revision_status,'));
    this.insertMark = db.prepare(
      `INSERT INTO article_versions (id, article_id, revision_id, kind, note, status, at, user_id, user_name)
       VALUES (@id, @articleId, @revisionId, @kind, @note, @status, @at, @userId, @userName)`
    );
    this.settings = new JsonSettings(db);
  }

  timeline(articleId: string): VersionInfo[] {
    return this.timelineOf.all({ articleId }).map((r) => ({
      id: r.id,
      articleId,
      revisionId: r.revision_id,
      number: r.number,
      kind: r.kind,
      note: r.kind === 'workflow' ? workflowLabel(r.note) : r.note,
      status: r.status,
      createdAt: r.at,
      createdBy: { id: r.user_id, name: r.user_name },
      contentHash: r.content_hash,
      title: r.title,
      wordCount: r.word_count
    }));
  }

  resolve(articleId: string, versionId: string): { revisionId: string; number: number } | null {
    return this.resolveRevision.get(articleId, versionId) ?? this.resolveMark.get(articleId, versionId) ?? this.resolveEvent.get(articleId, versionId) ?? null;
  }

  snapshot(revisionId: string): Article | null {
    const row = this.snapshotOf.get(revisionId);
    return row ? { ...toArticle(row, this.texts), status: row.revision_status } : null;
  }

  mark(m: VersionMark): void {
    this.insertMark.run({ ...m, userId: m.user.id, userName: m.user.name });
  }

  articleIds(): string[] {
    return (this.db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  }

  retentionStamps(articleId: string): RevisionStamp[] {
    const rows = this.db.prepare(STAMPS).all(articleId) as { id: string; at: string; protected: number }[];
    return rows.map((r) => ({ id: r.id, at: r.at, protected: r.protected === 1 }));
  }

  prune(articleId: string, revisionIds: string[], at: string, user: UserRef | null): number {
    if (revisionIds.length === 0) return 0;
    return this.db.transaction(() => {
      const record = this.db.prepare('INSERT INTO revision_prunes (revision_id, article_id, at, user_id, user_name) VALUES (?, ?, ?, ?, ?)');
      for (const id of revisionIds) record.run(id, articleId, at, user?.id ?? null, user?.name ?? null);
      const kept = new Set<string>();
      for (const r of this.retentionStamps(articleId)) for (const key of this.texts.chunkKeys(r.id)) kept.add(key);
      const released = new Set<string>();
      for (const id of revisionIds) for (const key of this.texts.chunkKeys(id)) if (!kept.has(key)) released.add(key);
      const release = this.db.prepare('INSERT INTO revision_block_releases (hash) VALUES (?)');
      for (const key of released) release.run(Buffer.from(key, 'hex'));
      const { changes } = this.db.prepare('DELETE FROM revision_blocks WHERE hash IN (SELECT hash FROM revision_block_releases)').run();
      this.db.prepare('DELETE FROM revision_block_releases').run();
      return changes;
    })();
  }

  retention(): RetentionPolicy {
    return { ...DEFAULT_RETENTION, ...this.settings.get<RetentionPolicy>(RETENTION_KEY) };
  }

  saveRetention(policy: RetentionPolicy): void {
    this.settings.set(RETENTION_KEY, policy);
  }
}

function workflowLabel(action: string): string {
  return (ACTION_LABELS as Record<string, string>)[action as WorkflowAction] ?? (action === 'tu-dong-huy-duyet' ? AUTO_VOID_LABEL : action);
}
