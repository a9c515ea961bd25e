import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../core/audit/chain';
import { nodeHasher, uuidV7Ids } from '../system';
import { SqliteAuditLog } from './audit-log';
import { createSqliteStore } from './store';
import { tempDbFile } from './test-fixtures';

describe('SqliteAuditLog', () => {
  it('chains entries, stores NFC, filters by article, user, action prefix and dates', () => {
    const store = createSqliteStore(tempDbFile());
    const log = new SqliteAuditLog(store.db, nodeHasher, uuidV7Ids);
    const ha = { id: 'u1', name: 'Lê Thị Thu Hà'.normalize('NFD') };
    const bao = { id: 'u2', name: 'Trần Quốc Bảo' };
    log.append({ at: '2026-11-20T08:00:00+07:00', user: ha, action: 'auth.login', articleId: null, description: 'Đăng nhập', details: {} });
    log.append({ at: '2026-11-21T08:00:00+07:00', user: ha, action: 'workflow.gui-duyet', articleId: 'a1', description: 'Gửi duyệt', details: { note: 'Bài mới'.normalize('NFD') } });
    log.append({ at: '2026-11-22T08:00:00+07:00', user: bao, action: 'workflow.ky-duyet', articleId: 'a1', description: 'Ký duyệt', details: {} });

    const all = [...log.all()];
    expect(all.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(all[0]!.user!.name).toBe('Lê Thị Thu Hà'.normalize('NFC'));
    expect(all[1]!.details).toEqual({ note: 'Bài mới'.normalize('NFC') });
    expect(verifyAuditChain(all, nodeHasher)).toBeNull();

    const q = { offset: 0, limit: 100 };
    expect(log.list({ ...q, articleId: 'a1' }).items.map((e) => e.seq)).toEqual([3, 2]);
    expect(log.list({ ...q, userId: 'u1' }).total).toBe(2);
    expect(log.list({ ...q, action: 'workflow' }).items.map((e) => e.action)).toEqual(['workflow.ky-duyet', 'workflow.gui-duyet']);
    expect(log.list({ ...q, action: 'workflow.ky-duyet' }).total).toBe(1);
    expect(log.list({ ...q, from: '2026-11-21T00:00:00+07:00', to: '2026-11-21T23:59:59+07:00' }).items.map((e) => e.seq)).toEqual([2]);
    expect(log.list({ offset: 1, limit: 1 })).toMatchObject({ total: 3, items: [{ seq: 2 }] });

    expect(() => store.db.prepare("UPDATE audit_log SET description = 'x' WHERE seq = 1").run()).toThrow(/chỉ được ghi thêm/);
    store.close();
  });
});
