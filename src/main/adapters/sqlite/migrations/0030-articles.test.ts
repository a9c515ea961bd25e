import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

function seed() {
  const db = databaseAt(30);
  const articleId = uuidv7();
  const revisionId = uuidv7();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO articles (id, current_revision_id, version, status, title, title_key, author, author_key, category,
        article_type, featured, word_count, created_at, created_by, created_by_name, modified_at, modified_by, modified_by_name)
       VALUES (?, ?, 1, 'nhap', 'Tiêu đề', 't0', '', '', 'Thông báo', 'Tin', 0, 0, 'c', 'u', 'U', 'm', 'u', 'U')`
    ).run(articleId, revisionId);
    db.prepare(
      `INSERT INTO article_revisions (id, article_id, version, content_hash, created_at, created_by, created_by_name, status,
        title, summary, image_caption, alternate_link, featured, author, category, article_type, page_count,
        page_count_overridden, photo_count, photo_count_overridden, lexical_version, body_json, body_text, word_count, attachments)
       VALUES (?, ?, 1, 'h', 'c', 'u', 'U', 'nhap', 'Tiêu đề', '', '', '', 0, '', 'Thông báo', 'Tin', 1, 0, 0, 0, '0.52.0', '{}', '', 0, '[]')`
    ).run(revisionId, articleId);
  })();
  return { db, articleId, revisionId };
}

describe('0030 articles', () => {
  it('refuses any UPDATE or DELETE of a saved revision', () => {
    const { db, revisionId } = seed();
    expect(() => db.prepare("UPDATE article_revisions SET title = 'sửa lén' WHERE id = ?").run(revisionId)).toThrow(/không được sửa hay xóa/);
    expect(() => db.prepare('DELETE FROM article_revisions WHERE id = ?').run(revisionId)).toThrow(/không được sửa hay xóa/);
    expect(db.prepare('SELECT title FROM article_revisions').get()).toEqual({ title: 'Tiêu đề' });
  });

  it('refuses a current pointer to a revision that does not exist', () => {
    const { db, articleId } = seed();
    expect(() => db.prepare('UPDATE articles SET current_revision_id = ? WHERE id = ?').run(uuidv7(), articleId)).toThrow(/FOREIGN KEY/);
  });

  it('sorts every list order from an index, without a temporary sort', () => {
    const { db } = seed();
    for (const columns of ['modified_at', 'created_at', 'publish_utc', 'title_key', 'author_key', 'status, modified_at']) {
      const order = [...columns.split(', '), 'id'].map((c) => `${c} DESC`).join(', ');
      const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM articles ORDER BY ${order} LIMIT 100`).all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).not.toMatch(/TEMP B-TREE/);
    }
  });
});
