import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0120 edit locks', () => {
  it('holds at most one lease per article, which can be replaced and removed', () => {
    const db = databaseAt(120);
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO edit_locks VALUES ('a', 'u1', 'Một', 't0', 't1')").run();
    expect(() => db.prepare("INSERT INTO edit_locks VALUES ('a', 'u2', 'Hai', 't0', 't1')").run()).toThrow(/UNIQUE|PRIMARY/);
    db.prepare("UPDATE edit_locks SET holder_id = 'u2' WHERE article_id = 'a'").run();
    db.prepare("DELETE FROM edit_locks WHERE article_id = 'a'").run();
    expect(db.prepare('SELECT count(*) AS n FROM edit_locks').get()).toEqual({ n: 0 });
  });
});
