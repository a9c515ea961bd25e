import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0180 article views', () => {
  it('keeps one row per user and article, and finds an article\'s views through an index', () => {
    const db = databaseAt(180);
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO article_views VALUES ('u', 'a', 'r2', 'r1', 't')").run();
    expect(() => db.prepare("INSERT INTO article_views VALUES ('u', 'a', 'r3', 'r2', 't')").run()).toThrow(/UNIQUE|PRIMARY/);
    db.prepare("INSERT INTO article_views VALUES ('v', 'a', 'r3', NULL, 't')").run();
    expect(() => db.prepare("INSERT INTO article_views VALUES ('w', 'a', NULL, NULL, 't')").run()).toThrow(/NOT NULL/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT user_id FROM article_views WHERE article_id = 'a'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/article_views_by_article/);
  });
});
