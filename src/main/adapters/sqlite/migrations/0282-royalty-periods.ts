// Closing and reopening royalty periods ("2026-11", "2026-Q4"): append-only events; a period's state is
// its newest event. A closed month or quarter freezes the decisions of the articles published in it.
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0282: Migration = {
  version: 282,
  name: 'royalty-periods',
  up(db) {
    db.exec(`
      CREATE TABLE royalty_period_events (
        id        TEXT PRIMARY KEY,                -- UUIDv7
        period    TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
        action    TEXT NOT NULL CHECK (action IN ('close', 'reopen')),
        at        TEXT NOT NULL,
        user_id   TEXT NOT NULL,
        user_name TEXT NOT NULL,
        reason    TEXT NOT NULL
      );
      CREATE INDEX royalty_period_events_by_period ON royalty_period_events (period, id);
      ${appendOnlyTriggers('royalty_period_events', 'lịch sử khóa sổ nhuận bút chỉ được ghi thêm')}
    `);
  }
};
