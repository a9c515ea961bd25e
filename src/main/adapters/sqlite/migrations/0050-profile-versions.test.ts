import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0050 profile versions', () => {
  it('keeps every profile version as written', () => {
    const db = databaseAt(50);
    db.prepare('INSERT INTO profile_versions (id, effective_from, effective_utc, created_at, created_by, fields) VALUES (?, ?, ?, ?, ?, ?)').run(
      uuidv7(), '2025-07-01T00:00:00+07:00', '2025-06-30T17:00:00.000Z', 'now', 'u', '{"agencyName":"ỦY BAN NHÂN DÂN"}'
    );
    expect(() => db.prepare("UPDATE profile_versions SET fields = '{}'").run()).toThrow(/không được sửa hay xóa/);
    expect(() => db.prepare('DELETE FROM profile_versions').run()).toThrow(/không được sửa hay xóa/);
  });
});
