// Lists, fields and items: discovery, create/MERGE/delete, etags, validation, uniqueness, queries and paging, moderation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSharePointEmulator, TIN_TUC_FIELDS, tinTucMoRongList, type SharePointEmulator } from './index';
import { ARTICLE, basic, byTitle, Client, entity, errorCode, LIST, literal, NOMETA, rows } from './testkit';

const QUOTED = "Tin của Sở 'Văn hóa'";
const MODERATED = 'Tin chờ duyệt';
let sp: SharePointEmulator;
let c: Client;
beforeAll(async () => {
  sp = await startSharePointEmulator({
    profile: '2013', pageSize: 100,
    lists: [
      tinTucMoRongList(),
      { title: QUOTED, url: 'Lists/VanHoa', fields: [{ internalName: 'Title', title: 'Tiêu đề', type: 'Text' }] },
      tinTucMoRongList({ title: MODERATED, url: 'Lists/ChoDuyet', enableModeration: true, fields: TIN_TUC_FIELDS.filter((f) => f.internalName !== 'PortalSyncKey') })
    ]
  });
  c = new Client(sp);
});
afterAll(() => sp.close());

const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

describe('lists and fields', () => {
  it('getbytitle takes an OData literal: quotes doubled, then URL-encoded', async () => {
    expect(literal(QUOTED)).toBe("'Tin%20c%E1%BB%A7a%20S%E1%BB%9F%20''V%C4%83n%20h%C3%B3a'''");
    const r = await c.get(`${byTitle(QUOTED)}?$select=Title,ListItemEntityTypeFullName`);
    expect(r.status).toBe(200);
    expect(entity(r)).toMatchObject({ Title: QUOTED, ListItemEntityTypeFullName: 'SP.Data.VanHoaListItem' });
    const single = await c.get(`/web/lists/getbytitle('${encodeURIComponent(QUOTED)}')`);
    expect(single.status).toBe(400);
  });

  it("lists(guid'…') finds the list by Id; an unknown list → 404 -2130575322", async () => {
    const id = entity(await c.get(`${byTitle()}?$select=Id`)).Id as string;
    expect(entity(await c.get(`/web/lists(guid'${id}')?$select=Title`)).Title).toBe(LIST);
    const missing = await c.get("/web/lists(guid'00000000-0000-0000-0000-000000000000')");
    expect(missing.status).toBe(404);
    expect(errorCode(missing)).toBe('-2130575322, Microsoft.SharePoint.SPException');
  });

  it('fields?$filter=Hidden eq false&$select=… lists visible columns with their types', async () => {
    const r = await c.get(`${byTitle()}/fields?$filter=Hidden eq false&$select=InternalName,EntityPropertyName,Title,TypeAsString,Required`);
    const fields = rows(r) as { InternalName: string; EntityPropertyName: string; TypeAsString: string; Required: boolean }[];
    expect(fields.find((f) => f.InternalName === 'NoiDung')).toMatchObject({ TypeAsString: 'HTML', Required: true });
    expect(fields.find((f) => f.InternalName === 'AnhDaiDien')).toMatchObject({ TypeAsString: 'URL' });
    expect(fields.find((f) => f.InternalName === 'Ngu_x1ed3_n_x0020_tin')).toMatchObject({ EntityPropertyName: 'Ngu_x1ed3_n_x0020_tin' });
    expect(fields.some((f) => f.InternalName === '_ModerationStatus')).toBe(false);
    expect(Object.keys(r.json.d.results[0]).sort()).toEqual(['EntityPropertyName', 'InternalName', 'Required', 'Title', 'TypeAsString', '__metadata']);
    const unique = entity(await c.get(`${byTitle()}/fields/getbyinternalnameortitle('PortalSyncKey')?$select=Indexed,EnforceUniqueValues`));
    expect(unique).toMatchObject({ Indexed: true, EnforceUniqueValues: true });
    const moderated = rows(await c.get(`${byTitle(MODERATED)}/fields?$filter=Hidden eq false and InternalName eq '_ModerationStatus'`));
    expect(moderated).toHaveLength(1);
  });
});

