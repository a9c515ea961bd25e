import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';
import { databaseAt } from './testing';

describe('0250 created keys pending', () => {
  it('makes the current key of an account the administrator created pending; keys of the user’s own stay active', () => {
    const db = databaseAt(240);
    const insertUser = db.prepare(`INSERT INTO users (id, login, full_name, roles, password_hash, created_at, updated_at) VALUES (?, ?, ?, '["truong_ban"]', 'h', 'now', 'now')`);
    const [created, changed, admin] = [uuidv7(), uuidv7(), uuidv7()];
    insertUser.run(created, 'truongban', 'Trần Quốc Bảo');
    insertUser.run(changed, 'thanhvien', 'Phạm Minh Tuấn');
    insertUser.run(admin, 'quantri', 'Nguyễn Văn Hùng');
    const insert = db.prepare(
      `INSERT INTO user_keys (key_id, user_id, public_key_pem, encrypted_private_key, kdf, salt, iv, tag, created_at, active, origin, state)
       VALUES (?, ?, ?, x'00', 'scrypt$1024$8$1', x'01', x'02', x'03', 'now', ?, ?, 'active')`
    );
    insert.run('k-created', created, 'PEM1', 1, 'created');
    insert.run('k-created-old', changed, 'PEM2', 0, 'created');
    insert.run('k-self', changed, 'PEM3', 1, 'self');
    insert.run('k-setup', admin, 'PEM4', 1, 'setup');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 250));
    expect(db.prepare('SELECT key_id, state FROM user_keys ORDER BY key_id').all()).toEqual([
      { key_id: 'k-created', state: 'pending' },
      { key_id: 'k-created-old', state: 'active' },
      { key_id: 'k-self', state: 'active' },
      { key_id: 'k-setup', state: 'active' }
    ]);
  });
});
