import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0280 royalty settings', () => {
  it('keeps royalty tables as written: no update, no delete', () => {
    const db = databaseAt(280);
    db.prepare('INSERT INTO royalty_settings_versions (id, effective_from, effective_utc, created_at, created_by, fields) VALUES (?, ?, ?, ?, ?, ?)').run(
      uuidv7(), '2026-01-01T00:00:00+07:00', '2025-12-31T17:00:00.000Z', 'now', 'u', '{"baseSalary":2340000}'
    );
    expect(() => db.prepare("UPDATE royalty_settings_versions SET fields = '{}'").run()).toThrow(/không được sửa hay xóa/);
    expect(() => db.prepare('DELETE FROM royalty_settings_versions').run()).toThrow(/không được sửa hay xóa/);
    expect(() => db.prepare("INSERT INTO royalty_settings_versions VALUES ('x', 'a', 'b', 'c', 'd', 'not json')").run()).toThrow(/CHECK/);
  });
});
