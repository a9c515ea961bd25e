// "Trả lại" pointing the author at comment threads: checked, stored on the event, shown in the view,
// the history and the audit log; comments themselves never touch a sign-off.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textToBody } from '../../core/editor/body';
import type { Article, UserRef } from '../../shared/article';
import { openWorkflowFixture, PASSWORD, type WorkflowFixture } from './testing';

let f: WorkflowFixture;
beforeEach(() => {
  f = openWorkflowFixture();
});
afterEach(() => f.close());

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const TEXT = 'Sáng nay, Ủy ban nhân dân thị xã tổ chức hội nghị tổng kết công tác năm 2026.\nHội nghị khen thưởng 25 tập thể.';

function commentOn(a: Article, quote: string, by: UserRef, body = 'Kiểm tra lại.') {
  const start = a.bodyText.indexOf(quote);
  return f.comments.create({ articleId: a.id, revisionId: a.revisionId, start, end: start + quote.length, quote, body }, by);
}

describe('Trả lại with comments', () => {
  it('points at open threads: a reason is made up when none is typed, and the view returns their ids', async () => {
    const { tv, ctv } = f.users;
    const a = f.articleIn('cho_duyet', 'ctv', { body: textToBody(TEXT) });
    const first = commentOn(a, 'hội nghị tổng kết', tv);
    const second = commentOn(a, '25 tập thể', tv);
    const view = await ok(f.call('workflow.act', { articleId: a.id, action: 'tra-lai', commentIds: [first.id, second.id, first.id] }, tv));
    expect(view.returned).toMatchObject({ reason: 'Đề nghị sửa theo 2 bình luận trong bài.', by: { id: tv.id }, commentIds: [first.id, second.id] });
    expect((await ok(f.call('workflow.view', { articleId: a.id }, ctv))).returned?.commentIds).toEqual([first.id, second.id]);
    expect(f.articles.history(a.id).at(-1)?.description).toBe('Trả lại (Chờ duyệt → Trả lại). Lý do: Đề nghị sửa theo 2 bình luận trong bài.');
    const audit = await ok(f.call('audit.list', { articleId: a.id, action: 'workflow.tra-lai' }, f.users.qt));
    expect(audit.items[0]?.details).toMatchObject({ commentIds: [first.id, second.id] });
  });

  it('adds the number of threads to a typed reason', async () => {
    const { tv } = f.users;
    const a = f.articleIn('cho_bien_tap', 'ctv', { body: textToBody(TEXT) });
    const thread = commentOn(a, 'năm 2026', tv);
    const view = await ok(f.call('workflow.act', { articleId: a.id, action: 'tra-lai', reason: 'Thiếu nguồn tin.', commentIds: [thread.id] }, tv));
    expect(view.returned).toMatchObject({ reason: 'Thiếu nguồn tin.', commentIds: [thread.id] });
    expect(f.articles.history(a.id).at(-1)?.description).toBe('Trả lại (Chờ biên tập → Trả lại). Lý do: Thiếu nguồn tin. (kèm 1 bình luận)');
    const plain = f.articleIn('cho_bien_tap', 'ctv');
    expect((await ok(f.call('workflow.act', { articleId: plain.id, action: 'tra-lai', reason: 'Thiếu ảnh.' }, tv))).returned?.commentIds).toEqual([]);
  });

  it('refuses resolved threads, threads of another article and comments on other actions, changing nothing', async () => {
    const { tv, tb } = f.users;
    const a = f.articleIn('cho_duyet', 'ctv', { body: textToBody(TEXT) });
    const other = f.articleIn('cho_duyet', 'ctv', { body: textToBody(TEXT) });
    const resolved = commentOn(a, 'hội nghị tổng kết', tv);
    f.comments.resolve(a.id, resolved.id, tv);
    const elsewhere = commentOn(other, '25 tập thể', tv);
    for (const ids of [[resolved.id], [elsewhere.id], ['không-có']]) {
      const r = await f.call('workflow.act', { articleId: a.id, action: 'tra-lai', commentIds: ids }, tv);
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: /đã được đánh dấu xong hoặc không thuộc bài này/ } });
    }
    const open = commentOn(a, '25 tập thể', tv);
    const signing = await f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD, commentIds: [open.id] }, tb);
    expect(signing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: /Chỉ khi trả lại bài/ } });
    expect(f.articles.get(a.id).status).toBe('cho_duyet');
    // Without a reason and without comments the reason is still required.
    expect(await f.call('workflow.act', { articleId: a.id, action: 'tra-lai', commentIds: [] }, tv)).toMatchObject({ ok: false, error: { refusal: 'REASON_REQUIRED' } });
  });

  it('keeps an approval valid while people comment on the approved version', async () => {
    const { tv, tb } = f.users;
    const a = f.articleIn('cho_duyet', 'ctv', { body: textToBody(TEXT) });
    await ok(f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD }, tb));
    const thread = commentOn(f.articles.get(a.id), 'hội nghị tổng kết', tv);
    f.comments.reply(a.id, thread.id, 'Đã xem.', tb);
    f.comments.resolve(a.id, thread.id, tb);
    const view = await ok(f.call('workflow.view', { articleId: a.id }, tb));
    expect(view.status).toBe('da_duyet');
    expect(view.signOff).toMatchObject({ current: true, signatureValid: true, revisionId: a.revisionId });
    expect(f.composed.verify()).toMatchObject({ ok: true });
  });
});
