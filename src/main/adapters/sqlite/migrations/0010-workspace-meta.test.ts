import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0010 workspace meta', () => {
  it('starts with a clean-shutdown marker and stores settings only as valid JSON', () => {
    const db = databaseAt(10);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'clean_shutdown'").get()).toEqual({ value: '1' });
    db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run('lists', '{"categories":[]}', '2026-01-01T00:00:00.000Z');
    expect(() => db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run('x', 'not json', 'now')).toThrow(/CHECK/);
  });
});
