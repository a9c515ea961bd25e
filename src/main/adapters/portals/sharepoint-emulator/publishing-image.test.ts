// Publishing Image columns (TypeAsString 'Image'): not settable by REST create/MERGE, only by ValidateUpdateListItem
// with an `<img>` tag; per-field exceptions with HTTP 200, in both profiles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSharePointEmulator, TIN_TUC_FIELDS, tinTucMoRongList, type SharePointEmulator } from './index';
import { ARTICLE, byTitle, Client, entity, errorCode, NOMETA, rows, VERBOSE } from './testkit';

const LIST = 'Tin có ảnh trang';
const IMG = '<img alt="Quang cảnh hội chợ" src="/sites/portal/PublishingImages/2026/anh.jpg">';
const withImage = (required = false) =>
  tinTucMoRongList({ title: LIST, url: 'Lists/TinAnhTrang', fields: [...TIN_TUC_FIELDS, { internalName: 'PublishingRollupImage', title: 'Ảnh trang', type: 'Image', required }] });

/** ValidateUpdateListItem's per-field answers in either format. */
function formResults(r: { json: any }): Array<{ FieldName: string; FieldValue: string; HasException: boolean; ErrorMessage: string | null }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return r.json?.d ? r.json.d.ValidateUpdateListItem.results : r.json.value;
}

describe.each([['2013', VERBOSE], ['2016', NOMETA]] as const)('Publishing Image columns on SharePoint %s', (profile, accept) => {
  let sp: SharePointEmulator;
  let c: Client;
  beforeAll(async () => {
    sp = await startSharePointEmulator({ profile, lists: [withImage()] });
    c = new Client(sp, undefined, accept);
  });
  afterAll(() => sp.close());
  const validate = (id: number, formValues: Array<[string, string]>) =>
    c.post(`${byTitle(LIST)}/items(${id})/ValidateUpdateListItem`, { formValues: formValues.map(([FieldName, FieldValue]) => ({ FieldName, FieldValue })), bNewDocumentUpdate: false });

  it('the field reports TypeAsString Image; the item has no such property', async () => {
    const f = entity(await c.get(`${byTitle(LIST)}/fields/getbyinternalnameortitle('PublishingRollupImage')`));
    expect(f).toMatchObject({ InternalName: 'PublishingRollupImage', TypeAsString: 'Image', FieldTypeKind: 0 });
    const id = entity(await c.create(ARTICLE, LIST)).Id as number;
    expect(entity(await c.get(`${byTitle(LIST)}/items(${id})`))).not.toHaveProperty('PublishingRollupImage');
  });

  it('REST create or MERGE naming the column → 400 "does not exist on type", nothing written', async () => {
    const create = await c.create({ ...ARTICLE, PublishingRollupImage: IMG }, LIST);
    expect(create.status).toBe(400);
    expect(errorCode(create)).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
    expect(create.text).toContain("The property 'PublishingRollupImage' does not exist on type 'SP.Data.TinAnhTrangListItem'");
    expect(sp.items(LIST).some((i) => i.values.PublishingRollupImage)).toBe(false);
    const id = entity(await c.create(ARTICLE, LIST)).Id as number;
    const merge = await c.merge(id, { PublishingRollupImage: IMG }, '*', LIST);
    expect(merge.status).toBe(400);
    expect(sp.item(LIST, id)).toMatchObject({ version: 1, values: { PublishingRollupImage: null } });
  });

  it('ValidateUpdateListItem sets it with an <img> tag: 200, no exception, etag bumped, shown in FieldValuesAsText', async () => {
    const id = entity(await c.create(ARTICLE, LIST)).Id as number;
    const r = await validate(id, [['PublishingRollupImage', IMG]]);
    expect(r.status).toBe(200);
    expect(formResults(r)).toEqual([expect.objectContaining({ FieldName: 'PublishingRollupImage', FieldValue: IMG, HasException: false, ErrorMessage: null })]);
    expect(sp.item(LIST, id)).toMatchObject({ version: 2, values: { PublishingRollupImage: IMG } });
    expect(entity(await c.get(`${byTitle(LIST)}/items(${id})/FieldValuesAsText`)).PublishingRollupImage).toBe(IMG);
  });

  it('a bad value or a blank required column: 200 with HasException/ErrorMessage per field, and the item unchanged', async () => {
    const id = entity(await c.create({ Title: 'Thiếu nội dung', NgayXuatBan: ARTICLE.NgayXuatBan, PhanLoai: 'Kinh tế' }, LIST)).Id as number;
    for (const bad of ['/sites/portal/PublishingImages/2026/anh.jpg', '<img alt="x">', '<img src="javascript:alert(1)">']) {
      const r = await validate(id, [['PublishingRollupImage', bad], ['Title', 'Tiêu đề mới']]);
      expect(r.status).toBe(200);
      const results = formResults(r);
      expect(results.find((x) => x.FieldName === 'PublishingRollupImage')).toMatchObject({ HasException: true, ErrorMessage: expect.stringMatching(/image/i) });
      expect(results.find((x) => x.FieldName === 'Title')).toMatchObject({ HasException: false });
      // NoiDung is required and blank: reported although it was not sent.
      expect(results.find((x) => x.FieldName === 'NoiDung')).toMatchObject({ HasException: true, ErrorMessage: "You can't leave this blank." });
    }
    expect(sp.item(LIST, id)).toMatchObject({ version: 1, values: { Title: 'Thiếu nội dung', PublishingRollupImage: null } });
  });
});

describe('Publishing Image columns: the other behaviour of REST writes and a required image', () => {
  it("publishingImageRest 'ignored': REST create and MERGE succeed but leave the column unchanged", async () => {
    const sp = await startSharePointEmulator({ profile: '2013', publishingImageRest: 'ignored', lists: [withImage()] });
    try {
      const c = new Client(sp);
      const created = await c.create({ ...ARTICLE, PublishingRollupImage: IMG }, LIST);
      expect(created.status).toBe(201);
      const id = entity(created).Id as number;
      expect((await c.merge(id, { PublishingRollupImage: IMG, TomTat: 'Đã sửa' }, '*', LIST)).status).toBe(204);
      expect(sp.item(LIST, id)?.values).toMatchObject({ PublishingRollupImage: null, TomTat: 'Đã sửa' });
    } finally {
      await sp.close();
    }
  });

  it('a required image left blank is reported by ValidateUpdateListItem, not by REST create', async () => {
    const sp = await startSharePointEmulator({ profile: '2013', lists: [withImage(true)] });
    try {
      const c = new Client(sp);
      const created = await c.create(ARTICLE, LIST);
      expect(created.status).toBe(201);
      const r = await c.post(`${byTitle(LIST)}/items(${entity(created).Id})/ValidateUpdateListItem`, { formValues: [{ FieldName: 'Title', FieldValue: 'Sửa' }], bNewDocumentUpdate: false });
      expect(formResults(r).filter((x) => x.HasException)).toEqual([expect.objectContaining({ FieldName: 'PublishingRollupImage', ErrorMessage: "You can't leave this blank." })]);
      expect(rows(await c.get(`${byTitle(LIST)}/items?$select=Title`)).map((x: { Title: string }) => x.Title)).toEqual([ARTICLE.Title]);
    } finally {
      await sp.close();
    }
  });
});
