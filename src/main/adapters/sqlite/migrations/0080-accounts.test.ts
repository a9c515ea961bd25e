import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { databaseAt } from './testing';
import { MIGRATIONS } from './index';

describe('0080 accounts', () => {
  it('removes the password-less local user and keeps accounts from being deleted', () => {
    const db = databaseAt(70);
    db.prepare('INSERT INTO users (id, login, full_name, created_at) VALUES (?, ?, ?, ?)').run(uuidv7(), 'local', 'Người dùng máy này', '2026-01-01T00:00:00.000Z');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 80));
    expect(db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });

    const id = uuidv7();
    db.prepare(
      `INSERT INTO users (id, login, full_name, position, roles, disabled, password_hash, created_at, updated_at)
       VALUES (?, 'truongban', 'Trần Văn Minh', 'Phó Chủ tịch UBND thị xã', '["truong_ban"]', 0, 'scrypt$x', 'now', 'now')`
    ).run(id);
    expect(() => db.prepare("UPDATE users SET roles = 'không phải JSON' WHERE id = ?").run(id)).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM users WHERE id = ?').run(id)).toThrow(/không bị xóa/);
  });
});
