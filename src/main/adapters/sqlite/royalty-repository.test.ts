// First publication dates for royalties: the earliest "publish" receipt wins over Ngày xuất bản; an
// article taken down afterwards still counts; Đã xuất bản without receipts counts from Ngày xuất bản.
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from './store';
import { makeArticle, tempDbFile } from './test-fixtures';

function receipt(store: ReturnType<typeof createSqliteStore>, articleId: string, kind: string, at: string, id: string): void {
  // Receipts point at an outbox item and a target; only their article, kind and time matter here.
  store.db.pragma('foreign_keys = OFF');
  store.db
    .prepare(`INSERT INTO publication_receipts (id, outbox_id, article_id, target_id, kind, remote_id, remote_url, remote_status, audit_head_seq, audit_head_hash, at)
      VALUES (?, 'o', ?, 't', ?, 'r', 'u', 's', 1, 'h', ?)`)
    .run(id, articleId, kind, at);
  store.db.pragma('foreign_keys = ON');
}

describe('SqlitePublicationDates', () => {
  it('dates each published article by its first publish receipt, else by Ngày xuất bản when marked Đã xuất bản', () => {
    const store = createSqliteStore(tempDbFile());
    const viaPortal = makeArticle({ status: 'da_duyet', publishAt: '2026-12-05T08:00:00+07:00' });
    const takenDown = makeArticle({ status: 'da_go', publishAt: null });
    const marked = makeArticle({ status: 'da_xuat_ban', publishAt: '2026-11-30T23:30:00+07:00' });
    const draft = makeArticle({ status: 'nhap', publishAt: '2026-11-10T08:00:00+07:00' });
    for (const a of [viaPortal, takenDown, marked, draft]) store.articles.insert(a);
    receipt(store, viaPortal.id, 'update', '2026-11-01T01:00:00.000Z', '01');
    receipt(store, viaPortal.id, 'publish', '2026-11-20T02:00:00.000Z', '02');
    receipt(store, viaPortal.id, 'publish', '2026-11-21T02:00:00.000Z', '03');
    receipt(store, takenDown.id, 'publish', '2026-10-31T17:30:00.000Z', '04');
    receipt(store, takenDown.id, 'take-down', '2026-11-02T02:00:00.000Z', '05');

    expect(store.publicationDates.firstPublished(viaPortal.id)).toBe('2026-11-20T02:00:00.000Z');
    expect(store.publicationDates.firstPublished(marked.id)).toBe('2026-11-30T16:30:00.000Z');
    expect(store.publicationDates.firstPublished(draft.id)).toBeNull();
    // November in Viet Nam: 31/10 17:00 UTC to 30/11 17:00 UTC.
    const november = store.publicationDates.publishedBetween('2026-10-31T17:00:00.000Z', '2026-11-30T17:00:00.000Z');
    expect(november.map((p) => p.articleId)).toEqual([takenDown.id, viaPortal.id, marked.id]);
    store.close();
  });
});
