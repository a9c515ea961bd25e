import { describe, expect, it } from 'vitest';
import { databaseAt, tableNames } from './testing';

const plan = (db: ReturnType<typeof databaseAt>, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' ');

describe('0210 publishing', () => {
  it('creates targets, secrets, the outbox, receipts and remote media', () => {
    const db = databaseAt(210);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['publish_targets', 'target_secrets', 'outbox_items', 'outbox_events', 'publication_receipts', 'remote_media']));
  });

  it('keeps the outbox, its events, receipts and uploaded media append-only', () => {
    const db = databaseAt(210);
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO outbox_items VALUES ('o', 'a', 't', 'publish', 'r', 'h', 's', 'bbt-a', 'tin-a', NULL, 'now', 'now', 'u', 'U')").run();
    db.prepare("INSERT INTO outbox_events VALUES ('e', 'o', 'waiting', 'now', 0, 'Đang chờ', NULL, NULL, NULL, NULL, NULL, NULL)").run();
    db.prepare("INSERT INTO publication_receipts VALUES ('p', 'o', 'a', 't', 'publish', '42', 'http://x/42', 'publish', 'e1', 'r', 'h', 'hh', 's', 'f', 7, 'head', 'now')").run();
    db.prepare("INSERT INTO remote_media VALUES ('t', 'm', '9', 'http://x/m.jpg', 'now')").run();
    const columns = { outbox_items: 'kind', outbox_events: 'state', publication_receipts: 'remote_url', remote_media: 'remote_url' };
    for (const [table, column] of Object.entries(columns)) {
      expect(() => db.prepare(`UPDATE ${table} SET ${column} = 'x'`).run()).toThrow(/chỉ được ghi thêm/);
      expect(() => db.prepare(`DELETE FROM ${table}`).run()).toThrow(/chỉ được ghi thêm/);
    }
    expect(() => db.prepare("INSERT INTO outbox_events VALUES ('e2', 'o', 'lost', 'now', 0, '', NULL, NULL, NULL, NULL, NULL, NULL)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO remote_media VALUES ('t', 'm', '10', 'http://x/m2.jpg', 'later')").run()).toThrow(/UNIQUE|PRIMARY/);
  });

  it('refuses two targets with the same folded name and finds the latest event and receipts through indexes', () => {
    const db = databaseAt(210);
    db.prepare("INSERT INTO publish_targets VALUES ('t1', 'Cổng tỉnh', 'cong tinh', 'folder', '{}', 0, 'now', 'u', 'now')").run();
    expect(() => db.prepare("INSERT INTO publish_targets VALUES ('t2', 'Cong Tinh', 'cong tinh', 'folder', '{}', 0, 'now', 'u', 'now')").run()).toThrow(/UNIQUE/);
    expect(plan(db, "SELECT state FROM outbox_events WHERE item_id = 'o' ORDER BY id DESC LIMIT 1")).toMatch(/outbox_events_latest/);
    expect(plan(db, "SELECT id FROM publication_receipts WHERE article_id = 'a' ORDER BY id DESC")).toMatch(/publication_receipts_by_article/);
    expect(plan(db, "SELECT id FROM publication_receipts WHERE target_id = 't' AND article_id = 'a' ORDER BY id DESC")).toMatch(/publication_receipts_by_target/);
    expect(plan(db, "SELECT id FROM outbox_items WHERE article_id = 'a' AND target_id = 't'")).toMatch(/outbox_items_by_article/);
  });
});
