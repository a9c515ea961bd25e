import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { RevisionStore } from '../revision-store';
import { MIGRATIONS } from './index';
import { databaseAt } from './testing';

describe('0140 revision blocks', () => {
  it('moves existing revision bodies into chunks that read back exactly, and keeps them immutable', () => {
    const db = databaseAt(130);
    db.pragma('foreign_keys = OFF');
    const body = JSON.stringify({ root: { children: [{ text: 'Tiêu đề bài viết '.repeat(300) }] } });
    db.prepare(
      `INSERT INTO article_revisions (id, article_id, version, content_hash, created_at, created_by, created_by_name, status, title,
        summary, image_caption, alternate_link, featured, author, category, article_type, page_count, page_count_overridden,
        photo_count, photo_count_overridden, lexical_version, body_json, body_text, word_count, attachments)
       VALUES ('r1', 'a', 1, 'h', 't', 'u', 'U', 'nhap', 'T', '', '', '', 0, '', '', '', 1, 0, 0, 0, '0.52.0', ?, 'Đoạn một\nĐoạn hai', 3, '[]')`
    ).run(body);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 140));
    const columns = (db.prepare('PRAGMA table_info(article_revisions)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('body_json');
    expect(new RevisionStore(db).read('r1')).toEqual({ json: body, text: 'Đoạn một\nĐoạn hai' });
    expect(() => db.prepare("UPDATE revision_bodies SET text_blocks = x''").run()).toThrow(/không được sửa/);
    expect(() => db.prepare('DELETE FROM revision_blocks').run()).toThrow(/không được sửa/);
  });
});
