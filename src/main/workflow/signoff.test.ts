// The whole chain as users live it, and what each step leaves in the history, the audit log and "Việc của tôi".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe('submit → return → resubmit → forward → sign → edit voids the sign-off', () => {
  it('follows the article through every step', async () => {
    const { ctv, tv, tb } = f.users;
    let a = f.articles.create({ title: 'Hội nghị tổng kết năm' }, ctv);
    await ok(f.call('workflow.act', { articleId: a.id, action: 'gui-duyet' }, ctv));
    expect((await ok(f.call('workflow.myWork', {}, tv))).toReview.map((x) => x.id)).toEqual([a.id]);

    await ok(f.call('workflow.act', { articleId: a.id, action: 'tra-lai', reason: 'Thiếu số liệu năm 2026.' }, tv));
    const mine = await ok(f.call('workflow.myWork', {}, ctv));
    expect(mine.returnedToMe).toMatchObject([{ id: a.id, note: 'Thiếu số liệu năm 2026.', by: { name: tv.name } }]);
    expect(mine.toEdit.map((x) => x.id)).toEqual([a.id]);
    expect((await ok(f.call('workflow.myWork', {}, tv))).returnedByMe.map((x) => x.id)).toEqual([a.id]);
    const returnedView = await ok(f.call('workflow.view', { articleId: a.id }, ctv));
    expect(returnedView.returned).toMatchObject({ reason: 'Thiếu số liệu năm 2026.', by: { id: tv.id } });

    a = f.articles.save(a.id, a.revisionId, { ...f.fieldsOf(a), summary: 'Đã bổ sung số liệu năm 2026.' }, ctv);
    await ok(f.call('workflow.act', { articleId: a.id, action: 'gui-duyet' }, ctv));
    await ok(f.call('workflow.act', { articleId: a.id, action: 'chuyen-trinh-duyet' }, tv));
    expect((await ok(f.call('workflow.myWork', {}, tb))).toSign.map((x) => x.id)).toEqual([a.id]);

    const signed = await ok(f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD, reason: 'Đồng ý đăng.' }, tb));
    expect(signed.status).toBe('da_duyet');
    expect(signed.signOff).toMatchObject({ signer: { name: tb.name, position: 'Trưởng ban' }, signatureValid: true, current: true, revisionId: a.revisionId, contentHash: a.contentHash, comment: 'Đồng ý đăng.' });
    expect(f.composed.verify()).toMatchObject({ ok: true, signOffs: 1, validSignOffs: 1 });

    // An approver corrects one letter: the approval is void and the article waits for approval again.
    const approved = f.articles.get(a.id);
    const edited = f.articles.save(a.id, approved.revisionId, { ...f.fieldsOf(approved), title: 'Hội nghị tổng kết năm.' }, f.users.ptb);
    expect(edited.status).toBe('cho_duyet');
    expect(f.articles.get(a.id).status).toBe('cho_duyet');
    const after = await ok(f.call('workflow.view', { articleId: a.id }, tb));
    expect(after.signOff).toBeNull();
    const history = await ok(f.call('workflow.signOffs', { articleId: a.id }, tb));
    expect(history).toMatchObject([{ signatureValid: true, current: false }]);
    expect(history[0]!.voidedReason).toMatch(/^Nội dung thay đổi sau khi ký duyệt/);
    expect(f.articles.history(a.id).at(-1)!.description).toMatch(/^Nội dung thay đổi sau khi ký duyệt.*Chờ duyệt/);
    // The old signature still verifies: it covers the old version, which is kept unchanged.
    expect(f.composed.verify()).toMatchObject({ ok: true, validSignOffs: 1 });

    const audit = await ok(f.call('audit.list', { articleId: a.id, limit: 100 }, f.users.qt));
    expect(audit.items.map((e) => e.action).reverse()).toEqual([
      'article.create',
      'workflow.gui-duyet',
      'workflow.tra-lai',
      'article.save',
      'workflow.gui-duyet',
      'workflow.chuyen-trinh-duyet',
      'workflow.ky-duyet',
      'article.save',
      'workflow.tu-dong-huy-duyet'
    ]);
    const byTv = await ok(f.call('audit.list', { userId: tv.id, action: 'workflow' }, f.users.qt));
    expect(byTv.items.map((e) => e.action)).toEqual(['workflow.chuyen-trinh-duyet', 'workflow.tra-lai']);
  });

  it('"Hủy duyệt" voids the sign-off and returns the article to Chờ duyệt', async () => {
    const a = f.articleIn('cho_duyet', 'btv');
    await ok(f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD }, f.users.tb));
    const v = await ok(f.call('workflow.act', { articleId: a.id, action: 'huy-duyet', reason: 'Chờ ý kiến Chủ tịch.' }, f.users.tb));
    expect(v.status).toBe('cho_duyet');
    expect(v.signOff).toBeNull();
    expect((await ok(f.call('workflow.signOffs', { articleId: a.id }, f.users.tb)))[0]!.voidedReason).toBe('Hủy duyệt: Chờ ý kiến Chủ tịch.');
  });
});

