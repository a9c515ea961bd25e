import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0282 royalty periods', () => {
  it('records closes and reopens of months and quarters, append-only', () => {
    const db = databaseAt(282);
    const insert = db.prepare('INSERT INTO royalty_period_events (id, period, action, at, user_id, user_name, reason) VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run(uuidv7(), '2026-11', 'close', 'now', 'u', 'U', '');
    insert.run(uuidv7(), '2026-Q4', 'reopen', 'now', 'u', 'U', 'Sửa hệ số bài ngày 20/11');
    expect(() => insert.run(uuidv7(), '2026-Q5', 'close', 'now', 'u', 'U', '')).toThrow(/CHECK/);
    expect(() => insert.run(uuidv7(), '2026-11', 'lock', 'now', 'u', 'U', '')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE royalty_period_events SET reason = ''").run()).toThrow(/chỉ được ghi thêm/);
    expect(() => db.prepare('DELETE FROM royalty_period_events').run()).toThrow(/chỉ được ghi thêm/);
  });
});
