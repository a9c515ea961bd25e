import { generateKeyPairSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../core/audit/chain';
import { nodeHasher } from '../../system';
import { SqliteAuditLog } from '../audit-log';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';
import { databaseAt } from './testing';

describe('0230 key-vouch', () => {
  it('records every key that existed before the upgrade, once, as vouched at upgrade', () => {
    const db = databaseAt(220);
    db.pragma('foreign_keys = OFF');
    const pem = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    db.prepare("INSERT INTO user_keys (key_id, user_id, public_key_pem, encrypted_private_key, kdf, salt, iv, tag, created_at) VALUES ('k1', 'u1', ?, x'00', 'scrypt$1$1$1', x'00', x'00', x'00', '2025-01-01T00:00:00.000Z')").run(pem);
    const audit = new SqliteAuditLog(db, nodeHasher, { newId: () => uuidv7() });
    audit.append({ at: '2025-01-01T00:00:00.000Z', user: null, action: 'user.create', articleId: null, description: 'x', details: {} });
    migrate(db, MIGRATIONS.filter((m) => m.version <= 230));
    const entries = [...audit.all()];
    expect(entries.map((e) => e.action)).toEqual(['user.create', 'key.vouch']);
    expect(entries[1]!.details).toMatchObject({ keyId: 'k1', userId: 'u1', publicKeyPem: pem, vouched: 'upgrade' });
    expect(verifyAuditChain(entries, nodeHasher)).toBeNull();
    // A later key row (slipped into the file) is not vouched by re-opening.
    migrate(db, MIGRATIONS.filter((m) => m.version <= 230));
    expect([...audit.all()]).toHaveLength(2);
  });

  it('writes nothing in a workspace without keys', () => {
    const db = databaseAt(230);
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
  });
});
