import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0040 article history', () => {
  it('accepts new events and refuses changing or deleting them', () => {
    const db = databaseAt(40);
    db.pragma('foreign_keys = OFF'); // the event's article is not needed for this check
    const id = uuidv7();
    db.prepare(
      "INSERT INTO article_history (id, article_id, at, user_id, user_name, action, description, version) VALUES (?, ?, 'now', 'u', 'U', 'save', 'Lưu phiên bản 1', 1)"
    ).run(id, uuidv7());
    expect(() => db.prepare("UPDATE article_history SET description = 'x'").run()).toThrow(/chỉ được ghi thêm/);
    expect(() => db.prepare('DELETE FROM article_history').run()).toThrow(/chỉ được ghi thêm/);
    expect(db.prepare('SELECT count(*) AS n FROM article_history').get()).toEqual({ n: 1 });
  });
});
