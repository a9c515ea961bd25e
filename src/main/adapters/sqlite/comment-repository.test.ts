import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { ListQuerySchema } from '../../../shared/article';
import { OPEN_COMMENT_COUNTS } from './article-summaries';
import { SqliteCommentRepository } from './comment-repository';
import { createSqliteStore } from './store';
import { EDITOR, makeArticle, nextVersion, tempDbFile } from './test-fixtures';
import { SqliteWorkflowRepository } from './workflow-repository';

const REVIEWER = { id: uuidv7(), name: 'Trần Văn Thành' };

function setup() {
  const store = createSqliteStore(tempDbFile());
  const repo = new SqliteCommentRepository(store.db);
  const v1 = makeArticle({ bodyText: 'Ủy ban tổ chức hội nghị tổng kết.' });
  store.articles.insert(v1);
  const v2 = nextVersion(v1, { bodyText: 'Sáng nay, Ủy ban tổ chức hội nghị tổng kết.' });
  store.articles.update(v2, v1.revisionId);
  /** A thread opened on `v1` with its first message and anchor. */
  const thread = (articleId = v1.id, revisionId = v1.revisionId) => {
    const id = uuidv7();
    repo.insertThread({ id, articleId, createdAt: '2026-11-20T01:00:00.000Z', createdBy: REVIEWER, quote: 'hội nghị', revisionId, start: 15, end: 23 });
    repo.insertMessage({ id: uuidv7(), threadId: id, articleId, author: REVIEWER, body: 'Tên hội nghị?', createdAt: '2026-11-20T01:00:00.000Z' });
    repo.insertAnchor({ threadId: id, revisionId, start: 15, end: 23, detached: false, at: '2026-11-20T01:00:00.000Z' });
    return id;
  };
  const event = (threadId: string, action: 'resolve' | 'reopen') =>
    repo.insertEvent({ id: uuidv7(), threadId, action, user: EDITOR, at: '2026-11-20T02:00:00.000Z' });
  return { store, repo, v1, v2, thread, event };
}

describe('SqliteCommentRepository', () => {
  it('stores threads, messages and events as given and derives the latest event of each thread', () => {
    const { repo, v1, thread, event } = setup();
    const a = thread();
    const b = thread();
    repo.insertMessage({ id: uuidv7(), threadId: a, articleId: v1.id, author: EDITOR, body: 'Đã sửa.', createdAt: '2026-11-20T03:00:00.000Z' });
    event(a, 'resolve');
    event(b, 'resolve');
    event(b, 'reopen');
    expect(repo.thread(a)).toEqual({ id: a, articleId: v1.id, createdAt: '2026-11-20T01:00:00.000Z', createdBy: REVIEWER, quote: 'hội nghị', revisionId: v1.revisionId, start: 15, end: 23 });
    expect(repo.thread('không-có')).toBeNull();
    expect(repo.threads(v1.id).map((t) => t.id)).toEqual([a, b]);
    expect(repo.messages(v1.id).map((m) => [m.threadId, m.author.name, m.body])).toEqual([
      [a, REVIEWER.name, 'Tên hội nghị?'],
      [b, REVIEWER.name, 'Tên hội nghị?'],
      [a, EDITOR.name, 'Đã sửa.']
    ]);
    expect(repo.latestEvents(v1.id).map((e) => [e.threadId, e.action]).sort()).toEqual([[a, 'resolve'], [b, 'reopen']].sort());
  });

  it('gives each thread its anchor in the asked revision, else its latest one', () => {
    const { repo, v1, v2, thread } = setup();
    const a = thread();
    const b = thread();
    repo.insertAnchor({ threadId: a, revisionId: v2.revisionId, start: 25, end: 33, detached: false, at: '2026-11-20T04:00:00.000Z' });
    const byThread = (revisionId: string) => Object.fromEntries(repo.anchors(v1.id, revisionId).map((r) => [r.threadId, [r.revisionId, r.start, r.detached]]));
    expect(byThread(v2.revisionId)).toEqual({ [a]: [v2.revisionId, 25, false], [b]: [v1.revisionId, 15, false] });
    expect(byThread(v1.revisionId)).toEqual({ [a]: [v1.revisionId, 15, false], [b]: [v1.revisionId, 15, false] });
    expect(() => repo.insertAnchor({ threadId: a, revisionId: v2.revisionId, start: 0, end: 1, detached: true, at: 'x' })).toThrow(/UNIQUE|PRIMARY/);
  });

  it('counts open threads per article of a list page and of "Việc của tôi"', () => {
    const { store, v1, thread, event } = setup();
    const other = makeArticle({ bodyText: 'Bài khác.' });
    store.articles.insert(other);
    const [a, b] = [thread(), thread(), thread()];
    event(a!, 'resolve');
    event(b!, 'resolve');
    event(b!, 'reopen');
    const page = store.articles.list(ListQuerySchema.parse({}));
    expect(Object.fromEntries(page.items.map((i) => [i.id, i.openComments]))).toEqual({ [v1.id]: 2, [other.id]: 0 });
    const mine = new SqliteWorkflowRepository(store.db).inStates(['nhap'], EDITOR.id, 10);
    expect(mine.find((s) => s.id === v1.id)?.openComments).toBe(2);
  });

  it('counts through indexes only for the page\'s ids', () => {
    const { store } = setup();
    const plan = (store.db.prepare(`EXPLAIN QUERY PLAN ${OPEN_COMMENT_COUNTS}`).all('[]') as { detail: string }[]).map((p) => p.detail).join(' | ');
    expect(plan).toMatch(/SEARCH t USING COVERING INDEX comment_threads_by_article/);
    expect(plan).toMatch(/SEARCH e USING COVERING INDEX comment_thread_events_latest/);
    expect(plan).not.toMatch(/SCAN t\b/);
  });
});
