import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';
import { databaseAt } from './testing';

const STATUSES = ['nhap', 'cho_duyet', 'da_xuat_ban'];
const CATEGORIES = ['Kinh tế', 'Thông báo', 'Văn bản'];

function insertArticles(db: Database.Database, count: number): void {
  db.pragma('foreign_keys = OFF'); // only the articles rows matter here
  const insert = db.prepare(
    `INSERT INTO articles (id, current_revision_id, version, status, title, title_key, author, author_key, category,
      article_type, featured, word_count, created_at, created_by, created_by_name, modified_at, modified_by, modified_by_name)
     VALUES (?, 'r', 1, ?, 'T', 't', 'A', 'a', ?, 'Tin', 0, 0, 'c', 'u', 'U', ?, 'u', 'U')`
  );
  for (let i = 0; i < count; i++) {
    insert.run(`a${String(i).padStart(5, '0')}`, STATUSES[i % 3], CATEGORIES[(i >> 2) % 3], `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`);
  }
}

const plan = (db: Database.Database, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' | ');

const BY_STATUS = 'SELECT doc_no FROM articles ORDER BY status DESC, modified_at DESC, id DESC LIMIT 100 OFFSET 50';
const STATUS_AND_CATEGORY = "SELECT doc_no FROM articles WHERE status = 'nhap' AND category = 'Kinh tế' ORDER BY modified_at DESC, id DESC";

describe('0200 status sort index', () => {
  it('pages through the status order on a narrow index, without a sort or table reads', () => {
    const db = databaseAt(190);
    insertArticles(db, 30);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 200));
    expect(plan(db, BY_STATUS)).toBe('SCAN articles USING COVERING INDEX articles_by_status_order');
    expect(plan(db, STATUS_AND_CATEGORY)).toMatch(/COVERING INDEX/);
    // No planner statistics before, none made up now.
    expect(db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'").get()).toBeUndefined();
  });

  it('gives the new index statistics in a workspace that has them, so combined filters keep their covering index', () => {
    const db = databaseAt(190);
    insertArticles(db, 300);
    db.exec('ANALYZE');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 200));
    expect(db.prepare("SELECT stat FROM sqlite_stat1 WHERE idx = 'articles_by_status_order'").get()).toMatchObject({ stat: expect.stringMatching(/^300 100 /) });
    db.exec('ANALYZE sqlite_schema'); // reload the statistics, as the next connection would
    expect(plan(db, BY_STATUS)).toBe('SCAN articles USING COVERING INDEX articles_by_status_order');
    expect(plan(db, STATUS_AND_CATEGORY)).toMatch(/COVERING INDEX/);
  });
});
