// The outbox over a real workspace and an in-memory portal with scripted faults: the gate, sending
// exactly the signed revision with the imprint in force on the publication date, receipts, retries with
// Retry-After, ambiguous failures and a crash mid-send never giving a second remote item.
import { afterEach, describe, expect, it } from 'vitest';
import { FakePortal, type FakeFault } from '../../core/testing/fake-portal';
import { textToBody } from '../../core/editor/body';
import type { SessionUser } from '../../shared/accounts';
import type { Article } from '../../shared/article';
import type { OutboxEntry } from '../../shared/publishing';
import { SAMPLE_PROFILE } from '../sample/profile';
import { openWorkflowFixture, PASSWORD, type WorkflowFixture } from '../workflow/testing';

let portal: FakePortal;
let f: WorkflowFixture;
const open: WorkflowFixture[] = [];

function setup(dir?: string, start?: number): WorkflowFixture {
  const fx = openWorkflowFixture({ dir, start, connect: () => portal.connector() });
  open.push(fx);
  return fx;
}

afterEach(() => {
  for (const fx of open.splice(0).reverse()) fx.close();
});

const admin = (): SessionUser => f.users.qt;

function begin(): void {
  portal = new FakePortal();
  f = setup();
  f.app.services.profile.save({ ...SAMPLE_PROFILE, responsibleName: 'Ông Nguyễn Văn Cũ', responsiblePosition: 'Chánh Văn phòng' }, '2020-01-01T00:00:00.000Z', admin());
}

function addTarget(name = 'Cổng thị xã') {
  return f.app.services.publishing.addTarget({ name, type: 'wordpress', config: { url: 'https://cong.example', user: 'bbt' }, secret: 'app-pass' }, admin());
}

async function approved(fields: Partial<Article> = {}): Promise<Article> {
  const a = f.articleIn('cho_duyet', 'btv', { title: 'Hội nghị tổng kết năm 2026', body: textToBody('Sáng nay, Ủy ban nhân dân thị xã tổ chức hội nghị.'), category: 'Kinh tế', author: 'Ban biên tập', ...fields });
  const signed = await f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD }, f.users.tb);
  if (!signed.ok) throw new Error(signed.error.message);
  return f.articles.get(a.id);
}

