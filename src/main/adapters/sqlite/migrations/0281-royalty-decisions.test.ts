import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0281 royalty decisions', () => {
  it('appends decisions for existing articles and settings only, and never rewrites them', () => {
    const db = databaseAt(281);
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO articles (id, current_revision_id, version, status, title, title_key, author, author_key, category, article_type, featured, word_count, created_at, created_by, created_by_name, modified_at, modified_by, modified_by_name) VALUES ('a1', 'r1', 1, 'da_xuat_ban', 'T', 't', '', '', '', 'Tin', 0, 0, 'now', 'u', 'U', 'now', 'u', 'U')").run();
    db.pragma('foreign_keys = ON');
    db.prepare("INSERT INTO royalty_settings_versions VALUES ('s1', '2026-01-01', '2026-01-01', 'now', 'u', '{}')").run();
    const insert = db.prepare('INSERT INTO royalty_decisions (id, article_id, settings_version_id, month, published_at, article_type, decided_at, decided_by, decided_by_name, input, amounts, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run(uuidv7(), 'a1', 's1', '2026-11', 'p', 'Tin', 'd', 'u', 'U', '{}', '{}', 234000);
    expect(() => insert.run(uuidv7(), 'missing', 's1', '2026-11', 'p', 'Tin', 'd', 'u', 'U', '{}', '{}', 1)).toThrow(/FOREIGN KEY/);
    expect(() => insert.run(uuidv7(), 'a1', 'nope', '2026-11', 'p', 'Tin', 'd', 'u', 'U', '{}', '{}', 1)).toThrow(/FOREIGN KEY/);
    expect(() => insert.run(uuidv7(), 'a1', 's1', '11/2026', 'p', 'Tin', 'd', 'u', 'U', '{}', '{}', 1)).toThrow(/CHECK/);
    expect(() => insert.run(uuidv7(), 'a1', 's1', '2026-11', 'p', 'Tin', 'd', 'u', 'U', '{}', '{}', -1)).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE royalty_decisions SET total = 0').run()).toThrow(/chỉ được ghi thêm/);
    expect(() => db.prepare('DELETE FROM royalty_decisions').run()).toThrow(/chỉ được ghi thêm/);
  });
});
