import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0110 sign-offs', () => {
  it('keeps sign-offs and their voids append-only', () => {
    const db = databaseAt(110);
    db.pragma('foreign_keys = OFF'); // the article and revision rows are not needed for this check
    db.prepare(
      "INSERT INTO sign_offs VALUES ('s', 'a', 'r', 'h', '{}', 'sig', 'k', 'u', 'Trưởng ban', 'Trưởng ban', 'now', '')"
    ).run();
    db.prepare("INSERT INTO sign_off_voids VALUES ('s', 'a', 'now', 'u', 'U', 'Hủy duyệt')").run();
    expect(() => db.prepare("UPDATE sign_offs SET signature = 'x'").run()).toThrow(/không được sửa hay xóa/);
    expect(() => db.prepare('DELETE FROM sign_offs').run()).toThrow(/không được sửa hay xóa/);
    expect(() => db.prepare('DELETE FROM sign_off_voids').run()).toThrow(/không được sửa hay xóa/);
    expect(() => db.prepare("INSERT INTO sign_off_voids VALUES ('s', 'a', 'later', NULL, NULL, 'lần hai')").run()).toThrow(/UNIQUE/);
  });
});
