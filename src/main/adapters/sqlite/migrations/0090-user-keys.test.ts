import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0090 user keys', () => {
  it('never deletes or rewrites a public key, allows one active key per user', () => {
    const db = databaseAt(90);
    const user = uuidv7();
    db.prepare(`INSERT INTO users (id, login, full_name, roles, password_hash, created_at, updated_at) VALUES (?, 'bientap', 'Lê Thị Lan', '["bien_tap_vien"]', 'h', 'now', 'now')`).run(user);
    const insert = db.prepare(
      `INSERT INTO user_keys (key_id, user_id, public_key_pem, encrypted_private_key, kdf, salt, iv, tag, created_at, active)
       VALUES (?, ?, ?, x'00', 'scrypt$1024$8$1', x'01', x'02', x'03', ?, ?)`
    );
    insert.run('k1', user, 'PEM1', '2026-01-01', 1);
    expect(() => insert.run('k2', user, 'PEM2', '2026-01-02', 1)).toThrow(/UNIQUE/);
    db.prepare("UPDATE user_keys SET active = 0 WHERE key_id = 'k1'").run();
    insert.run('k2', user, 'PEM2', '2026-01-02', 1);
    expect(() => db.prepare("DELETE FROM user_keys WHERE key_id = 'k1'").run()).toThrow(/không được xóa/);
    expect(() => db.prepare("UPDATE user_keys SET public_key_pem = 'PEM-giả' WHERE key_id = 'k1'").run()).toThrow(/không được sửa/);
    expect(() => db.prepare("UPDATE user_keys SET active = 1 WHERE key_id = 'k1'").run()).toThrow(/không được dùng lại/);
    expect(db.prepare("SELECT public_key_pem FROM user_keys WHERE key_id = 'k1'").get()).toEqual({ public_key_pem: 'PEM1' });
  });
});