describe('create, update, delete', () => {
  it('create → 201 with Id and etag "1"; required columns are not enforced', async () => {
    const r = await c.create({ Title: 'Chỉ có tiêu đề' });
    expect(r.status).toBe(201);
    expect(r.json.d).toMatchObject({ Title: 'Chỉ có tiêu đề', NoiDung: null, PhanLoai: null, LoaiTin: 'Tin', NoiBat: false });
    expect(r.json.d.__metadata.etag).toBe('"1"');
    expect((await c.create({ TacGia: 'Không tiêu đề' })).status).toBe(201);
  });

  it('wrong __metadata.type → 400; unknown property → 400; read-only column → 400; bad value types → 400', async () => {
    const wrongType = await c.post(`${byTitle()}/items`, { __metadata: { type: 'SP.Data.TinTucMoRongListItem' }, Title: 'x' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.error).toMatchObject({ code: INVALID_QUERY, message: { value: expect.stringMatching(/^A type named 'SP.Data.TinTucMoRongListItem' could not be resolved/) } });
    const unknown = await c.create({ Title: 'x', NoiDungChinh: 'y' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message.value).toBe("The property 'NoiDungChinh' does not exist on type 'SP.Data.TinTuc_x005f_MoRongListItem'. Make sure to only use property names that are defined by the type.");
    expect(errorCode(await c.create({ Title: 'x', SoLuotXem: 5 }))).toBe(INVALID_QUERY);
    expect((await c.create({ Title: 'x', NgayXuatBan: '27/11/2026' })).status).toBe(400);
    expect((await c.create({ Title: 'x', NoiBat: 'true' })).status).toBe(400);
    expect((await c.create({ Title: 'x', AnhDaiDien: 'http://x/a.jpg' })).status).toBe(400);
  });

  it('MERGE with the current IF-MATCH → 204 and a new ETag; a stale one → 412; IF-MATCH * always passes', async () => {
    const id = (await c.create({ ...ARTICLE, PortalSyncKey: 'merge-1' })).json.d.Id as number;
    const ok = await c.merge(id, { Title: 'Sửa lần 1' }, '"1"');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('etag')).toBe('"2"');
    const stale = await c.merge(id, { Title: 'Sửa từ bản cũ' }, '"1"');
    expect(stale.status).toBe(412);
    expect(stale.json.error).toEqual({ code: '-1, Microsoft.SharePoint.Client.ClientServiceException', message: { lang: 'en-US', value: "The request ETag value '\"1\"' does not match the object's ETag value '\"2\"'." } });
    expect((await c.merge(id, { Title: 'Ghi đè' }, '*')).headers.get('etag')).toBe('"3"');
    expect(sp.item(LIST, id)?.values.Title).toBe('Ghi đè');
  });

  it('a page-view bump by the portal changes the etag, so a stale MERGE gets 412', async () => {
    const id = (await c.create({ ...ARTICLE, PortalSyncKey: 'views-1' })).json.d.Id as number;
    expect(sp.bumpViews(LIST, id, 10)).toBe(10);
    expect(entity(await c.get(`${byTitle()}/items(${id})?$select=SoLuotXem`)).SoLuotXem).toBe(10);
    expect((await c.merge(id, { Title: 'x' }, '"1"')).status).toBe(412);
  });

  it('DELETE (X-HTTP-Method) and recycle() move the item to the recycle bin; restore brings it back', async () => {
    const a = (await c.create({ Title: 'Xóa' })).json.d.Id as number;
    const b = (await c.create({ Title: 'Tái chế' })).json.d.Id as number;
    const del = await c.post(`${byTitle()}/items(${a})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    expect(del.status).toBe(200);
    expect((await c.get(`${byTitle()}/items(${a})`)).status).toBe(404);
    const recycled = await c.post(`${byTitle()}/items(${b})/recycle()`);
    expect(recycled.json.d.Recycle).toMatch(/^[0-9a-f-]{36}$/);
    const bin = rows(await c.get('/web/RecycleBin')) as { Title: string; LeafName: string; ItemType: number; Id: string }[];
    expect(bin.map((e) => e.Title)).toEqual(expect.arrayContaining(['Xóa', 'Tái chế']));
    expect(bin.find((e) => e.Title === 'Tái chế')).toMatchObject({ LeafName: `${b}_.000`, ItemType: 3 });
    expect(sp.recycleBin().map((e) => e.itemId)).toEqual(expect.arrayContaining([a, b]));
    expect((await c.post(`/web/RecycleBin('${recycled.json.d.Recycle}')/restore()`)).status).toBe(200);
    expect((await c.get(`${byTitle()}/items(${b})`)).status).toBe(200);
  });

  it('unknown item → 404; a unique column refuses a duplicate (case-insensitive) with 500', async () => {
    expect((await c.get(`${byTitle()}/items(424242)`)).status).toBe(404);
    expect((await c.create({ Title: 'a', PortalSyncKey: 'uuid-dup' })).status).toBe(201);
    const dup = await c.create({ Title: 'b', PortalSyncKey: 'UUID-DUP' });
    expect(dup.status).toBe(500);
    expect(dup.json.error).toEqual({ code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', message: { lang: 'en-US', value: 'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [PortalSyncKey].' } });
    expect(sp.items(LIST).filter((i) => String(i.values.PortalSyncKey).toLowerCase() === 'uuid-dup')).toHaveLength(1);
  });

  it('ValidateUpdateListItem answers 200, reports each failing field, and changes nothing until all pass', async () => {
    const id = (await c.create({ Title: 'Thiếu trường' })).json.d.Id as number;
    const path = `${byTitle()}/items(${id})/ValidateUpdateListItem`;
    const bad = await c.post(path, { formValues: [{ FieldName: 'PhanLoai', FieldValue: 'Không có' }, { FieldName: 'NgayXuatBan', FieldValue: '31/02/2026' }], bNewDocumentUpdate: false });
    expect(bad.status).toBe(200);
    const results = bad.json.d.ValidateUpdateListItem.results as { FieldName: string; HasException: boolean; ErrorMessage: string | null }[];
    expect(results.filter((x) => x.HasException).map((x) => x.FieldName).sort()).toEqual(['NgayXuatBan', 'NoiDung', 'PhanLoai']);
    expect(results.find((x) => x.FieldName === 'NoiDung')?.ErrorMessage).toBe("You can't leave this blank.");
    expect(sp.item(LIST, id)?.version).toBe(1);
    const good = await c.post(path, { formValues: [['PhanLoai', 'Kinh tế'], ['NgayXuatBan', '27/11/2026 10:00'], ['NoiDung', '<p>Đủ</p>'], ['AnhDaiDien', 'http://x/a.jpg, Ảnh']].map(([FieldName, FieldValue]) => ({ FieldName, FieldValue })), bNewDocumentUpdate: false });
    expect(good.json.d.ValidateUpdateListItem.results.every((x: { HasException: boolean }) => !x.HasException)).toBe(true);
    expect(sp.item(LIST, id)).toMatchObject({ version: 2, values: { PhanLoai: 'Kinh tế', NgayXuatBan: '2026-11-27T03:00:00Z', AnhDaiDien: { Url: 'http://x/a.jpg', Description: 'Ảnh' } } });
  });
});

describe('queries', () => {
  it('$filter with eq on text (case-insensitive) and numbers, joined by and; unknown column → 400', async () => {
    await c.create({ Title: 'Lọc 1', PortalSyncKey: 'filter-1', TacGia: "O'Neil" });
    const hit = rows(await c.get(`${byTitle()}/items?$filter=${encodeURIComponent("PortalSyncKey eq 'FILTER-1' and TacGia eq 'O''Neil'")}&$select=Id,Title`));
    expect(hit.map((x: { Title: string }) => x.Title)).toEqual(['Lọc 1']);
    expect(Object.keys(hit[0]).sort()).toEqual(['Id', 'Title', '__metadata']);
    expect(rows(await c.get(`${byTitle()}/items?$filter=SoLuotXem eq 0 and PortalSyncKey eq 'filter-1'`))).toHaveLength(1);
    expect(rows(await c.get(`${byTitle()}/items?$filter=PortalSyncKey eq 'none'`))).toEqual([]);
    const bad = await c.get(`${byTitle()}/items?$filter=SyncKey eq 'x'`);
    expect(bad.status).toBe(400);
    const noColumn = await c.get(`${byTitle(MODERATED)}/items?$filter=PortalSyncKey eq 'x'`);
    expect(noColumn.status).toBe(400);
  });

  it('pages with $top and d.__next ($skiptoken), honours $orderby, ignores $skip', async () => {
    const page = await startSharePointEmulator({ profile: '2013', lists: [tinTucMoRongList()] });
    try {
      for (let i = 1; i <= 7; i++) page.addItem(LIST, { Title: `Bài ${i}`, SoLuotXem: i % 3 });
      const pc = new Client(page);
      let next: string | undefined = `${page.webUrl}/_api${byTitle()}/items?$select=Title,SoLuotXem&$orderby=SoLuotXem desc&$top=3&$skip=5`;
      const seen: string[] = [];
      while (next) {
        const r = await pc.get(next);
        seen.push(...rows(r).map((x: { Title: string }) => x.Title));
        next = r.json.d.__next;
        if (next) expect(next).toMatch(/%24skiptoken=Paged%3DTRUE%26p_ID%3D\d+/);
      }
      expect(seen).toEqual(['Bài 2', 'Bài 5', 'Bài 1', 'Bài 4', 'Bài 7', 'Bài 3', 'Bài 6']);
    } finally {
      await page.close();
    }
  });

  it('JSON light pages through odata.nextLink', async () => {
    const page = await startSharePointEmulator({ profile: '2016', pageSize: 2, lists: [tinTucMoRongList({ items: [1, 2, 3].map((i) => ({ Title: `T${i}` })) })] });
    try {
      const lc = new Client(page, undefined, NOMETA);
      const first = await lc.get(`${byTitle()}/items?$select=Title`);
      expect(first.json.value.map((x: { Title: string }) => x.Title)).toEqual(['T1', 'T2']);
      const second = await lc.get(first.json['odata.nextLink']);
      expect(second.json.value.map((x: { Title: string }) => x.Title)).toEqual(['T3']);
      expect(second.json['odata.nextLink']).toBeUndefined();
    } finally {
      await page.close();
    }
  });

  it('over the list view threshold only queries narrowed by an indexed column run', async () => {
    const big = await startSharePointEmulator({ profile: '2013', listViewThreshold: 3, lists: [tinTucMoRongList({ items: [1, 2, 3, 4].map((i) => ({ Title: `T${i}`, PortalSyncKey: `k${i}` })) })] });
    try {
      const bc = new Client(big);
      expect(rows(await bc.get(`${byTitle()}/items?$filter=PortalSyncKey eq 'k4'`))).toHaveLength(1);
      const throttled = await bc.get(`${byTitle()}/items?$filter=Title eq 'T4'`);
      expect(throttled.status).toBe(500);
      expect(errorCode(throttled)).toBe('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
    } finally {
      await big.close();
    }
  });
});

describe('moderation', () => {
  it('items carry OData__ModerationStatus; readers see only the last approved version', async () => {
    const reader = new Client(sp, basic('PORTAL\\docgia'));
    const created = await c.create({ Title: 'Bản 1' }, MODERATED);
    const id = created.json.d.Id as number;
    expect(created.json.d).toMatchObject({ OData__ModerationStatus: 2, OData__ModerationComments: null });
    expect((await reader.get(`${byTitle(MODERATED)}/items(${id})`)).status).toBe(404);
    sp.moderate(MODERATED, id, 0, 'Đồng ý');
    expect(entity(await reader.get(`${byTitle(MODERATED)}/items(${id})`))).toMatchObject({ Title: 'Bản 1', OData__ModerationStatus: 0 });
    const etag = sp.item(MODERATED, id)?.etag ?? '';
    expect((await c.merge(id, { Title: 'Bản 2' }, etag, MODERATED)).status).toBe(204);
    expect(entity(await c.get(`${byTitle(MODERATED)}/items(${id})`))).toMatchObject({ Title: 'Bản 2', OData__ModerationStatus: 2 });
    expect(entity(await reader.get(`${byTitle(MODERATED)}/items(${id})`))).toMatchObject({ Title: 'Bản 1' });
    expect((await c.merge(id, { OData__ModerationStatus: 0, OData__ModerationComments: 'Duyệt' }, '*', MODERATED)).status).toBe(204);
    expect(entity(await reader.get(`${byTitle(MODERATED)}/items(${id})`))).toMatchObject({ Title: 'Bản 2', OData__ModerationComments: 'Duyệt' });
    const editor = new Client(sp, basic('PORTAL\\congtacvien'));
    expect((await editor.merge(id, { OData__ModerationStatus: 0 }, '*', MODERATED)).status).toBe(403);
  });
});
