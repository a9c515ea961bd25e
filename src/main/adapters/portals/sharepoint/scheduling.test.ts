// A future Ngày xuất bản on a SharePoint list with scheduling: discovery says the portal schedules, the item is
// written with its Scheduling Start Date and approved, and the portal holds it as Scheduled until the date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock, scheduledTinTucList, startSharePointEmulator, tinTucMoRongList, type SharePointEmulator } from '../sharepoint-emulator';
import { connector, samplePost } from './test-fixtures';

const clock = manualClock(Date.UTC(2026, 10, 27, 3, 0, 0));
const TOMORROW = '2026-11-28T01:30:00.000Z';
let sp: SharePointEmulator;
beforeAll(async () => {
  sp = await startSharePointEmulator({
    profile: '2013', clock,
    lists: [scheduledTinTucList({ title: 'Tin hẹn giờ', url: 'Lists/TinHenGio' }), tinTucMoRongList({ title: 'Tin kiểm duyệt', url: 'Lists/TinKiemDuyet', enableModeration: true })]
  });
});
afterAll(() => sp.close());

describe('SharePoint scheduling', () => {
  it('discovery tells a list with scheduling from one without', async () => {
    const scheduled = await connector(sp, { list: 'Tin hẹn giờ' }).discover();
    expect(scheduled.schedules).toBe(true);
    expect(scheduled.summary).toContain('có hẹn giờ đăng (cổng tự đăng bài vào ngày xuất bản)');
    const plain = await connector(sp, { list: 'Tin kiểm duyệt' }).discover();
    expect(plain.schedules).toBe(false);
    expect(plain.summary).toContain('không có hẹn giờ đăng: bài hẹn giờ chờ trong hàng đợi đến giờ');
  });

  it('a future article is sent with its start date, approved, and held by the portal as Scheduled until then', async () => {
    const c = connector(sp, { list: 'Tin hẹn giờ' });
    const post = samplePost({ publishAt: TOMORROW, scheduled: true });
    const created = await c.create(post);
    expect(created.status).toBe('scheduled');
    const item = sp.item('Tin hẹn giờ', Number(created.remoteId));
    expect(item?.moderationStatus).toBe(4);
    expect(item?.values.PublishingStartDate).toBe('2026-11-28T01:30:00Z');
    // An update before the date (a re-approved version) keeps it scheduled.
    const updated = await c.update(created, { ...post, title: 'Bản sửa trước giờ đăng' });
    expect(updated.status).toBe('scheduled');
    expect(sp.item('Tin hẹn giờ', Number(created.remoteId))?.moderationStatus).toBe(4);
    // After the date the portal has it approved (published) on its own.
    clock.set(Date.parse(TOMORROW) + 1000);
    const read = await c.read(created);
    expect(read?.status).toBe('approved');
    clock.set(Date.UTC(2026, 10, 27, 3, 0, 0));
  });

  it('an article already due is approved at once on a list with scheduling', async () => {
    const created = await connector(sp, { list: 'Tin hẹn giờ' }).create(samplePost({ publishAt: '2026-11-27T02:00:00.000Z', scheduled: false }));
    expect(created.status).toBe('approved');
    expect(sp.item('Tin hẹn giờ', Number(created.remoteId))?.moderationStatus).toBe(0);
  });

  it('a future article is refused, in Vietnamese and before anything is written, by a list that does not schedule', async () => {
    const before = sp.items('Tin kiểm duyệt').length;
    await expect(connector(sp, { list: 'Tin kiểm duyệt' }).create(samplePost({ publishAt: TOMORROW, scheduled: true })))
      .rejects.toMatchObject({ kind: 'invalid', vi: expect.stringContaining('không (còn) bật hẹn giờ đăng') });
    expect(sp.items('Tin kiểm duyệt')).toHaveLength(before);
  });
});
