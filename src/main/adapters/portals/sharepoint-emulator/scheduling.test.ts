// Publishing-site scheduling: on a moderated list with PublishingStartDate, an item approved with a future start
// date is Scheduled (4) and hidden from readers until the date; then it is Approved and visible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock, scheduledTinTucList, startSharePointEmulator, type SharePointEmulator } from './index';
import { basic, byTitle, Client, entity, rows } from './testkit';

const clock = manualClock(Date.UTC(2026, 10, 27, 3, 0, 0));
const LIST = 'Tin hẹn giờ';
let sp: SharePointEmulator;
beforeAll(async () => { sp = await startSharePointEmulator({ profile: '2013', clock, lists: [scheduledTinTucList({ title: LIST, url: 'Lists/TinHenGio' })] }); });
afterAll(() => sp.close());

describe('scheduling', () => {
  it('discovery shows the two scheduling columns on a list with content approval', async () => {
    const c = new Client(sp);
    const list = entity(await c.get(`${byTitle(LIST)}?$select=EnableModeration`));
    expect(list.EnableModeration).toBe(true);
    const fields = rows(await c.get(`${byTitle(LIST)}/fields?$filter=Hidden eq false`));
    expect(fields.filter((f) => f.InternalName.startsWith('Publishing')).map((f) => [f.InternalName, f.TypeAsString])).toEqual([
      ['PublishingStartDate', 'DateTime'], ['PublishingExpirationDate', 'DateTime']
    ]);
  });

  it('approved with a future start date: Scheduled, invisible to readers until the date, then Approved', async () => {
    const c = new Client(sp);
    const reader = new Client(sp, basic('PORTAL\\docgia'));
    const start = new Date(clock.now() + 2 * 3600_000).toISOString().replace('.000', '');
    const type = await c.itemType(LIST);
    const created = await c.call('POST', `${byTitle(LIST)}/items`, { body: { __metadata: { type }, Title: 'Bài hẹn giờ', PublishingStartDate: start, OData__ModerationStatus: 0 } });
    expect(created.status).toBe(201);
    const id = entity(created).Id as number;
    expect(entity(created)).toMatchObject({ OData__ModerationStatus: 4, PublishingStartDate: start });
    expect((await reader.get(`${byTitle(LIST)}/items(${id})`)).status).toBe(404);
    clock.advance(2 * 3600_000 - 1000);
    expect((await reader.get(`${byTitle(LIST)}/items(${id})`)).status).toBe(404);
    clock.advance(1000);
    expect(entity(await reader.get(`${byTitle(LIST)}/items(${id})`))).toMatchObject({ Title: 'Bài hẹn giờ', OData__ModerationStatus: 0 });
  });

  it('a start date already past, or none, is approved at once', async () => {
    const c = new Client(sp);
    const type = await c.itemType(LIST);
    const past = await c.call('POST', `${byTitle(LIST)}/items`, { body: { __metadata: { type }, Title: 'Bài đã đến giờ', PublishingStartDate: new Date(clock.now() - 60_000).toISOString(), OData__ModerationStatus: 0 } });
    expect(entity(past).OData__ModerationStatus).toBe(0);
    const none = await c.call('POST', `${byTitle(LIST)}/items`, { body: { __metadata: { type }, Title: 'Bài không hẹn', OData__ModerationStatus: 0 } });
    expect(entity(none).OData__ModerationStatus).toBe(0);
  });
});
