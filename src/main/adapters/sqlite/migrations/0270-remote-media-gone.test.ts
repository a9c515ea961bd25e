import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';
import { databaseAt } from './testing';

describe('0270 remote media gone', () => {
  it('keeps earlier uploads, allows a second upload of a file once the first is recorded missing, and stays append-only', () => {
    const db = databaseAt(260);
    db.pragma('foreign_keys = OFF'); // no publish target needed for these rows
    db.prepare("INSERT INTO remote_media VALUES ('t1', 'h1', '41', 'https://cong/anh-1.jpg', '2026-11-02T01:00:00.000Z')").run();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 270));
    db.pragma('foreign_keys = ON');
    expect(db.prepare('SELECT * FROM remote_media').all()).toEqual([
      { id: 1, target_id: 't1', media_hash: 'h1', remote_id: '41', remote_url: 'https://cong/anh-1.jpg', at: '2026-11-02T01:00:00.000Z' }
    ]);
    db.prepare("INSERT INTO remote_media_gone VALUES (1, '2026-12-01T00:00:00.000Z')").run();
    db.pragma('foreign_keys = OFF');
    // The same file uploaded again, even at the same instant, is a second row.
    db.prepare("INSERT INTO remote_media (target_id, media_hash, remote_id, remote_url, at) VALUES ('t1', 'h1', '57', 'https://cong/anh-1-2.jpg', '2026-11-02T01:00:00.000Z')").run();
    expect(db.prepare("SELECT id, remote_id FROM remote_media WHERE media_hash = 'h1' ORDER BY id").all()).toEqual([{ id: 1, remote_id: '41' }, { id: 2, remote_id: '57' }]);
    db.pragma('foreign_keys = ON');
    // "Missing" names an upload that exists.
    expect(() => db.prepare("INSERT INTO remote_media_gone VALUES (9, 'now')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("DELETE FROM remote_media WHERE remote_id = '41'").run()).toThrow(/chỉ được ghi thêm/);
    expect(() => db.prepare("UPDATE remote_media SET remote_url = 'x'").run()).toThrow(/chỉ được ghi thêm/);
    expect(() => db.prepare('DELETE FROM remote_media_gone').run()).toThrow(/chỉ được ghi thêm/);
  });
});
