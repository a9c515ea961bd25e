import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0100 audit log', () => {
  it('accepts appended entries and refuses changing or deleting them', () => {
    const db = databaseAt(100);
    const insert = db.prepare(
      "INSERT INTO audit_log (seq, id, at, user_id, user_name, action, article_id, description, details, prev_hash, hash) VALUES (?, ?, 'now', 'u', 'U', 'login', NULL, 'Đăng nhập', ?, 'p', 'h')"
    );
    insert.run(1, 'a', '{}');
    expect(() => insert.run(2, 'b', 'not json')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE audit_log SET description = 'x'").run()).toThrow(/chỉ được ghi thêm/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/chỉ được ghi thêm/);
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
  });
});
