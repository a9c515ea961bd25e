import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

const plan = (db: ReturnType<typeof databaseAt>, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' ');

describe('0190 comments', () => {
  it('keeps threads, messages, events and anchors append-only', () => {
    const db = databaseAt(190);
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO comment_threads VALUES ('t', 'a', 'now', 'u', 'U', 'hội nghị', 'r1', 3, 11)").run();
    db.prepare("INSERT INTO comment_messages VALUES ('m', 't', 'a', 'u', 'U', 'Kiểm tra lại tên hội nghị', 'now')").run();
    db.prepare("INSERT INTO comment_thread_events VALUES ('e', 't', 'resolve', 'u', 'U', 'now')").run();
    db.prepare("INSERT INTO comment_anchors VALUES ('t', 'r1', 3, 11, 0, 'now')").run();
    const columns = { comment_threads: 'quote', comment_messages: 'body', comment_thread_events: 'at', comment_anchors: 'start' };
    for (const [table, column] of Object.entries(columns)) {
      expect(() => db.prepare(`UPDATE ${table} SET ${column} = 'x'`).run()).toThrow(/chỉ được ghi thêm/);
      expect(() => db.prepare(`DELETE FROM ${table}`).run()).toThrow(/chỉ được ghi thêm/);
    }
    expect(() => db.prepare("INSERT INTO comment_thread_events VALUES ('e2', 't', 'delete', 'u', 'U', 'now')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO comment_anchors VALUES ('t', 'r1', 4, 12, 0, 'later')").run()).toThrow(/UNIQUE|PRIMARY/);
  });

  it('finds an article\'s threads and messages and a thread\'s latest event through indexes', () => {
    const db = databaseAt(190);
    expect(plan(db, "SELECT id FROM comment_threads WHERE article_id = 'a'")).toMatch(/comment_threads_by_article/);
    expect(plan(db, "SELECT id FROM comment_messages WHERE article_id = 'a' ORDER BY created_at, id")).toMatch(/comment_messages_by_article/);
    expect(plan(db, "SELECT action FROM comment_thread_events WHERE thread_id = 't' ORDER BY id DESC LIMIT 1")).toMatch(/COVERING INDEX comment_thread_events_latest/);
  });

  it('adds the pointed-at comment ids to workflow events', () => {
    const db = databaseAt(190);
    db.pragma('foreign_keys = OFF');
    db.prepare(
      "INSERT INTO workflow_events (id, article_id, at, user_id, user_name, action, from_status, to_status, reason, comment_ids) VALUES ('e', 'a', 'now', 'u', 'U', 'tra-lai', 'cho_duyet', 'tra_lai', 'Sửa', '[\"t\"]')"
    ).run();
    expect(db.prepare('SELECT comment_ids FROM workflow_events').get()).toEqual({ comment_ids: '["t"]' });
  });
});
