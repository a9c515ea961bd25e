import { describe, expect, it } from 'vitest';
import { databaseAt } from './testing';

describe('0160 revision prunes', () => {
  it('lets a chunk be deleted only when the pruning path has released it; prune records are append-only', () => {
    const db = databaseAt(160);
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO revision_blocks VALUES (x'01', x'00'), (x'02', x'00')").run();
    expect(() => db.prepare("DELETE FROM revision_blocks WHERE hash = x'01'").run()).toThrow(/chỉ được xóa khi lược bớt/);
    db.prepare("INSERT INTO revision_block_releases VALUES (x'01')").run();
    db.prepare("DELETE FROM revision_blocks WHERE hash = x'01'").run();
    expect(() => db.prepare("DELETE FROM revision_blocks WHERE hash = x'02'").run()).toThrow(/chỉ được xóa khi lược bớt/);
    expect(db.prepare('SELECT count(*) AS n FROM revision_blocks').get()).toEqual({ n: 1 });
    db.prepare("INSERT INTO revision_prunes VALUES ('r', 'a', 't', 'u', 'U')").run();
    expect(() => db.prepare('DELETE FROM revision_prunes').run()).toThrow(/chỉ được ghi thêm/);
  });
});
