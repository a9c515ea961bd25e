import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0020 users', () => {
  it('keeps logins unique regardless of case', () => {
    const db = databaseAt(20);
    const insert = db.prepare('INSERT INTO users (id, login, full_name, created_at) VALUES (?, ?, ?, ?)');
    insert.run(uuidv7(), 'hoa', 'Nguyễn Thị Hoa', '2026-01-01T00:00:00.000Z');
    expect(() => insert.run(uuidv7(), 'HOA', 'Người khác', '2026-01-01T00:00:00.000Z')).toThrow(/UNIQUE/);
  });
});
