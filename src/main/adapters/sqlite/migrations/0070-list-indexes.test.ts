import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { viSortKey } from '../sort-key';
import { MIGRATIONS } from './index';
import { databaseAt } from './testing';

describe('0070 list indexes', () => {
  it('re-keys existing articles for Vietnamese order and checks combined filters inside one index', () => {
    const db = databaseAt(60);
    db.pragma('foreign_keys = OFF'); // only the articles row matters here
    db.prepare(
      `INSERT INTO articles (id, current_revision_id, version, status, title, title_key, author, author_key, category,
        article_type, featured, word_count, created_at, created_by, created_by_name, modified_at, modified_by, modified_by_name)
       VALUES ('a', 'r', 1, 'nhap', 'Đường làng', 'old key', 'Ông Tửu', 'old key', 'Kinh tế', 'Tin', 0, 0, 'c', 'u', 'U', 'm', 'u', 'U')`
    ).run();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 70));
    expect(db.prepare('SELECT title_key, author_key FROM articles').get()).toEqual({ title_key: viSortKey('Đường làng'), author_key: viSortKey('Ông Tửu') });
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM articles WHERE category = 'Kinh tế' AND status = 'nhap' AND author = 'x'")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX/);
  });
});
