import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PortalError, type PortalPost } from '../../../../core/publishing/ports';
import { FolderConnector } from './folder-connector';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'bbt-folder-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const post = (over: Partial<PortalPost> = {}): PortalPost => ({
  key: 'bbt-a1',
  slug: 'hoi-nghi-a1',
  title: 'Hội nghị tổng kết',
  html: '<p>Nội dung</p><section data-bbt-fingerprint="k:f"><p>Chịu trách nhiệm chính: Ông A</p></section>',
  summary: 'Tóm tắt',
  image: null,
  author: 'Ban biên tập',
  category: 'Kinh tế',
  articleType: 'Tin',
  alternateLink: '',
  publishAt: '2026-11-20T01:00:00.000Z',
  scheduled: false,
  featured: false,
  pageCount: 1,
  photoCount: 0,
  imprint: { agencyName: 'UBND', responsible: 'Chịu trách nhiệm chính: Ông A', responsibleName: 'Ông A', responsiblePosition: '', address: '', phone: '', fax: '', email: '', licence: '' },
  fingerprint: 'k:f',
  contentHash: 'h1',
  seal: null,
  correctionNote: null,
  attachments: [],
  ...over
});

describe('FolderConnector', () => {
  it('writes one folder per article (page, exact HTML, manifest), finds it by key, reads it back and takes it down', async () => {
    const root = temp();
    const c = new FolderConnector(root, () => new Date('2026-12-01T00:00:00.000Z'));
    const media = await c.uploadMedia({ hash: 'ab'.repeat(32), name: 'anh.png', mime: 'image/png', bytes: Uint8Array.from([0x89, 0x50]) });
    expect(media.url).toBe('../media/abababababab-anh.png');
    const item = await c.create(post());
    expect(item).toMatchObject({ remoteId: 'hoi-nghi-a1', status: 'written' });
    expect(readFileSync(join(root, 'hoi-nghi-a1', 'article.html'), 'utf8')).toBe(post().html);
    expect(readFileSync(join(root, 'hoi-nghi-a1', 'index.html'), 'utf8')).toContain('<title>Hội nghị tổng kết</title>');
    expect(JSON.parse(readFileSync(join(root, 'hoi-nghi-a1', 'manifest.json'), 'utf8'))).toMatchObject({ key: 'bbt-a1', fingerprint: 'k:f', responsible: 'Chịu trách nhiệm chính: Ông A' });
    expect(await c.find('bbt-a1')).toMatchObject({ remoteId: 'hoi-nghi-a1' });
    expect(await c.find('bbt-khac')).toBeNull();
    expect(await c.read(item)).toMatchObject({ html: post().html, fingerprint: 'k:f', contentHash: 'h1' });
    expect(await c.takeDown(item)).toMatchObject({ status: 'taken-down' });
    expect(JSON.parse(readFileSync(join(root, 'hoi-nghi-a1', 'manifest.json'), 'utf8')).status).toBe('taken-down');
    expect((await c.discover()).summary).toContain('1 bài');
  });

  it('tells whether a copied image is still in the folder', async () => {
    const root = temp();
    const c = new FolderConnector(root, () => new Date('2026-12-01T00:00:00.000Z'));
    const media = await c.uploadMedia({ hash: 'cd'.repeat(32), name: 'anh.png', mime: 'image/png', bytes: Uint8Array.from([0x89, 0x50]) });
    expect(await c.hasMedia(media)).toBe(true);
    rmSync(join(root, 'media', media.remoteId));
    expect(await c.hasMedia(media)).toBe(false);
  });

  it('says what is wrong with the folder, in Vietnamese, as the outbox understands it', async () => {
    const missing = new FolderConnector(join(temp(), 'usb'));
    expect((await missing.discover()).problems[0]).toMatchObject({ code: 'no_folder' });
    await expect(missing.create(post())).rejects.toMatchObject({ kind: 'unreachable', vi: expect.stringContaining('ổ USB') });
    const file = join(temp(), 'la-tep.txt');
    writeFileSync(file, 'x');
    const notFolder = new FolderConnector(file);
    const err = await notFolder.create(post()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortalError);
    expect(err).toMatchObject({ kind: 'invalid', vi: expect.stringContaining('không phải một thư mục') });
  });
});
