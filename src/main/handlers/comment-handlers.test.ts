// comment.* through dispatch with real sessions: anyone logged in comments, even where they may not edit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textToBody } from '../../core/editor/body';
import type { Article } from '../../shared/article';
import type { CommentList, CommentThread } from '../../shared/comments';
import type { Output } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { openApp, type App } from '../app';
import { ok } from './testing';

let dir: string;
let app: App;
const ADMIN = { connectionId: 'test:admin' };
const AUTHOR = { connectionId: 'test:author' };
const REVIEWER = { connectionId: 'test:reviewer' };
const APPROVER = { connectionId: 'test:approver' };

const TEXT = 'Sáng nay, Ủy ban nhân dân thị xã tổ chức hội nghị tổng kết công tác năm 2026.\nHội nghị khen thưởng 25 tập thể.';

async function fail(p: Promise<Result<unknown>>) {
  const r = await p;
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}

async function person(conn: { connectionId: string }, login: string, role: string) {
  await ok(app.dispatch('users.create', { login, fullName: `Người ${login}`, position: '', roles: [role], password: `${login}-123456` }, ADMIN));
  await ok(app.dispatch('auth.login', { login, password: `${login}-123456` }, conn));
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-comments-'));
  app = openApp({ workspaceDir: dir, mode: 'browser', log: () => {} });
  await ok(app.dispatch('auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: '', password: 'quantri-123' }, ADMIN));
  await person(AUTHOR, 'bientap', 'bien_tap_vien');
  await person(REVIEWER, 'thanhvien', 'thanh_vien');
  await person(APPROVER, 'truongban', 'truong_ban');
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An article by the author, sent on to Chờ duyệt. */
async function articleWaitingForApproval(): Promise<Article> {
  const a = await ok<Article>(app.dispatch('article.create', { fields: { title: 'Hội nghị tổng kết', body: textToBody(TEXT) } }, AUTHOR));
  await ok(app.dispatch('workflow.act', { articleId: a.id, action: 'gui-duyet' }, AUTHOR));
  await ok(app.dispatch('workflow.act', { articleId: a.id, action: 'chuyen-trinh-duyet' }, REVIEWER));
  return a;
}

function selection(a: Article, quote: string) {
  const start = a.bodyText.indexOf(quote);
  return { articleId: a.id, revisionId: a.revisionId, start, end: start + quote.length, quote };
}

describe('comment handlers', () => {
  it('lets a reviewer comment where an edit lock keeps them from editing, and the author reply', async () => {
    const a = await articleWaitingForApproval();
    await ok(app.dispatch('lock.acquire', { articleId: a.id }, APPROVER));
    const save = await fail(app.dispatch('article.save', { id: a.id, baseRevisionId: a.revisionId, fields: { ...a, summary: 'Sửa' } }, REVIEWER));
    expect(save).toMatchObject({ refusal: 'LOCKED_BY_OTHER' });

    const thread = await ok<CommentThread>(app.dispatch('comment.create', { ...selection(a, 'hội nghị tổng kết'), body: 'Ghi rõ tên hội nghị.' }, REVIEWER));
    expect(thread).toMatchObject({ createdBy: { name: 'Người thanhvien' }, anchor: { quote: 'hội nghị tổng kết', detached: false } });
    // The author may not edit in Chờ duyệt either, and still replies.
    expect((await ok<Output<'workflow.view'>>(app.dispatch('workflow.view', { articleId: a.id }, AUTHOR))).edit.allowed).toBe(false);
    await ok(app.dispatch('comment.reply', { articleId: a.id, threadId: thread.id, body: 'Đã bổ sung.' }, AUTHOR));
    const list = await ok<CommentList>(app.dispatch('comment.list', { articleId: a.id }, APPROVER));
    expect(list).toMatchObject({ revisionId: a.revisionId, bodyText: a.bodyText });
    expect(list.threads.map((t) => t.messages.map((m) => m.author.name))).toEqual([['Người thanhvien', 'Người bientap']]);

    expect(app.services.articles.get(a.id)).toMatchObject({ revisionId: a.revisionId, modifiedAt: a.modifiedAt, contentHash: a.contentHash, status: 'cho_duyet' });
  });

  it('resolves and reopens, and counts open threads in the article list', async () => {
    const a = await articleWaitingForApproval();
    const first = await ok<CommentThread>(app.dispatch('comment.create', { ...selection(a, 'hội nghị'), body: 'Một' }, REVIEWER));
    await ok(app.dispatch('comment.create', { ...selection(a, '25 tập thể'), body: 'Hai' }, APPROVER));
    const openCount = async () => (await ok<Output<'article.list'>>(app.dispatch('article.list', {}, AUTHOR))).items.find((i) => i.id === a.id)?.openComments;
    expect(await openCount()).toBe(2);
    expect(await ok<CommentThread>(app.dispatch('comment.resolve', { articleId: a.id, threadId: first.id }, AUTHOR))).toMatchObject({ resolved: true, resolvedBy: { name: 'Người bientap' } });
    expect(await openCount()).toBe(1);
    await ok(app.dispatch('comment.reopen', { articleId: a.id, threadId: first.id }, REVIEWER));
    expect(await openCount()).toBe(2);
  });

  it('refuses callers without a session, bad selections and unknown threads in Vietnamese', async () => {
    const a = await articleWaitingForApproval();
    expect(await fail(app.dispatch('comment.list', { articleId: a.id }, { connectionId: 'test:nobody' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await fail(app.dispatch('comment.create', { ...selection(a, 'hội nghị'), body: 'x' }, { connectionId: 'test:nobody' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await fail(app.dispatch('comment.create', { ...selection(a, 'hội nghị'), body: '  ' }, REVIEWER))).toEqual({ code: 'INVALID_INPUT', message: 'Hãy nhập nội dung bình luận.' });
    expect(await fail(app.dispatch('comment.create', { ...selection(a, 'hội nghị'), quote: 'hội nghĩ', body: 'x' }, REVIEWER))).toMatchObject({ code: 'CONFLICT' });
    expect(await fail(app.dispatch('comment.resolve', { articleId: a.id, threadId: 'không-có' }, REVIEWER))).toMatchObject({ code: 'NOT_FOUND', message: /Không tìm thấy bình luận/ });
  });
});
