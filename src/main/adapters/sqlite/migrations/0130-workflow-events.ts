// Workflow transitions (who moved which article from which state to which, and why): the source of
// "Trả lại" reasons and of "Việc của tôi". Append-only.
import { appendOnlyTriggers, type Migration } from './migration';

export const migration0130: Migration = {
  version: 130,
  name: 'workflow-events',
  up(db) {
    db.exec(`
      CREATE TABLE workflow_events (
        id          TEXT PRIMARY KEY,              -- UUIDv7 (sorts by time)
        article_id  TEXT NOT NULL REFERENCES articles (id),
        at          TEXT NOT NULL,
        user_id     TEXT NOT NULL,
        user_name   TEXT NOT NULL,
        action      TEXT NOT NULL,
        from_status TEXT NOT NULL,
        to_status   TEXT NOT NULL,
        reason      TEXT
      );
      CREATE INDEX workflow_events_by_article ON workflow_events (article_id, action, id);
      CREATE INDEX articles_by_creator_status ON articles (created_by, status);
      ${appendOnlyTriggers('workflow_events', 'lịch sử chuyển trạng thái chỉ được ghi thêm')}
    `);
  }
};
