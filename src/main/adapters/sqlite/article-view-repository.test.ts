// "Last version I saw" over a real workspace: what opening an article records, and that retention keeps it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VersionService } from '../../../core/versions/version-service';
import { openWorkflowFixture, type WorkflowFixture } from '../../workflow/testing';
import { uuidV7Ids } from '../system';
import { SqliteArticleViewRepository } from './article-view-repository';
import { SqliteVersionRepository } from './version-repository';

let f: WorkflowFixture;
let views: SqliteArticleViewRepository;
let t = Date.parse('2026-11-20T01:00:00.000Z');
const clock = { now: () => new Date(t) };

beforeEach(() => {
  f = openWorkflowFixture();
  views = new SqliteArticleViewRepository(f.store.db, clock);
});
afterEach(() => f.close());

describe('SqliteArticleViewRepository', () => {
  it('remembers per user the revision last seen and the one seen before it', () => {
    const { ctv, tb } = f.users;
    const a1 = f.articleIn('nhap', 'ctv', { title: 'Bản 1' });
    expect(views.seen(tb.id, a1.id)).toBeNull();
    views.record(tb.id, a1.id, a1.revisionId);
    expect(views.seen(tb.id, a1.id)).toEqual({ lastSeenRevisionId: a1.revisionId, previousSeenRevisionId: null, seenAt: '2026-11-20T01:00:00.000Z' });

    const a2 = f.articles.save(a1.id, a1.revisionId, { ...f.fieldsOf(a1), title: 'Bản 2' }, ctv);
    t += 60_000;
    views.record(tb.id, a1.id, a2.revisionId);
    // Reopening the same revision keeps what was seen before it.
    views.record(tb.id, a1.id, a2.revisionId);
    expect(views.seen(tb.id, a1.id)).toMatchObject({ lastSeenRevisionId: a2.revisionId, previousSeenRevisionId: a1.revisionId, seenAt: '2026-11-20T01:01:00.000Z' });
    // Another user's views are their own.
    expect(views.seen(ctv.id, a1.id)).toBeNull();
  });

  it('opening an article records it, and "So sánh" then starts from the version seen on the previous visit', async () => {
    const { ctv, tb } = f.users;
    // Opening an article: the page reads it, then says which revision it shows.
    const open = async ({ id }: { id: string }, as: { user: typeof tb }) => {
      const got = await f.call('article.get', { id }, as.user);
      if (got.ok) await f.call('article.seen', { id, revisionId: got.value.revisionId }, as.user);
    };
    const compare = async (input: { articleId: string }, as: { user: typeof tb }) => {
      const r = await f.call('version.compare', input, as.user);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const boss = { user: tb };
    let a = f.articleIn('nhap', 'ctv', { title: 'Bản 1' });
    await open({ id: a.id }, boss);
    for (const title of ['Bản 2', 'Bản 3', 'Bản 4']) {
      f.advance(60_000);
      a = f.articles.save(a.id, a.revisionId, { ...f.fieldsOf(a), title }, ctv);
    }
    await open({ id: a.id }, boss);
    const c = await compare({ articleId: a.id }, boss);
    expect([c.from.number, c.to.number]).toEqual([1, 4]);
    // The author, who never opened it through article.get, gets the previous revision.
    const mine = await compare({ articleId: a.id }, { user: ctv });
    expect([mine.from.number, mine.to.number]).toEqual([3, 4]);
  });

  it('retention keeps a revision someone last saw, so the default comparison can start from it', () => {
    const { ctv, tb, qt } = f.users;
    let a = f.articleIn('nhap', 'ctv', { title: 'Bản 0' });
    const versions = new VersionService({
      versions: new SqliteVersionRepository(f.store.db),
      articles: f.articles,
      history: f.store.history,
      audit: f.composed.audit,
      tx: f.store.tx,
      clock: { now: () => new Date(Date.parse('2026-12-30T00:00:00.000Z')) },
      ids: uuidV7Ids
    });
    versions.saveRetention(qt, { keepAllHours: 1, hourlyForDays: 1 });
    const saved: string[] = [];
    for (let i = 1; i <= 5; i++) {
      f.advance(60_000);
      a = f.articles.save(a.id, a.revisionId, { ...f.fieldsOf(a), title: `Bản ${i}` }, ctv);
      saved.push(a.revisionId);
    }
    views.record(tb.id, a.id, saved[1]!);
    versions.applyRetention();
    const left = versions.list(a.id).map((v) => v.revisionId);
    expect(left).toContain(saved[1]);
    expect(left).not.toContain(saved[2]);
  });
});
