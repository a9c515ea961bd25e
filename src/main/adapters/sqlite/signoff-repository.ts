// Sign-offs and their voids over SQLite (both append-only), plus read access to signed revisions.
import type Database from 'better-sqlite3';
import type { SignOffRecord, SignOffVoid } from '../../../core/signoff/signoff';
import type { SignOffRepository } from '../../../core/workflow/ports';
import type { Article } from '../../../shared/article';
import { ARTICLE_SELECT, toArticle, type ArticleRow } from './article-rows';
import { RevisionStore } from './revision-store';

interface SignOffRow {
  id: string;
  article_id: string;
  revision_id: string;
  content_hash: string;
  message: string;
  signature: string;
  key_id: string;
  signer_id: string;
  signer_name: string;
  signer_position: string;
  signed_at: string;
  comment: string;
}

interface VoidRow {
  sign_off_id: string;
  article_id: string;
  at: string;
  user_id: string | null;
  user_name: string | null;
  reason: string;
}

/** Any revision (not only the current one) joined to its article, in the shape toArticle reads. */
const REVISION_SELECT = `${ARTICLE_SELECT.replace('r.id = a.current_revision_id', 'r.article_id = a.id')} WHERE r.id = ?`;

export class SqliteSignOffRepository implements SignOffRepository {
  private readonly texts: RevisionStore;

  constructor(private readonly db: Database.Database) {
    this.texts = new RevisionStore(db);
  }

  insert(r: SignOffRecord): void {
    this.db
      .prepare(
        `INSERT INTO sign_offs (id, article_id, revision_id, content_hash, message, signature, key_id, signer_id, signer_name, signer_position, signed_at, comment)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(r.id, r.articleId, r.revisionId, r.contentHash, r.message, r.signature, r.keyId, r.signerId, r.signerName, r.signerPosition, r.signedAt, r.comment);
  }

  addVoid(v: SignOffVoid): void {
    this.db
      .prepare('INSERT INTO sign_off_voids (sign_off_id, article_id, at, user_id, user_name, reason) VALUES (?, ?, ?, ?, ?, ?)')
      .run(v.signOffId, v.articleId, v.at, v.userId, v.userName, v.reason);
  }

  forArticle(articleId: string): SignOffRecord[] {
    return (this.db.prepare('SELECT * FROM sign_offs WHERE article_id = ? ORDER BY signed_at, id').all(articleId) as SignOffRow[]).map(toRecord);
  }

  voidsFor(articleId: string): SignOffVoid[] {
    return (this.db.prepare('SELECT * FROM sign_off_voids WHERE article_id = ? ORDER BY at').all(articleId) as VoidRow[]).map((v) => ({
      signOffId: v.sign_off_id,
      articleId: v.article_id,
      at: v.at,
      userId: v.user_id,
      userName: v.user_name,
      reason: v.reason
    }));
  }

  all(): SignOffRecord[] {
    return (this.db.prepare('SELECT * FROM sign_offs ORDER BY signed_at, id').all() as SignOffRow[]).map(toRecord);
  }

  revision(revisionId: string): Article | null {
    const row = this.db.prepare(REVISION_SELECT).get(revisionId) as ArticleRow | undefined;
    return row ? toArticle(row, this.texts) : null;
  }

  approvedWithoutSignOff(): { articleId: string; title: string }[] {
    return this.db
      .prepare(
        `SELECT a.id AS articleId, a.title FROM articles a
         WHERE a.status = 'da_duyet' AND NOT EXISTS (
           SELECT 1 FROM sign_offs s WHERE s.revision_id = a.current_revision_id
             AND NOT EXISTS (SELECT 1 FROM sign_off_voids v WHERE v.sign_off_id = s.id))
         ORDER BY a.id`
      )
      .all() as { articleId: string; title: string }[];
  }

  previousContentHash(revisionId: string): string | null {
    const row = this.db
      .prepare('SELECT p.content_hash AS h FROM article_revisions r JOIN article_revisions p ON p.id = r.prev_revision_id WHERE r.id = ?')
      .get(revisionId) as { h: string } | undefined;
    return row?.h ?? null;
  }
}

function toRecord(r: SignOffRow): SignOffRecord {
  return {
    id: r.id,
    articleId: r.article_id,
    revisionId: r.revision_id,
    contentHash: r.content_hash,
    message: r.message,
    signature: r.signature,
    keyId: r.key_id,
    signerId: r.signer_id,
    signerName: r.signer_name,
    signerPosition: r.signer_position,
    signedAt: r.signed_at,
    comment: r.comment
  };
}
