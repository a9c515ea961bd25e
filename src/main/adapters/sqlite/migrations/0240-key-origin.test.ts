import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';
import { databaseAt } from './testing';

describe('0240 key origin', () => {
  it('marks keys of an old workspace reset by an administrator (found in the audit log), the rest legacy', () => {
    const db = databaseAt(220);
    const user = uuidv7();
    db.prepare(`INSERT INTO users (id, login, full_name, roles, password_hash, created_at, updated_at) VALUES (?, 'truongban', 'Trần Quốc Bảo', '["truong_ban"]', 'h', 'now', 'now')`).run(user);
    const insert = db.prepare(
      `INSERT INTO user_keys (key_id, user_id, public_key_pem, encrypted_private_key, kdf, salt, iv, tag, created_at, active)
       VALUES (?, ?, ?, x'00', 'scrypt$1024$8$1', x'01', x'02', x'03', ?, ?)`
    );
    insert.run('k-own', user, 'PEM1', '2026-01-01', 0);
    insert.run('k-reset', user, 'PEM2', '2026-01-02', 1);
    db.prepare(
      `INSERT INTO audit_log (seq, id, at, user_id, user_name, action, article_id, description, details, prev_hash, hash)
       VALUES (1, ?, 'now', 'admin', 'Quản trị', 'user.password-reset', NULL, 'Đặt lại mật khẩu', ?, '', 'h1')`
    ).run(uuidv7(), JSON.stringify({ userId: user, keyId: 'k-reset' }));
    migrate(db, MIGRATIONS.filter((m) => m.version <= 240));
    const rows = db.prepare('SELECT key_id, origin, state FROM user_keys ORDER BY key_id').all();
    expect(rows).toEqual([
      { key_id: 'k-own', origin: 'legacy', state: 'active' },
      { key_id: 'k-reset', origin: 'reset', state: 'active' }
    ]);
    expect(() => db.prepare("UPDATE user_keys SET origin = 'self' WHERE key_id = 'k-reset'").run()).toThrow(/không được sửa/);
  });

  it('refuses unknown origins and never turns a pending key active', () => {
    const db: Database.Database = databaseAt(240);
    const user = uuidv7();
    db.prepare(`INSERT INTO users (id, login, full_name, roles, password_hash, created_at, updated_at) VALUES (?, 'bientap', 'Lê Thị Lan', '["bien_tap_vien"]', 'h', 'now', 'now')`).run(user);
    const insert = db.prepare(
      `INSERT INTO user_keys (key_id, user_id, public_key_pem, encrypted_private_key, kdf, salt, iv, tag, created_at, active, origin, state)
       VALUES (?, ?, ?, x'00', 'scrypt$1024$8$1', x'01', x'02', x'03', 'now', 1, ?, ?)`
    );
    expect(() => insert.run('k0', user, 'PEM0', 'admin', 'active')).toThrow(/CHECK/);
    insert.run('k1', user, 'PEM1', 'reset', 'pending');
    expect(() => db.prepare("UPDATE user_keys SET state = 'active' WHERE key_id = 'k1'").run()).toThrow(/không được kích hoạt/);
  });
});