async function enqueue(articleId: string, targetId: string, input: Record<string, unknown> = {}): Promise<OutboxEntry> {
  const r = await f.call('publish.enqueue', { articleId, targetId, confirm: true, ...input }, f.users.btv);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const latest = (id: string) => f.app.services.publishing.queue(admin()).find((e) => e.id === id)!;

describe('publishing through the outbox', () => {
  it('sends exactly the signed revision once, with the imprint in force on the publication date, and records a receipt', async () => {
    begin();
    // A new responsible person from 2026-12-01: an article dated earlier still carries the old one.
    f.app.services.profile.save({ ...SAMPLE_PROFILE, responsibleName: 'Bà Trần Thị Mới', responsiblePosition: 'Phó Chủ tịch UBND' }, '2026-12-01T00:00:00.000Z', admin());
    const target = addTarget();
    const a = await approved({ publishAt: '2026-11-15T02:00:00.000Z' });
    const queued = await enqueue(a.id, target.id);
    expect(queued).toMatchObject({ state: 'waiting', kind: 'publish', targetName: 'Cổng thị xã' });
    expect(portal.items.size).toBe(0);

    const [outcome] = await f.app.services.outbox.runOnce();
    expect(outcome).toMatchObject({ ok: true, entry: { state: 'done', remoteUrl: expect.stringContaining('https://cong.example/tin/hoi-nghi-tong-ket-nam-2026-') } });
    const [item] = [...portal.items.values()];
    expect(item!.post.html).toContain('Chịu trách nhiệm chính: Ông Nguyễn Văn Cũ - Chánh Văn phòng');
    expect(item!.post.html).not.toContain('Trần Thị Mới');
    expect(item!.post.html).toContain('Sáng nay, Ủy ban nhân dân thị xã tổ chức hội nghị.');
    expect(item!.post.contentHash).toBe(a.contentHash);

    const after = f.articles.get(a.id);
    expect(after.status).toBe('da_xuat_ban');
    const { receipts } = f.app.services.publishing.forArticle(a.id, admin());
    const head = f.store.audit.head();
    expect(receipts).toEqual([
      expect.objectContaining({ kind: 'publish', remoteId: item!.id, revisionId: a.revisionId, contentHash: a.contentHash, fingerprint: item!.post.fingerprint, auditHeadSeq: expect.any(Number) })
    ]);
    expect(receipts[0]!.auditHeadSeq).toBeLessThanOrEqual(head.seq);
    expect(f.articles.history(a.id).map((h) => h.description).join('\n')).toContain('Xuất bản trên “Cổng thị xã”');
    expect(f.composed.verify()).toMatchObject({ ok: true });
  });

  it('uploads an image once per portal, and again when someone deleted it on the portal since', async () => {
    begin();
    const target = addTarget();
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const imageHash = f.media.put(png).hash;
    const first = await approved({ imageHash, imageCaption: 'Quang cảnh hội nghị' });
    await enqueue(first.id, target.id);
    await f.app.services.outbox.runOnce();
    const second = await approved({ title: 'Hội nghị lần hai', imageHash, imageCaption: 'Quang cảnh hội nghị' });
    await enqueue(second.id, target.id);
    await f.app.services.outbox.runOnce();
    // Remembered and still there: checked, not uploaded again.
    expect(portal.calls.filter((c) => c === 'upload' || c === 'hasMedia')).toEqual(['upload', 'hasMedia']);
    const [m1] = [...portal.media.values()];
    expect(portal.itemsWithKey(`bbt-${second.id}`)[0]!.post.image).toMatchObject({ remoteId: m1!.remoteId });

    portal.deleteMedia(m1!.remoteId);
    const third = await approved({ title: 'Hội nghị lần ba', imageHash, imageCaption: 'Quang cảnh hội nghị' });
    await enqueue(third.id, target.id);
    const [outcome] = await f.app.services.outbox.runOnce();
    expect(outcome).toMatchObject({ ok: true });
    const [m2] = [...portal.media.values()];
    expect(m2!.remoteId).not.toBe(m1!.remoteId);
    expect(portal.itemsWithKey(`bbt-${third.id}`)[0]!.post.image).toMatchObject({ remoteId: m2!.remoteId, url: m2!.url });
    // The new upload is the one remembered from now on; the record of the lost one stays.
    expect(f.store.db.prepare('SELECT remote_id FROM remote_media ORDER BY at').all()).toEqual([{ remote_id: m1!.remoteId }, { remote_id: m2!.remoteId }]);
    expect(f.store.db.prepare('SELECT count(*) AS n FROM remote_media_gone').get()).toEqual({ n: 1 });
  });

  it('refuses what the gate refuses and asks to confirm warnings', async () => {
    begin();
    const target = addTarget();
    const draft = f.articleIn('nhap', 'btv', { title: 'Bản nháp' });
    const refused = await f.call('publish.enqueue', { articleId: draft.id, targetId: target.id, confirm: true }, f.users.btv);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('chỉ bài “Đã duyệt” mới được xuất bản') } });
    const a = await approved();
    f.comments.create({ articleId: a.id, revisionId: a.revisionId, start: 0, end: 5, quote: 'Sáng ', body: 'Kiểm tra giờ.' }, f.users.tv);
    const unconfirmed = await f.call('publish.enqueue', { articleId: a.id, targetId: target.id }, f.users.btv);
    expect(unconfirmed).toMatchObject({ ok: false, error: { message: expect.stringContaining('1 bình luận chưa giải quyết') } });
    const contributor = await f.call('publish.enqueue', { articleId: a.id, targetId: target.id, confirm: true }, f.users.ctv);
    expect(contributor).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(portal.calls).toEqual([]);
  });

  it('after an answer lost on the way back, looks the item up instead of creating a second one', async () => {
    begin();
    const target = addTarget();
    const a = await approved();
    portal.fail('create', 'lost-after-apply');
    const q = await enqueue(a.id, target.id);
    await f.app.services.outbox.runOnce();
    expect(latest(q.id)).toMatchObject({ state: 'waiting', detail: expect.stringContaining('Sẽ thử lại') });
    expect(portal.items.size).toBe(1);
    f.advance(60_000);
    await f.app.services.outbox.runOnce();
    expect(latest(q.id).state).toBe('done');
    expect(portal.itemsWithKey(`bbt-${a.id}`)).toHaveLength(1);
    expect(portal.calls).toContain('find');
  });

  it('waits as long as the portal asks (Retry-After), and stops retrying on bad credentials until someone retries', async () => {
    begin();
    const target = addTarget();
    const a = await approved();
    portal.fail('create', 'throttled');
    const q = await enqueue(a.id, target.id);
    await f.app.services.outbox.runOnce();
    const waiting = latest(q.id);
    expect(Date.parse(waiting.nextAttemptAt!) - Date.parse(waiting.createdAt)).toBeGreaterThanOrEqual(120_000);
    f.advance(60_000);
    expect(await f.app.services.outbox.runOnce()).toEqual([]);
    f.advance(61_000);
    portal.fail('find', 'auth');
    await f.app.services.outbox.runOnce();
    expect(latest(q.id)).toMatchObject({ state: 'failed', detail: 'Sai mật khẩu cổng.' });
    f.advance(3_600_000);
    expect(await f.app.services.outbox.runOnce()).toEqual([]);
    await f.call('publish.retry', { id: q.id }, f.users.btv);
    await f.app.services.outbox.runOnce();
    expect(latest(q.id).state).toBe('done');
    expect(portal.items.size).toBe(1);
  });

  it('a scheduled article (Hẹn giờ) becomes Đã xuất bản once its date passed and the portal shows it', async () => {
    begin();
    const target = addTarget();
    const a = await approved({ publishAt: '2026-11-25T01:00:00.000Z' });
    await enqueue(a.id, target.id);
    await f.app.services.outbox.runOnce();
    expect(f.articles.get(a.id).status).toBe('hen_gio');
    expect(await f.app.services.witness.settleScheduled()).toBe(0);
    f.advance(6 * 24 * 3600_000);
    // The date has passed but the portal has not published it yet: nothing changes.
    expect(await f.app.services.witness.settleScheduled()).toBe(0);
    [...portal.items.values()][0]!.status = 'publish';
    expect(await f.app.services.witness.settleScheduled()).toBe(1);
    expect(f.articles.get(a.id).status).toBe('da_xuat_ban');
    expect(f.articles.history(a.id).map((h) => h.description).join('\n')).toContain('đã đăng bài theo lịch');
    expect(await f.app.services.witness.settleScheduled()).toBe(0);
  });

  it('"Thử lại" sends a waiting entry now (the portal is back), and a published version can go to a second portal', async () => {
    begin();
    const target = addTarget();
    const second = addTarget('Ổ USB');
    const a = await approved();
    portal.fail('create', 'unreachable');
    const q = await enqueue(a.id, target.id);
    await f.app.services.outbox.runOnce();
    expect(latest(q.id)).toMatchObject({ state: 'waiting', attempts: 1 });
    expect(await f.app.services.outbox.runOnce()).toEqual([]);
    expect((await f.call('publish.retry', { id: q.id }, f.users.btv)).ok).toBe(true);
    await f.app.services.outbox.runOnce();
    expect(latest(q.id).state).toBe('done');
    expect(f.articles.get(a.id).status).toBe('da_xuat_ban');
    const again = await f.call('publish.enqueue', { articleId: a.id, targetId: target.id, confirm: true }, f.users.btv);
    expect(again).toMatchObject({ ok: false, error: { message: expect.stringContaining('đã được xuất bản lên “Cổng thị xã”') } });
    const other = await enqueue(a.id, second.id);
    await f.app.services.outbox.runOnce();
    expect(latest(other.id).state).toBe('done');
    expect(portal.items.size).toBe(2);
  });

  it('a crash mid-send leaves a lease that runs out; after the restart the send completes once', async () => {
    begin();
    const target = addTarget();
    const a = await approved();
    const q = await enqueue(a.id, target.id);
    portal.fail('create', 'hang-after-apply');
    void f.app.services.outbox.runOnce(); // never settles: the process "dies" here
    await new Promise((r) => setImmediate(r));
    expect(latest(q.id).state).toBe('sending');
    expect(portal.items.size).toBe(1);
    const dir = f.dir;
    const startAfter = Date.parse(latest(q.id).createdAt) + 6 * 60_000;
    open.splice(open.indexOf(f), 1);
    f.app.close();
    f = setup(dir, startAfter);
    await f.app.services.outbox.runOnce();
    expect(latest(q.id)).toMatchObject({ state: 'done' });
    expect(portal.itemsWithKey(`bbt-${a.id}`)).toHaveLength(1);
    expect(f.articles.get(a.id).status).toBe('da_xuat_ban');
  });

  it('updates the same remote item after a new approval, takes it down, and keeps the record', async () => {
    begin();
    const target = addTarget();
    let a = await approved();
    await enqueue(a.id, target.id);
    await f.app.services.outbox.runOnce();
    // A published article is changed by way of a new version ("Sửa bài đã đăng"), signed again, then "Cập nhật".
    const reopened = await f.call('workflow.act', { articleId: a.id, action: 'sua-bai-da-dang' }, f.users.tv);
    expect(reopened).toMatchObject({ ok: true, value: { status: 'cho_duyet' } });
    const edited = f.articles.get(a.id);
    a = f.articles.save(a.id, edited.revisionId, { ...f.fieldsOf(edited), title: 'Hội nghị tổng kết năm 2026 (cập nhật)' }, f.users.tv);
    await f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD }, f.users.tb);
    const update = await enqueue(a.id, target.id);
    expect(update.kind).toBe('update');
    await f.app.services.outbox.runOnce();
    expect(portal.items.size).toBe(1);
    expect([...portal.items.values()][0]!.post.title).toBe('Hội nghị tổng kết năm 2026 (cập nhật)');

    const down = await f.call('publish.takeDown', { articleId: a.id, targetId: target.id }, f.users.tb);
    expect(down.ok).toBe(true);
    await f.app.services.outbox.runOnce();
    expect([...portal.items.values()][0]!.status).toBe('draft');
    expect(f.articles.get(a.id).status).toBe('da_go');
    expect(f.app.services.publishing.forArticle(a.id, admin()).receipts.map((r) => r.kind)).toEqual(['take-down', 'update', 'publish']);
  });

  it('does not send a revision edited after it was queued', async () => {
    begin();
    const target = addTarget();
    const a = await approved();
    const q = await enqueue(a.id, target.id);
    f.articles.save(a.id, a.revisionId, { ...f.fieldsOf(a), title: 'Sửa sau khi ký' }, f.users.tv);
    await f.app.services.outbox.runOnce();
    expect(latest(q.id)).toMatchObject({ state: 'failed', detail: expect.stringContaining('hãy ký duyệt lại') });
    expect(portal.items.size).toBe(0);
  });

  it('verify --target finds an edit made on the portal', async () => {
    begin();
    const target = addTarget();
    const a = await approved();
    await enqueue(a.id, target.id);
    await f.app.services.outbox.runOnce();
    expect(await f.app.services.witness.verifyTarget(target.id)).toMatchObject({ ok: true, items: [{ ok: true, views: 7 }] });
    // "Số lượt người đọc" comes back from the portal onto the article.
    f.store.articles.setViewCount(a.id, 0);
    expect(await f.app.services.witness.readViews()).toBe(1);
    expect(f.articles.get(a.id).viewCount).toBe(7);
    portal.tamper([...portal.items.keys()][0]!, '<p>Nội dung bị sửa trên cổng</p>');
    const report = await f.app.services.witness.verifyTarget(target.id);
    expect(report).toMatchObject({ ok: false, items: [{ ok: false, problems: [expect.stringContaining('đã bị sửa')] }] });
  });

  it('ends every randomised run of faults with exactly one remote item and a truthful outbox', async () => {
    const faults: FakeFault[] = ['unreachable', 'throttled', 'server', 'conflict', 'lost-after-apply'];
    for (let seed = 1; seed <= 25; seed++) {
      begin();
      let x = seed * 7919;
      const rand = (n: number) => (x = (x * 1103515245 + 12345) % 2 ** 31) % n;
      const target = addTarget();
      const a = await approved();
      for (let i = rand(5); i > 0; i--) portal.fail(['create', 'find', 'update', '*'][rand(4)] as 'create', faults[rand(faults.length)]!);
      const q = await enqueue(a.id, target.id);
      for (let round = 0; round < 20 && latest(q.id).state !== 'done'; round++) {
        await f.app.services.outbox.runOnce();
        f.advance(31 * 60_000);
      }
      const entry = latest(q.id);
      const items = portal.itemsWithKey(`bbt-${a.id}`);
      expect({ seed, state: entry.state, items: items.length }).toEqual({ seed, state: 'done', items: 1 });
      expect(f.app.services.publishing.forArticle(a.id, admin()).receipts[0]).toMatchObject({ remoteId: items[0]!.id });
      for (const fx of open.splice(0).reverse()) fx.close();
    }
  });
});

