// Compact revision storage: every revision reads back exactly, and 1,000 autosaves of a 5,000-word
// article stay within 5 MB of storage (versions tables and indexes, measured in database pages).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autosaveEdit, longArticle, seeded } from './revision-store.fixture';
import { chunkText } from './revision-store';
import { createSqliteStore } from './store';
import { makeArticle, nextVersion, tempDbFile } from './test-fixtures';
import { SqliteVersionRepository } from './version-repository';

const VERSION_TABLES = ['article_revisions', 'revision_bodies', 'revision_blocks'];

describe('chunkText', () => {
  it('cuts any text into chunks that join back to exactly the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (text) => {
        expect(chunkText(text).join('')).toBe(text);
      })
    );
  });

  it('an edit in the middle of a long text leaves the chunks before and after it unchanged', () => {
    const paragraphs = longArticle(seeded(7), 5000);
    const before = chunkText(paragraphs.join('\n'));
    const edited = [...paragraphs];
    edited[40] = `${edited[40]} thêm vài chữ`;
    const after = chunkText(edited.join('\n'));
    const shared = after.filter((c) => before.includes(c)).length;
    expect(after.length - shared).toBeLessThanOrEqual(3);
  });
});

describe('1,000 autosaves of a 5,000-word article', () => {
  it('reconstruct exactly, version by version, in at most 5 MB', () => {
    const rnd = seeded(2026);
    const store = createSqliteStore(tempDbFile());
    let paragraphs = longArticle(rnd, 5000);
    let article = makeArticle({ bodyText: paragraphs.join('\n') });
    store.articles.insert(article);
    const saved = [article];
    for (let i = 1; i < 1000; i++) {
      paragraphs = autosaveEdit(rnd, paragraphs);
      const next = nextVersion(article, { bodyText: paragraphs.join('\n') });
      store.articles.update(next, article.revisionId);
      saved.push(next);
      article = next;
    }
    expect(article.wordCount).toBeGreaterThan(4900);
    const fullCopies = saved.reduce((n, a) => n + Buffer.byteLength(a.body.json) + Buffer.byteLength(a.bodyText), 0);
    expect(fullCopies).toBeGreaterThan(80 * 1024 * 1024);

    const bytes = store.db
      .prepare(`SELECT sum(pgsize) AS n FROM dbstat WHERE name IN (SELECT name FROM sqlite_schema WHERE tbl_name IN (${VERSION_TABLES.map(() => '?').join(', ')}))`)
      .get(...VERSION_TABLES) as { n: number };
    console.log(`1,000 autosaves: ${bytes.n} bytes of version storage vs ${fullCopies} as full copies`);
    expect(bytes.n).toBeLessThanOrEqual(5 * 1024 * 1024);

    const versions = new SqliteVersionRepository(store.db);
    for (const a of saved) {
      const back = versions.snapshot(a.revisionId);
      expect(back?.body.json === a.body.json && back.bodyText === a.bodyText, `version ${a.version}`).toBe(true);
    }
    expect(store.articles.get(article.id)).toMatchObject({ body: article.body, bodyText: article.bodyText, version: 1000 });
    store.close();
  }, 60_000);
});
