// Keys created before 'key.create' entries existed are vouched for ONCE, here, by a 'key.vouch' entry
// per key ("vouched at upgrade", not "at creation"). Running only in this migration matters: a check at
// every opening would also vouch for a key row someone slipped into the file later.
import { KEY_VOUCH_ACTION } from '../../../../core/audit/cross-check';
import { nodeHasher, uuidV7Ids } from '../../system';
import { SqliteAuditLog } from '../audit-log';
import type { Migration } from './migration';

export const migration0230: Migration = {
  version: 230,
  name: 'key-vouch',
  up(db) {
    const keys = db.prepare('SELECT key_id, user_id, public_key_pem, created_at FROM user_keys ORDER BY created_at, key_id').all() as {
      key_id: string;
      user_id: string;
      public_key_pem: string;
      created_at: string;
    }[];
    if (keys.length === 0) return;
    const audit = new SqliteAuditLog(db, nodeHasher, uuidV7Ids);
    const at = new Date().toISOString();
    for (const k of keys) {
      audit.append({
        at,
        user: null,
        action: KEY_VOUCH_ACTION,
        articleId: null,
        description: 'Ghi nhận khóa ký có từ trước khi nâng cấp (không được ghi vào nhật ký lúc tạo)',
        details: { keyId: k.key_id, userId: k.user_id, publicKeyPem: k.public_key_pem, createdAt: k.created_at, vouched: 'upgrade' }
      });
    }
  }
};
