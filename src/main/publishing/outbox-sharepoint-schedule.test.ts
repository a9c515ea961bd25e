// A future Ngày xuất bản on SharePoint, end to end through the real outbox, connector and emulator: on a list with
// scheduling the article goes out at once and the portal holds it (Hẹn giờ trên cổng), then goes live by itself;
// on a list without, it waits in the outbox until due. The queue's label (also the CLI's) says which.
import { afterEach, expect, it } from 'vitest';
import { textToBody } from '../../core/editor/body';
import { outboxStateLabel } from '../../shared/publishing';
import { manualClock, scheduledTinTucList, startSharePointEmulator, tinTucMoRongList, type SharePointEmulator } from '../adapters/portals/sharepoint-emulator';
import { SAMPLE_PROFILE } from '../sample/profile';
import { openWorkflowFixture, PASSWORD, type WorkflowFixture } from '../workflow/testing';

const T0 = Date.parse('2026-11-20T01:00:00.000Z');
const PUBLISH_AT = '2026-11-22T01:00:00.000Z';
let sp: SharePointEmulator;
let f: WorkflowFixture;
afterEach(async () => {
  f?.close();
  await sp?.close();
});

async function queued(targetId: string, title: string) {
  const a = f.articleIn('cho_duyet', 'btv', { title, body: textToBody(`${title}. Nội dung bài viết.`), category: 'Kinh tế', articleType: 'Tin', author: 'Ban biên tập', publishAt: PUBLISH_AT });
  const signed = await f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD }, f.users.tb);
  if (!signed.ok) throw new Error(signed.error.message);
  const q = await f.call('publish.enqueue', { articleId: a.id, targetId, confirm: true }, f.users.btv);
  if (!q.ok) throw new Error(q.error.message);
  return { articleId: a.id, entryId: q.value.id };
}

it('schedules on the portal when the list can, else holds the article in the outbox until due', async () => {
  const emuClock = manualClock(T0);
  sp = await startSharePointEmulator({ profile: '2013', clock: emuClock, lists: [scheduledTinTucList({ title: 'Tin hẹn giờ', url: 'Lists/TinHenGio' }), tinTucMoRongList()] });
  f = openWorkflowFixture({ start: T0 });
  const advance = (ms: number) => { f.advance(ms); emuClock.advance(ms); };
  f.app.services.profile.save(SAMPLE_PROFILE, '2020-01-01T00:00:00.000Z', f.users.qt);
  const add = (name: string, list: string) => f.app.services.publishing.addTarget(
    { name, type: 'sharepoint', config: { url: sp.webUrl, list, auth: 'ntlm', user: 'PORTAL\\bbt' }, secret: 'Mat-khau-SP-2026' }, f.users.qt
  ).id;
  const onPortal = add('Cổng hẹn giờ', 'Tin hẹn giờ');
  const inOutbox = add('Cổng thường', 'Tin Tức Mở Rộng');
  // "Kiểm tra kết nối" learns which list schedules.
  expect((await f.app.services.publishing.testTarget(onPortal, f.users.qt)).schedules).toBe(true);
  expect((await f.app.services.publishing.testTarget(inOutbox, f.users.qt)).schedules).toBe(false);

  const a = await queued(onPortal, 'Lễ hội văn hóa hẹn giờ trên cổng');
  const b = await queued(inOutbox, 'Lễ hội văn hóa chờ trong hàng đợi');
  const entry = (id: string) => f.app.services.publishing.queue(f.users.qt).find((e) => e.id === id)!;
  expect(outboxStateLabel(entry(b.entryId))).toBe('Hẹn giờ (chờ trong hàng đợi đến giờ)');

  await f.app.services.outbox.runOnce();
  // A: sent now, held by the portal as Scheduled with its start date; the article is Hẹn giờ.
  expect(entry(a.entryId)).toMatchObject({ state: 'done', portalScheduled: true, detail: expect.stringContaining('hẹn giờ trên cổng') });
  expect(outboxStateLabel(entry(a.entryId))).toBe('Hẹn giờ trên cổng');
  const [item] = sp.items('Tin hẹn giờ');
  expect(item).toMatchObject({ moderationStatus: 4, values: expect.objectContaining({ PublishingStartDate: '2026-11-22T01:00:00Z' }) });
  expect(f.articles.get(a.articleId).status).toBe('hen_gio');
  // B: nothing sent to the portal yet.
  expect(entry(b.entryId)).toMatchObject({ state: 'scheduled', nextAttemptAt: PUBLISH_AT, portalScheduled: false });
  expect(sp.items('Tin Tức Mở Rộng')).toHaveLength(0);

  advance(2 * 24 * 3600_000 + 60_000);
  // A went live on the portal by itself; B is sent now that it is due.
  expect(await f.app.services.witness.settleScheduled()).toBe(1);
  expect(f.articles.get(a.articleId).status).toBe('da_xuat_ban');
  await f.app.services.outbox.runOnce();
  expect(entry(b.entryId)).toMatchObject({ state: 'done', portalScheduled: false });
  expect(outboxStateLabel(entry(b.entryId))).toBe('Đã xuất bản');
  expect(sp.items('Tin Tức Mở Rộng')).toHaveLength(1);
  expect(f.articles.get(b.articleId).status).toBe('da_xuat_ban');
});
