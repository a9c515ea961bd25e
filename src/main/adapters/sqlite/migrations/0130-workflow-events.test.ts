import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0130 workflow events', () => {
  it('records transitions append-only and finds an author\'s articles by state through an index', () => {
    const db = databaseAt(130);
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO workflow_events VALUES ('e', 'a', 'now', 'u', 'U', 'tra-lai', 'cho_duyet', 'tra_lai', 'Thiếu nguồn')").run();
    expect(() => db.prepare("UPDATE workflow_events SET reason = ''").run()).toThrow(/chỉ được ghi thêm/);
    expect(() => db.prepare('DELETE FROM workflow_events').run()).toThrow(/chỉ được ghi thêm/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM articles WHERE created_by = 'u' AND status IN ('nhap', 'tra_lai')").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/articles_by_creator_status/);
  });
});