describe('keys', () => {
  it('after a password reset (new key) old sign-offs still verify with the old public key', async () => {
    const first = f.articleIn('cho_duyet', 'btv');
    await ok(f.call('workflow.act', { articleId: first.id, action: 'ky-duyet', password: PASSWORD }, f.users.tb));
    const oldKey = f.keys.activeKey(f.users.tb.id)!.keyId;
    f.keys.createKeySync(f.users.tb.id, 'mat-khau-moi-sau-khi-dat-lai');
    const second = f.articleIn('cho_duyet', 'btv');
    expect(await f.call('workflow.act', { articleId: second.id, action: 'ky-duyet', password: PASSWORD }, f.users.tb)).toMatchObject({ ok: false, error: { refusal: 'BAD_PASSWORD' } });
    await ok(f.call('workflow.act', { articleId: second.id, action: 'ky-duyet', password: 'mat-khau-moi-sau-khi-dat-lai' }, f.users.tb));
    const views = await Promise.all([first, second].map((a) => ok(f.call('workflow.view', { articleId: a.id }, f.users.tb))));
    expect(views.map((v) => [v.signOff!.signatureValid, v.signOff!.current, v.signOff!.keyId === oldKey])).toEqual([
      [true, true, true],
      [true, true, false]
    ]);
    expect(f.composed.verify()).toMatchObject({ ok: true, signOffs: 2, validSignOffs: 2 });
  });
});

describe('edit locks', () => {
  it('one editor at a time; others see who and since when; leases expire; take-over is audited', async () => {
    const a = f.articleIn('cho_duyet', 'btv');
    const { tv, tk, ptb } = f.users;
    const held = await ok(f.call('lock.acquire', { articleId: a.id }, tv));
    expect(held).toMatchObject({ holder: { id: tv.id }, mine: true });
    const other = await f.call('lock.acquire', { articleId: a.id }, tk);
    expect(other).toMatchObject({ ok: false, error: { refusal: 'LOCKED_BY_OTHER' } });
    if (!other.ok) expect(other.error.message).toContain(tv.name);
    expect((await ok(f.call('workflow.view', { articleId: a.id }, tk))).lock).toMatchObject({ holder: { name: tv.name }, since: held.since, mine: false });
    expect(() => f.articles.save(a.id, a.revisionId, { ...f.fieldsOf(a), summary: 'x' }, tk)).toThrow(expect.objectContaining({ refusal: 'LOCKED_BY_OTHER' }));

    // Heartbeats keep the lease alive; without them it expires.
    f.advance(90_000);
    await ok(f.call('lock.acquire', { articleId: a.id }, tv));
    f.advance(90_000);
    expect((await f.call('lock.acquire', { articleId: a.id }, tk)).ok).toBe(false);
    f.advance(121_000);
    expect(await ok(f.call('lock.acquire', { articleId: a.id }, tk))).toMatchObject({ holder: { id: tk.id } });

    const taken = await ok(f.call('lock.takeOver', { articleId: a.id }, ptb));
    expect(taken).toMatchObject({ holder: { id: ptb.id }, mine: true });
    const audit = await ok(f.call('audit.list', { action: 'lock.takeOver' }, ptb));
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]!.description).toContain(tk.name);
    const saved = f.articles.save(a.id, a.revisionId, { ...f.fieldsOf(a), summary: 'Phó ban sửa.' }, ptb);
    expect(saved.summary).toBe('Phó ban sửa.');

    expect(await f.call('lock.takeOver', { articleId: a.id }, f.users.ctv)).toMatchObject({ ok: false, error: { refusal: 'ROLE' } });
    await ok(f.call('lock.release', { articleId: a.id }, ptb));
    expect((await ok(f.call('workflow.view', { articleId: a.id }, tv))).lock).toBeNull();
  });
});
