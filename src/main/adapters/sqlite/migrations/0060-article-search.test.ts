import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0060 article search index', () => {
  it('matches without diacritics, but does not fold đ by itself (the app folds it before indexing)', () => {
    const db = databaseAt(60);
    const insert = db.prepare('INSERT INTO article_search (rowid, title, summary, body) VALUES (?, ?, ?, ?)');
    insert.run(1, 'Ủy ban nhân dân', '', '');
    insert.run(2, 'đường giao thông', '', '');
    const match = (q: string) => (db.prepare('SELECT rowid AS r FROM article_search WHERE article_search MATCH ?').all(q) as { r: number }[]).map((x) => x.r);
    expect(match('"uy" "ban"')).toEqual([1]);
    expect(match('"duong"')).toEqual([]);
    db.prepare('DELETE FROM article_search WHERE rowid = 1').run();
    expect(match('"uy"')).toEqual([]);
  });
});
