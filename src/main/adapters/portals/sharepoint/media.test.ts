// Uploads into PublishingImages (check-in + approve) and a Documents library.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishingImagesLibrary, startSharePointEmulator, tinTucMoRongList, type SharePointEmulator } from '../sharepoint-emulator';
import { Client, literal } from '../sharepoint-emulator/testkit';
import { safeFileName } from './media';
import { connector } from './test-fixtures';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 1, 2, 3]);
const PDF = new Uint8Array(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n'));
const NOW = Date.UTC(2026, 10, 27, 3, 0, 0);

describe.each(['2013', '2016'] as const)('uploadMedia on SharePoint %s', (profile) => {
  let sp: SharePointEmulator;
  beforeAll(async () => { sp = await startSharePointEmulator({ profile }); });
  afterAll(() => sp.close());

  it('an image goes to PublishingImages/<year>, checked in as a major version and approved; anonymous readers get it', async () => {
    const c = connector(sp, {}, { now: () => NOW });
    const media = await c.uploadMedia({ hash: 'h1', name: 'anh-1a2b3c4d5e6f.jpg', mime: 'image/jpeg', bytes: JPEG });
    expect(media).toEqual({ remoteId: '/sites/portal/PublishingImages/2026/anh-1a2b3c4d5e6f.jpg', url: `${sp.url}/sites/portal/PublishingImages/2026/anh-1a2b3c4d5e6f.jpg` });
    expect(sp.files().find((f) => f.url === media.remoteId)).toMatchObject({ checkedOut: false, moderationStatus: 0, published: true });
    const res = await fetch(media.url);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(JPEG);
    // A second upload of the same file (a retry) overwrites instead of adding a copy.
    await c.uploadMedia({ hash: 'h1', name: 'anh-1a2b3c4d5e6f.jpg', mime: 'image/jpeg', bytes: JPEG });
    expect(sp.files().filter((f) => f.url === media.remoteId)).toHaveLength(1);
  });

  it('tells whether an uploaded file is still there: not after someone sent it to the recycle bin', async () => {
    const c = connector(sp, {}, { now: () => NOW });
    const media = await c.uploadMedia({ hash: 'h9', name: 'anh-se-bi-xoa.jpg', mime: 'image/jpeg', bytes: JPEG });
    expect(await c.hasMedia(media)).toBe(true);
    const site = new Client(sp);
    expect((await site.post(`/web/GetFileByServerRelativeUrl(${literal(media.remoteId)})/recycle()`)).status).toBe(200);
    expect(await c.hasMedia(media)).toBe(false);
    // Uploaded again under the same name, it is there again.
    expect(await c.hasMedia(await c.uploadMedia({ hash: 'h9', name: 'anh-se-bi-xoa.jpg', mime: 'image/jpeg', bytes: JPEG }))).toBe(true);
  });

  it('a PDF without a Documents library goes to PublishingImages too', async () => {
    const media = await connector(sp, {}, { now: () => NOW }).uploadMedia({ hash: 'h2', name: 'to-trinh.pdf', mime: 'application/pdf', bytes: PDF });
    expect(media.remoteId).toBe('/sites/portal/PublishingImages/2026/to-trinh.pdf');
    expect(Buffer.from(await (await fetch(media.url)).arrayBuffer())).toEqual(Buffer.from(PDF));
  });
});

describe('uploadMedia: Documents library and an account that may not approve', () => {
  let sp: SharePointEmulator;
  beforeAll(async () => {
    sp = await startSharePointEmulator({
      profile: '2016',
      lists: [tinTucMoRongList(), publishingImagesLibrary(), { title: 'Documents', url: 'Documents', template: 'library', fields: [] }]
    });
  });
  afterAll(() => sp.close());

  it('a PDF goes to Documents/<year> (folder created on first use)', async () => {
    const c = connector(sp, {}, { now: () => NOW });
    const media = await c.uploadMedia({ hash: 'h3', name: 'quyet-dinh.pdf', mime: 'application/pdf', bytes: PDF });
    expect(media.remoteId).toBe('/sites/portal/Documents/2026/quyet-dinh.pdf');
    expect((await fetch(media.url)).status).toBe(200);
  });

  it('an edit-only account leaves the image pending approval and warns', async () => {
    const warnings: string[] = [];
    const c = connector(sp, { user: 'PORTAL\\congtacvien' }, { now: () => NOW, warn: (m) => warnings.push(m) });
    const media = await c.uploadMedia({ hash: 'h4', name: 'anh-cho-duyet.jpg', mime: 'image/jpeg', bytes: JPEG });
    expect(sp.files().find((f) => f.url === media.remoteId)).toMatchObject({ checkedOut: false, moderationStatus: 2, published: false });
    expect(warnings.join('\n')).toContain('pending approval');
  });

  it('file names are made SharePoint-safe', () => {
    expect(safeFileName('Ảnh: "khai mạc" #1?.jpg')).toBe('Anh-khai-mac-1.jpg');
    expect(safeFileName('~..tệp..pdf')).toBe('tep.pdf');
  });
});
