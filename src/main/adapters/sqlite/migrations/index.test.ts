import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate';
import { tempDbFile } from '../test-fixtures';
import { LATEST_VERSION, MIGRATIONS } from './index';
import { tableNames } from './testing';

describe('migration registry', () => {
  it('lists every migration file once, in increasing order, each in a block of ten above the previous block', () => {
    const files = readdirSync(__dirname).filter((f) => /^\d{4}-.*(?<!\.test)\.ts$/.test(f)).sort();
    expect(MIGRATIONS.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}.ts`)).toEqual(files);
    MIGRATIONS.forEach((m, i) => {
      const previous = i === 0 ? 0 : MIGRATIONS[i - 1]!.version;
      expect(m.version, m.name).toBeGreaterThan(previous);
      // Either the next number inside the previous block (0281 after 0280) or the start of a later block.
      if (m.version % 10 !== 0) expect(m.version, m.name).toBe(previous + 1);
    });
    expect(LATEST_VERSION).toBe(MIGRATIONS.at(-1)!.version);
  });

  it('applies all pending migrations in one transaction: a failure leaves the database untouched', () => {
    const db = new Database(tempDbFile());
    const broken = [...MIGRATIONS, { version: LATEST_VERSION + 10, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE x (') }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
    expect(migrate(db)).toEqual({ from: 0, to: LATEST_VERSION });
    expect(migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
  });
});
