// The cached benchmark workspace under bench/.data/ (generated once, reused by later runs).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { schemaVersion } from '../src/main/adapters/sqlite/migrate';
import { MIGRATIONS } from '../src/main/adapters/sqlite/migrations/index';
import { createSqliteStore } from '../src/main/adapters/sqlite/store';
import { generateArticle } from './articles';
import { Random } from './random';

/** Bump when the generator changes, so an old cache is not reused. */
const GENERATOR_VERSION = 8;

export interface BenchWorkspace {
  file: string;
  /** Milliseconds spent generating, or null when the cache was reused. */
  generatedMs: number | null;
}

export function benchWorkspace(count: number, log: (line: string) => void): BenchWorkspace {
  const dir = join(import.meta.dirname, '.data', `articles-${count}-v${GENERATOR_VERSION}`);
  const file = join(dir, 'workspace.sqlite');
  const ready = join(dir, 'READY');
  if (existsSync(ready)) {
    migrateCache(file, log);
    return { file, generatedMs: null };
  }

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`Generating ${count} articles in ${dir} (once; cached afterwards)…`);
  const start = performance.now();
  const store = createSqliteStore(file);
  store.db.pragma('cache_size = -1048576'); // 1 GB: pages stay in memory until the single commit
  const r = new Random(20261127);
  store.tx.transaction(() => {
    for (let i = 0; i < count; i++) {
      store.articles.insert(generateArticle(r, i, count));
      if ((i + 1) % 10000 === 0) log(`  ${i + 1} / ${count}`);
    }
  });
  store.db.exec("INSERT INTO article_search (article_search) VALUES ('optimize')");
  store.db.exec('ANALYZE'); // a workspace in use has statistics from PRAGMA optimize at each close
  store.close();
  writeFileSync(ready, new Date().toISOString());
  return { file, generatedMs: performance.now() - start };
}

/**
 * A cache made before a schema change is migrated here, once, so that no timed section (the first open in
 * "services ready" above all) pays for it. Reading the version touches one page: the OS file cache stays cold.
 */
function migrateCache(file: string, log: (line: string) => void): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const version = schemaVersion(db);
  db.close();
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (version >= latest) return;
  log(`Migrating the cached workspace from schema ${version} to ${latest} (once)…`);
  createSqliteStore(file).close();
}
