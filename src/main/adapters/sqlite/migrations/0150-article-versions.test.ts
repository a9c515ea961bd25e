import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0150 article versions', () => {
  it('keeps named versions append-only and lists an article\'s revisions by time through an index', () => {
    const db = databaseAt(150);
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO article_versions VALUES ('v', 'a', 'r', 'named', 'Bản gửi sở', 'nhap', 't', 'u', 'U')").run();
    expect(() => db.prepare("INSERT INTO article_versions VALUES ('w', 'a', 'r', 'autosave', '', 'nhap', 't', 'u', 'U')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE article_versions SET note = ''").run()).toThrow(/không được sửa/);
    expect(() => db.prepare('DELETE FROM article_versions').run()).toThrow(/không được sửa/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM article_revisions WHERE article_id = 'a' AND created_at <= 't' ORDER BY created_at DESC").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/article_revisions_by_article/);
  });
});
