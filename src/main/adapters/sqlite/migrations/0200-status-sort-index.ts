// A narrow index for the list sorted by status (found with the 100k-article benchmark). The wide
// articles_by_status (0070) carries every filter column for combined filters, which makes it twice
// the size of the other sort indexes: paging deep into the status order scanned ~17 MB of it, more
// than SQLite's page cache, so pages at random offsets kept rereading it. The wide index stays for
// combined filters; this one holds just the status order (status, modified_at, id).
import type { Migration } from './migration';

export const migration0200: Migration = {
  version: 200,
  name: 'status-sort-index',
  up(db) {
    db.exec('CREATE INDEX articles_by_status_order ON articles (status, modified_at, id)');
    // A workspace with planner statistics (PRAGMA optimize at close) needs them for the new index
    // too: an index without statistics looks highly selective to the planner, which would then
    // prefer it over the covering indexes for combined filters (status + category, …).
    const analyzed = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'").get();
    if (analyzed) db.exec('ANALYZE articles_by_status_order');
  }
};
