// Attachments and library uploads (folders, check-in, approval, serving the file by URL), file name rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSharePointEmulator, type SharePointEmulator } from './index';
import { basic, byTitle, Client, entity, errorCode, LIST, rows } from './testkit';

let sp: SharePointEmulator;
let c: Client;
beforeAll(async () => {
  sp = await startSharePointEmulator({ profile: '2013' });
  c = new Client(sp);
});
afterAll(() => sp.close());

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);

describe('attachments', () => {
  it('AttachmentFiles/add takes raw bytes, bumps the etag, and lists the file; a second add of the same name fails', async () => {
    const id = (await c.create({ Title: 'Có đính kèm' })).json.d.Id as number;
    const add = await c.call('POST', `${byTitle()}/items(${id})/AttachmentFiles/add(FileName='to-trinh.pdf')`, { raw: Buffer.from('%PDF-1.4') });
    expect(add.status).toBe(200);
    expect(add.json.d).toMatchObject({ FileName: 'to-trinh.pdf', ServerRelativeUrl: `/sites/portal/Lists/TinTuc_MoRong/Attachments/${id}/to-trinh.pdf` });
    const item = await c.get(`${byTitle()}/items(${id})`);
    expect(item.json.d.__metadata.etag).toBe('"2"');
    expect(item.json.d.Attachments).toBe(true);
    expect(rows(await c.get(`${byTitle()}/items(${id})/AttachmentFiles`)).map((a: { FileName: string }) => a.FileName)).toEqual(['to-trinh.pdf']);
    const again = await c.call('POST', `${byTitle()}/items(${id})/AttachmentFiles/add(FileName='to-trinh.pdf')`, { raw: Buffer.from('x') });
    expect(again.status).toBe(500);
    expect(errorCode(again)).toBe('-2130575257, Microsoft.SharePoint.SPException');
    const value = await fetch(`${sp.webUrl}/_api${byTitle()}/items(${id})/AttachmentFiles('to-trinh.pdf')/$value`, { headers: { Authorization: basic('PORTAL\\bbt') } });
    expect(await value.text()).toBe('%PDF-1.4');
    expect(sp.item(LIST, id)?.attachments).toEqual(['to-trinh.pdf']);
  });

  it.each(['a"b.pdf', 'a#b.pdf', 'a%b.pdf', 'a*b.pdf', 'a:b.pdf', 'a<b.pdf', 'a>b.pdf', 'a?b.pdf', 'a\\b.pdf', 'a|b.pdf'])('refuses the file name %s', async (name) => {
    const id = sp.addItem(LIST, { Title: 'Tên tệp' }).Id;
    const r = await c.call('POST', `${byTitle()}/items(${id})/AttachmentFiles/add(FileName='${encodeURIComponent(name)}')`, { raw: Buffer.from('x') });
    expect(r.status).toBe(400);
    expect(errorCode(r)).toBe('-2130575245, Microsoft.SharePoint.SPException');
  });
});

describe('library uploads', () => {
  const folder = '/sites/portal/PublishingImages/2026';
  const url = `${folder}/anh-khai-mac.jpg`;

  it('the folder must exist; Files/add puts the file there; under Require Check Out it stays checked out and unpublished', async () => {
    const early = await c.call('POST', `/web/GetFolderByServerRelativeUrl('${folder}')/Files/add(url='anh-khai-mac.jpg',overwrite=true)`, { raw: JPEG });
    expect(early.status).toBe(404);
    expect(errorCode(early)).toBe('-2147024894, System.IO.FileNotFoundException');
    expect((await c.post("/web/GetFolderByServerRelativeUrl('/sites/portal/PublishingImages')/Folders/add(url='2026')")).status).toBe(200);
    const add = await c.call('POST', `/web/GetFolderByServerRelativeUrl('${folder}')/Files/add(url='anh-khai-mac.jpg',overwrite=true)`, { raw: JPEG });
    expect(add.status).toBe(200);
    expect(add.json.d).toMatchObject({ Name: 'anh-khai-mac.jpg', ServerRelativeUrl: url, Length: String(JPEG.length), CheckOutType: 0, Level: 255 });
    expect((await fetch(`${sp.url}${url}`)).status).toBe(404); // anonymous readers: nothing published yet
    const editor = await fetch(`${sp.url}${url}`, { headers: { Authorization: basic('PORTAL\\bbt') } });
    expect(Buffer.from(await editor.arrayBuffer())).toEqual(JPEG);
  });

  it('CheckIn (major) makes it pending; Approve publishes it to anonymous readers', async () => {
    const file = `/web/GetFileByServerRelativeUrl('${url}')`;
    expect((await c.post(`${file}/CheckIn(comment='',checkintype=1)`)).status).toBe(200);
    expect(entity(await c.get(file))).toMatchObject({ CheckOutType: 2, MajorVersion: 1, MinorVersion: 0 });
    expect((await fetch(`${sp.url}${url}`)).status).toBe(404);
    expect((await new Client(sp, basic('PORTAL\\congtacvien')).post(`${file}/Approve(comment='')`)).status).toBe(403);
    expect((await c.post(`${file}/Approve(comment='')`)).status).toBe(200);
    const anon = await fetch(`${sp.url}${url}`);
    expect(anon.status).toBe(200);
    expect(anon.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await anon.arrayBuffer())).toEqual(JPEG);
    expect(sp.files().find((f) => f.url === url)).toMatchObject({ published: true, checkedOut: false, moderationStatus: 0, version: '1.0' });
  });

  it('overwrite=false on an existing file fails; web-relative folder paths work too', async () => {
    const r = await c.call('POST', "/web/GetFolderByServerRelativeUrl('PublishingImages/2026')/Files/add(url='anh-khai-mac.jpg',overwrite=false)", { raw: JPEG });
    expect(r.status).toBe(500);
    expect(errorCode(r)).toBe('-2130575257, Microsoft.SharePoint.SPException');
    expect(rows(await c.get("/web/GetFolderByServerRelativeUrl('PublishingImages/2026')/Files")).map((f: { Name: string }) => f.Name)).toEqual(['anh-khai-mac.jpg']);
  });

  it('a library without check-out or approval publishes on upload', async () => {
    const open = await startSharePointEmulator({ profile: '2016', lists: [{ title: 'Tài liệu', url: 'Shared Documents', template: 'library' }] });
    try {
      const oc = new Client(open);
      const r = await oc.call('POST', "/web/GetFolderByServerRelativeUrl('Shared Documents')/Files/add(url='van-ban.pdf',overwrite=true)", { raw: Buffer.from('%PDF') });
      expect(r.json.d).toMatchObject({ Level: 1, MajorVersion: 1, ServerRelativeUrl: '/sites/portal/Shared Documents/van-ban.pdf' });
      expect(await (await fetch(`${open.url}/sites/portal/Shared%20Documents/van-ban.pdf`)).text()).toBe('%PDF');
      expect(entity(await oc.get("/web/lists/getbytitle('T%C3%A0i%20li%E1%BB%87u')?$select=ListItemEntityTypeFullName")).ListItemEntityTypeFullName).toBe('SP.Data.Shared_x0020_DocumentsItem');
    } finally {
      await open.close();
    }
  });
});
