import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0220 bulletins', () => {
  it('keeps bulletin profile versions as written', () => {
    const db = databaseAt(220);
    db.prepare('INSERT INTO bulletin_profile_versions (id, effective_from, effective_utc, created_at, created_by, fields) VALUES (?, ?, ?, ?, ?, ?)').run(
      uuidv7(), '2026-01-01T00:00:00+07:00', '2025-12-31T17:00:00.000Z', 'now', 'u', '{"name":"Bản tin Phường"}'
    );
    expect(() => db.prepare("UPDATE bulletin_profile_versions SET fields = '{}'").run()).toThrow(/không được sửa hay xóa/);
    expect(() => db.prepare('DELETE FROM bulletin_profile_versions').run()).toThrow(/không được sửa hay xóa/);
  });

  it('never gives two issues one number and refuses malformed dates and sections', () => {
    const db = databaseAt(220);
    const insert = db.prepare(
      'INSERT INTO bulletin_issues (id, number, issue_date, sections, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
    );
    insert.run(uuidv7(), 1, '2026-12-03', '[]', 'now', 'u', 'now', 'u');
    expect(() => insert.run(uuidv7(), 1, '2026-12-04', '[]', 'now', 'u', 'now', 'u')).toThrow(/UNIQUE/);
    expect(() => insert.run(uuidv7(), 2, '03/12/2026', '[]', 'now', 'u', 'now', 'u')).toThrow(/CHECK/);
    expect(() => insert.run(uuidv7(), 3, '2026-12-03', '{}', 'now', 'u', 'now', 'u')).toThrow(/CHECK/);
    expect(() => insert.run(uuidv7(), 0, '2026-12-03', '[]', 'now', 'u', 'now', 'u')).toThrow(/CHECK/);
  });
});
