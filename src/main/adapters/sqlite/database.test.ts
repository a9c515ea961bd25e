import Database from 'better-sqlite3';
import { openSync, closeSync, writeSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../shared/errors';
import { openDatabase } from './database';
import { LATEST_VERSION } from './migrations/index';
import { createSqliteStore } from './store';
import { makeArticle, tempDbFile } from './test-fixtures';

/** Leaves the database as a crash would: the clean-shutdown marker is never written. */
function crash(db: Database.Database): void {
  db.close();
}

/** A workspace with 200 articles whose article-revision pages are then overwritten with garbage. */
function damagedWorkspace(cleanShutdown: boolean, articles = 200): string {
  const file = tempDbFile();
  const store = createSqliteStore(file);
  for (let i = 0; i < articles; i++) store.articles.insert(makeArticle({ title: `Bài số ${i}`, bodyText: 'chữ '.repeat(300) }));
  const pages = store.db.prepare("SELECT pageno FROM dbstat WHERE name = 'article_revisions' AND pagetype = 'leaf'").all() as { pageno: number }[];
  const pageSize = store.db.pragma('page_size', { simple: true }) as number;
  if (cleanShutdown) store.close();
  else {
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    crash(store.db);
  }
  const fd = openSync(file, 'r+');
  for (const { pageno } of pages) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (pageno - 1) * pageSize);
  closeSync(fd);
  return file;
}

describe('openDatabase', () => {
  it('creates a migrated database in durable WAL mode', () => {
    const file = tempDbFile();
    const { db, close, uncleanShutdown } = openDatabase(file);
    expect(uncleanShutdown).toBe(false);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    close();
    close();
  });

  it('refuses a workspace written by a newer version and leaves it untouched', () => {
    const file = tempDbFile();
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 10}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: ErrorCode.WORKSPACE_TOO_NEW, message: expect.stringMatching(/Hãy cập nhật ứng dụng/) }));
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 10);
    after.close();
  });

  it('keeps a committed save across close and reopen, and across a crash', () => {
    const file = tempDbFile();
    const article = makeArticle({ title: 'Hội nghị tổng kết công tác năm 2026', bodyText: 'Nội dung đã lưu' });
    const first = createSqliteStore(file);
    first.articles.insert(article);
    first.close();

    const second = createSqliteStore(file);
    expect(second.uncleanShutdown).toBe(false);
    expect(second.articles.get(article.id)).toEqual(article);
    crash(second.db);

    const third = createSqliteStore(file);
    expect(third.uncleanShutdown).toBe(true);
    expect(third.articles.get(article.id)?.title).toBe('Hội nghị tổng kết công tác năm 2026');
    third.close();
  });

  it('runs quick_check after an unclean shutdown, reports what it found, and checks again at the next start', () => {
    const file = damagedWorkspace(false);
    const first = openDatabase(file);
    expect(first.integrity?.ok).toBe(false);
    expect(first.integrity?.problems.join('\n')).toMatch(/page|btree|tree/i);
    first.close();
    // Closed normally, but not "clean": the damage is still there and must be reported again.
    const second = openDatabase(file);
    expect(second.integrity?.ok).toBe(false);
    second.close();
  });

  it('reports damage that stops quick_check itself as its finding, instead of refusing to open', () => {
    // With few articles the revisions table's root page is its only leaf: overwritten, quick_check cannot walk it.
    const opened = openDatabase(damagedWorkspace(false, 3));
    expect(opened.integrity).toEqual({ ok: false, problems: ['quick_check: database disk image is malformed'] });
    opened.close();
  });

  it('checks a cleanly closed database when asked (a stale workspace lock was taken over)', () => {
    const file = tempDbFile();
    openDatabase(file).close();
    const checked = openDatabase(file, { checkIntegrity: true });
    expect(checked.integrity).toEqual({ ok: true, problems: [] });
    checked.close();
  });

  it('does not check integrity after a clean shutdown (fast start)', () => {
    const reopened = openDatabase(damagedWorkspace(true));
    expect(reopened.uncleanShutdown).toBe(false);
    expect(reopened.integrity).toBeNull();
    reopened.close();
  });

  it('refuses a file that is not a database', () => {
    const file = tempDbFile();
    writeFileSync(file, 'Đây không phải cơ sở dữ liệu. '.repeat(500));
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: ErrorCode.WORKSPACE_DAMAGED }));
  });
});
