// Verbose (SP2013) vs JSON light (SP2016+): shapes, error shapes, content negotiation, endpoints absent on 2013.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSharePointEmulator, type SharePointEmulator } from './index';
import { ARTICLE, byTitle, Client, entity, errorCode, NOMETA, rows, VERBOSE } from './testkit';

let sp2013: SharePointEmulator;
let sp2016: SharePointEmulator;
beforeAll(async () => {
  [sp2013, sp2016] = await Promise.all([startSharePointEmulator({ profile: '2013' }), startSharePointEmulator({ profile: '2016' })]);
});
afterAll(async () => { await Promise.all([sp2013.close(), sp2016.close()]); });

describe('verbose profile (SharePoint 2013)', () => {
  it('wraps entities in d with __metadata (type, uri, etag) and collections in d.results', async () => {
    const c = new Client(sp2013);
    const created = await c.create({ ...ARTICLE, PortalSyncKey: 'v-1' });
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toMatch(/^application\/json;odata=verbose/);
    expect(created.json.d.__metadata).toMatchObject({ type: 'SP.Data.TinTuc_x005f_MoRongListItem', etag: '"1"' });
    expect(created.json.d.__metadata.uri).toMatch(/\/_api\/Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(\d+\)$/);
    expect(created.json.d.AttachmentFiles.__deferred.uri).toMatch(/AttachmentFiles$/);
    const list = await c.get(`${byTitle()}/items?$select=Id,Title`);
    expect(list.json.d.results[0]).toMatchObject({ Title: ARTICLE.Title, __metadata: { etag: '"1"' } });
  });

  it('contextinfo answers under d.GetContextWebInformation', async () => {
    const r = await new Client(sp2013).post('/contextinfo');
    expect(r.json.d.GetContextWebInformation).toMatchObject({ FormDigestTimeoutSeconds: 1800, __metadata: { type: 'SP.ContextWebInformation' } });
    expect(r.json.d.GetContextWebInformation.FormDigestValue).toMatch(/^0x[0-9A-F]{128},\d\d \w{3} \d{4} \d\d:\d\d:\d\d -0000$/);
  });

  it('speaks only verbose: JSON light Accept → 406, JSON light Content-Type → 400', async () => {
    const light = new Client(sp2013, undefined, NOMETA);
    const r = await light.get(byTitle());
    expect(r.status).toBe(406);
    expect(r.json.error.message.value).toBe('The HTTP header ACCEPT is missing or its value is invalid.');
    const v = new Client(sp2013);
    const post = await v.post(`${byTitle()}/items`, { Title: 'x' }, { 'Content-Type': 'application/json' });
    expect(post.status).toBe(400);
    expect(post.json.error.message.value).toMatch(/Content-Type/);
  });

  it('errors are {"error":{code,message:{lang,value}}}', async () => {
    const r = await new Client(sp2013).get(byTitle('Không có'));
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error: { code: '-2130575322, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: expect.stringMatching(/^List 'Không có' does not exist at site with URL 'http:\/\/127\.0\.0\.1:\d+\/sites\/portal'\.$/) } } });
  });

  it('has no $batch and no AddValidateUpdateItemUsingPath (404)', async () => {
    const c = new Client(sp2013);
    const batch = await c.call('POST', '/$batch', { raw: '', headers: { 'Content-Type': 'multipart/mixed; boundary=batch_1' } });
    expect(batch.status).toBe(404);
    expect(errorCode(batch)).toBe('-1, Microsoft.SharePoint.Client.ResourceNotFoundException');
    const add = await c.post(`${byTitle()}/AddValidateUpdateItemUsingPath`, { formValues: [] });
    expect(add.status).toBe(404);
  });

  it('a verbose create without __metadata.type is refused', async () => {
    const r = await new Client(sp2013).post(`${byTitle()}/items`, { Title: 'x' });
    expect(r.status).toBe(400);
    expect(errorCode(r)).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
  });
});

describe('JSON light profile (SharePoint 2016+)', () => {
  it('nometadata: plain entities, collections in value, no __metadata; ETag header carries the version', async () => {
    const c = new Client(sp2016, undefined, NOMETA);
    const created = await c.create({ ...ARTICLE, PortalSyncKey: 'l-1', AnhDaiDien: { Url: 'http://x/a.jpg', Description: 'Ảnh' } });
    expect(created.status).toBe(201);
    expect(created.json.__metadata).toBeUndefined();
    expect(created.json.AnhDaiDien).toEqual({ Description: 'Ảnh', Url: 'http://x/a.jpg' });
    expect(created.headers.get('etag')).toBe('"1"');
    const got = await c.get(`${byTitle()}/items(${created.json.Id})`);
    expect(got.headers.get('etag')).toBe('"1"');
    const list = await c.get(`${byTitle()}/items`);
    expect(Array.isArray(list.json.value)).toBe(true);
  });

  it('minimalmetadata adds odata.metadata / odata.type / odata.etag', async () => {
    const c = new Client(sp2016, undefined, 'application/json;odata=minimalmetadata');
    const r = await c.get(`${byTitle()}/items?$top=1`);
    expect(r.json['odata.metadata']).toMatch(/\/_api\/\$metadata#SP\.ListData\.TinTuc_x005f_MoRongListItems$/);
    expect(r.json.value[0]).toMatchObject({ 'odata.type': 'SP.Data.TinTuc_x005f_MoRongListItem', 'odata.etag': '"1"' });
  });

  it('still speaks verbose when asked', async () => {
    const r = await new Client(sp2016, undefined, VERBOSE).get(`${byTitle()}/items`);
    expect(r.json.d.results.length).toBeGreaterThan(0);
  });

  it('errors are {"odata.error":…}', async () => {
    const r = await new Client(sp2016, undefined, NOMETA).get(`${byTitle()}/items(999)`);
    expect(r.status).toBe(404);
    expect(r.json['odata.error']).toEqual({ code: '-2147024809, System.ArgumentException', message: { lang: 'en-US', value: 'Item does not exist. It may have been deleted by another user.' } });
  });

  it('__metadata in a body whose Content-Type is not odata=verbose → 400', async () => {
    const c = new Client(sp2016, undefined, NOMETA);
    const type = await c.itemType();
    const r = await c.post(`${byTitle()}/items`, { __metadata: { type }, Title: 'x' });
    expect(r.status).toBe(400);
    expect(r.json['odata.error'].message.value).toBe(`The property '__metadata' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`);
    const nested = await c.post(`${byTitle()}/items`, { Title: 'x', AnhDaiDien: { __metadata: { type: 'SP.FieldUrlValue' }, Url: 'http://x' } });
    expect(nested.status).toBe(400);
  });

  it('AddValidateUpdateItemUsingPath validates and creates, reporting the new Id', async () => {
    const c = new Client(sp2016, undefined, NOMETA);
    const formValues = [['Title', 'Qua form'], ['NoiDung', '<p>x</p>'], ['PhanLoai', 'Kinh tế'], ['NgayXuatBan', '27/11/2026 10:00']].map(([FieldName, FieldValue]) => ({ FieldName, FieldValue }));
    const r = await c.post(`${byTitle()}/AddValidateUpdateItemUsingPath`, { listItemCreateInfo: { FolderPath: { DecodedUrl: '' }, UnderlyingObjectType: 0 }, formValues, bNewDocumentUpdate: false });
    expect(r.status).toBe(200);
    const id = Number(r.json.value.find((v: { FieldName: string }) => v.FieldName === 'Id').FieldValue);
    expect(sp2016.item('Tin Tức Mở Rộng', id)?.values).toMatchObject({ Title: 'Qua form', NgayXuatBan: '2026-11-27T03:00:00Z' });
  });

  it('$batch runs each part and answers multipart/mixed', async () => {
    const c = new Client(sp2016, undefined, NOMETA);
    const type = await c.itemType();
    const body = [
      '--batch_a', 'Content-Type: multipart/mixed; boundary=changeset_b', '',
      '--changeset_b', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `POST ${sp2016.webUrl}/_api${byTitle()}/items HTTP/1.1`, `Content-Type: ${VERBOSE}`, `Accept: ${NOMETA}`, '',
      JSON.stringify({ __metadata: { type }, Title: 'Trong batch', PortalSyncKey: 'batch-1' }), '',
      '--changeset_b--', '',
      '--batch_a', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `GET ${sp2016.webUrl}/_api${byTitle()}/items?$filter=${encodeURIComponent("PortalSyncKey eq 'batch-1'")}&$select=Title HTTP/1.1`, `Accept: ${NOMETA}`, '', '',
      '--batch_a--', ''
    ].join('\r\n');
    const r = await c.call('POST', '/$batch', { raw: body, headers: { 'Content-Type': 'multipart/mixed; boundary=batch_a' } });
    expect(r.status, r.text).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary=batchresponse_/);
    expect(r.text).toMatch(/HTTP\/1\.1 201 Created/);
    expect(r.text).toMatch(/"value":\[\{"Title":"Trong batch"\}\]/);
  });
});

describe('both profiles', () => {
  it.each(['2013', '2016'] as const)('%s: list discovery returns Id, ListItemEntityTypeFullName and the flags', async (profile) => {
    const c = new Client(profile === '2013' ? sp2013 : sp2016);
    const r = await c.get(`${byTitle()}?$select=Id,ListItemEntityTypeFullName,EnableModeration,EnableVersioning,EnableAttachments`);
    expect(Object.keys(entity(r)).filter((k) => k !== '__metadata').sort()).toEqual(['EnableAttachments', 'EnableModeration', 'EnableVersioning', 'Id', 'ListItemEntityTypeFullName']);
    expect(entity(r)).toMatchObject({ ListItemEntityTypeFullName: 'SP.Data.TinTuc_x005f_MoRongListItem', EnableAttachments: true, EnableModeration: false });
    expect(rows(await c.get('/web/lists?$select=Title')).map((l: { Title: string }) => l.Title)).toEqual(['Tin Tức Mở Rộng', 'Images']);
  });
});

describe('per-web profile', () => {
  it('a web configured as 2013 speaks only verbose even when the emulator is 2016', async () => {
    const mixed = await startSharePointEmulator({ profile: '2016', webs: [{ path: '/sites/portal' }, { path: '/sites/cu', profile: '2013' }] });
    try {
      expect((await new Client(mixed, undefined, NOMETA).get(byTitle())).status).toBe(200);
      const old = new Client(mixed, undefined, NOMETA, `${mixed.url}/sites/cu`);
      expect((await old.get(byTitle())).status).toBe(406);
      const verbose = new Client(mixed, undefined, VERBOSE, `${mixed.url}/sites/cu`);
      expect((await verbose.call('POST', '/$batch', { raw: '', headers: { 'Content-Type': 'multipart/mixed; boundary=b' } })).status).toBe(404);
      expect(rows(await verbose.get('/web/lists?$select=Title')).length).toBe(2);
    } finally {
      await mixed.close();
    }
  });
});
