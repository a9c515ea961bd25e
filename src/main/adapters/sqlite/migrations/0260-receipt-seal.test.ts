import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';
import { databaseAt } from './testing';

describe('0260 receipt seal', () => {
  it('keeps old receipts (no seal), stores a seal stamp, refuses anything else and stays append-only', () => {
    const db = databaseAt(240);
    // Only the receipts table matters here: no articles, targets or outbox items to point at.
    db.pragma('foreign_keys = OFF');
    const insert = (id: string, seal?: string) =>
      db.prepare(
        `INSERT INTO publication_receipts (id, outbox_id, article_id, target_id, kind, remote_id, remote_url, remote_status, audit_head_seq, audit_head_hash, at${seal === undefined ? '' : ', seal'})
         VALUES (?, 'o1', 'a1', 't1', 'publish', 'r', 'u', 'written', 1, 'h', 'now'${seal === undefined ? '' : ', ?'})`
      ).run(...(seal === undefined ? [id] : [id, seal]));
    insert('r-old');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 260));
    expect(db.prepare("SELECT seal FROM publication_receipts WHERE id = 'r-old'").get()).toEqual({ seal: null });
    insert('r-new', 'bbt-seal/1;s=5;c=abc;t=now;k=k1;g=sig');
    expect(() => insert('r-bad', '{"seq":5}')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE publication_receipts SET seal = NULL WHERE id = 'r-new'").run()).toThrow(/chỉ được ghi thêm/);
  });
});
