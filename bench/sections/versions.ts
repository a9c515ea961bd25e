// Versions: storage of 1,000 autosaves of a 5,000-word article (compact vs full copies), opening an
// article with 500 versions (current content + the "Phiên bản" timeline), reading an old version,
// and comparing two versions. Runs in its own temp workspace, independent of the shared one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/shared/article';
import { compareVersions } from '../../src/core/compare/compare';
import { jsdiffDiffer } from '../../src/main/adapters/diff/jsdiff';
import { autosaveEdit, longArticle, seeded } from '../../src/main/adapters/sqlite/revision-store.fixture';
import { createSqliteStore } from '../../src/main/adapters/sqlite/store';
import { makeArticle, nextVersion } from '../../src/main/adapters/sqlite/test-fixtures';
import { SqliteVersionRepository } from '../../src/main/adapters/sqlite/version-repository';
import { time, type Row } from '../stats';
import type { BenchSection } from './section';

const SAVES = 1000;
const OPEN_AT = 500;
const RUNS = 30;
const VERSION_TABLES = ['article_revisions', 'revision_bodies', 'revision_blocks'];
const MB = 1024 * 1024;

export const versions: BenchSection = {
  name: 'versions',
  run() {
    const dir = mkdtempSync(join(tmpdir(), 'bbt-bench-versions-'));
    const store = createSqliteStore(join(dir, 'workspace.sqlite'));
    const repo = new SqliteVersionRepository(store.db);
    try {
      const rnd = seeded(2026);
      let paragraphs = longArticle(rnd, 5000);
      let article = makeArticle({ bodyText: paragraphs.join('\n') });
      store.articles.insert(article);
      const first = article;
      let fullBytes = Buffer.byteLength(article.body.json) + Buffer.byteLength(article.bodyText);
      const saveMs: number[] = [];
      const rows: Row[] = [];
      for (let i = 1; i < SAVES; i++) {
        paragraphs = autosaveEdit(rnd, paragraphs);
        const next: Article = nextVersion(article, { bodyText: paragraphs.join('\n') });
        saveMs.push(time(() => store.articles.update(next, article.revisionId)));
        fullBytes += Buffer.byteLength(next.body.json) + Buffer.byteLength(next.bodyText);
        article = next;
        if (i + 1 === OPEN_AT) rows.push(...openRows(store, repo, article.id, first.revisionId));
      }
      const stored = (
        store.db
          .prepare(`SELECT sum(pgsize) AS n FROM dbstat WHERE name IN (SELECT name FROM sqlite_schema WHERE tbl_name IN (${VERSION_TABLES.map(() => '?').join(', ')}))`)
          .get(...VERSION_TABLES) as { n: number }
      ).n;
      rows.unshift({
        metric: `autosave (5,000 words growing to ${article.wordCount})`,
        samples: saveMs,
        note: `${SAVES} autosaves: ${(stored / MB).toFixed(2)} MB stored vs ${(fullBytes / MB).toFixed(1)} MB as full copies (${(fullBytes / stored).toFixed(0)}× smaller; limit 5 MB)`
      });
      return rows;
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
};

/** With OPEN_AT versions: open the article (content + timeline), read version 1, compare 1 with the current one. */
function openRows(store: ReturnType<typeof createSqliteStore>, repo: SqliteVersionRepository, articleId: string, firstRevisionId: string): Row[] {
  const open: number[] = [];
  const old: number[] = [];
  const compare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A fresh repository each run: no manifest cache from the previous run.
    const fresh = new SqliteVersionRepository(store.db);
    open.push(time(() => {
      store.articles.get(articleId);
      fresh.timeline(articleId);
    }));
    old.push(time(() => fresh.snapshot(firstRevisionId)));
    const from = repo.snapshot(firstRevisionId)!;
    const to = store.articles.get(articleId)!;
    const ref = (a: Article) => ({ id: a.revisionId, number: a.version, createdAt: a.modifiedAt, by: a.modifiedBy.name });
    compare.push(time(() => compareVersions(jsdiffDiffer, { ref: ref(from), article: from }, { ref: ref(to), article: to })));
  }
  return [
    { metric: `open article with ${OPEN_AT} versions (content + timeline)`, samples: open, goalMs: 50 },
    { metric: `read version 1 of ${OPEN_AT}`, samples: old, goalMs: 50 },
    { metric: `compare version 1 with version ${OPEN_AT}`, samples: compare, goalMs: 100, note: 'word-level diff of 5,000 words' }
  ];
}
