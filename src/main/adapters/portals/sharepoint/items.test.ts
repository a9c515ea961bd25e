// Create, update, take-down and read-back against the emulator, in both profiles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortalError } from '../../../../core/publishing/ports';
import { startSharePointEmulator, tinTucMoRongList, publishingImagesLibrary, type SharePointEmulator } from '../sharepoint-emulator';
import { connector, LIST, samplePost, SEED_MAPPING, withKey } from './test-fixtures';
import { rejectionOf } from '../../../../core/testing/rejection';

const rejection = (p: Promise<unknown>) => rejectionOf(p, PortalError);

describe.each(['2013', '2016'] as const)('items on SharePoint %s', (profile) => {
  let sp: SharePointEmulator;
  beforeAll(async () => { sp = await startSharePointEmulator({ profile }); });
  afterAll(() => sp.close());

  it('create writes every mapped value, the Picture value, and returns the item link and etag', async () => {
    const post = samplePost();
    const item = await connector(sp).create(post);
    expect(item).toEqual({ remoteId: expect.stringMatching(/^\d+$/), url: `${sp.url}/sites/portal/Lists/TinTuc_MoRong/DispForm.aspx?ID=${item.remoteId}`, status: 'published', version: '"1"' });
    const stored = sp.item(LIST, Number(item.remoteId));
    expect(stored?.values).toMatchObject({
      Title: post.title, NoiDung: post.html, TomTat: post.summary, ChuThichAnh: 'Quang cảnh lễ khai mạc', TacGia: post.author,
      PhanLoai: 'Kinh tế', LoaiTin: 'Tin', NgayXuatBan: '2026-11-27T03:00:00Z', NoiBat: true, ChiuTrachNhiem: post.imprint.responsible,
      PortalSyncKey: post.key, DauVanTay: post.fingerprint, SoLuotXem: 0,
      AnhDaiDien: { Url: post.image?.url, Description: 'Quang cảnh lễ khai mạc' }
    });
    expect(await connector(sp).find(post.key)).toEqual(item);
  });

  it('Vietnamese text round-trips in NFC, even when the article arrives decomposed', async () => {
    const title = 'Tiếng Việt: Đắk Lắk, Thừa Thiên Huế, “ngoặc kép” – gạch';
    const html = '<p>Người dân phường 1 hưởng ứng “Ngày hội Đại đoàn kết”.</p>';
    const post = samplePost({ title: title.normalize('NFD'), html: html.normalize('NFD'), author: 'Lê Thị Ánh Tuyết'.normalize('NFD') });
    const c = connector(sp);
    const item = await c.create(post);
    const stored = sp.item(LIST, Number(item.remoteId))?.values;
    expect(stored?.Title).toBe(title);
    expect(stored?.TacGia).toBe('Lê Thị Ánh Tuyết');
    expect((await c.read(item))?.html).toBe(html);
  });

  it('update sends MERGE with IF-MATCH and returns the new etag', async () => {
    const c = connector(sp);
    const post = samplePost();
    const item = await c.create(post);
    const next = await c.update(item, { ...post, title: 'Tiêu đề đã sửa', featured: false });
    expect(next).toMatchObject({ remoteId: item.remoteId, version: '"2"', status: 'published', url: item.url });
    expect(sp.item(LIST, Number(item.remoteId))?.values).toMatchObject({ Title: 'Tiêu đề đã sửa', NoiBat: false });
    const merge = sp.requests.filter((r) => r.method === 'MERGE').at(-1);
    expect(merge?.status).toBe(204);
  });

  it('412 (the etag moved: page views) → re-reads the etag once and the signed version wins', async () => {
    const c = connector(sp);
    const post = samplePost();
    const item = await c.create(post);
    sp.bumpViews(LIST, Number(item.remoteId), 3);
    const next = await c.update(item, { ...post, summary: 'Bản đã ký' });
    expect(next.version).toBe('"3"');
    expect(sp.item(LIST, Number(item.remoteId))?.values).toMatchObject({ TomTat: 'Bản đã ký', SoLuotXem: 3 });
    expect(sp.requests.filter((r) => r.method === 'MERGE').slice(-2).map((r) => r.status)).toEqual([412, 204]);
  });

  it('412 twice → PortalError conflict', async () => {
    const c = connector(sp);
    const post = samplePost();
    const item = await c.create(post);
    sp.faults.add({ kind: 'status', status: 412, method: 'MERGE', times: 2 });
    const e = await rejection(c.update(item, post));
    expect(e.kind).toBe('conflict');
    expect(e.retryable).toBe(true);
  });

  it('a category outside the Choice values is refused, naming the allowed values', async () => {
    const e = await rejection(connector(sp).create(samplePost({ category: 'Thể thao' })));
    expect(e.kind).toBe('invalid');
    expect(e.vi).toContain('“Thể thao”');
    expect(e.vi).toContain('“Kinh tế”');
    expect(e.vi).toContain('“Thông báo”');
  });

  it('a choice differing only in case takes the portal\'s spelling; a stale mapping is refused before writing', async () => {
    const c = connector(sp);
    const item = await c.create(samplePost({ category: 'kinh tế' }));
    expect(sp.item(LIST, Number(item.remoteId))?.values.PhanLoai).toBe('Kinh tế');
    const before = sp.items(LIST).length;
    const e = await rejection(connector(sp, { mapping: { ...SEED_MAPPING, html: 'NoiDungCu' } }).create(samplePost()));
    expect(e.kind).toBe('invalid');
    expect(e.vi).toContain('“NoiDungCu”');
    expect(sp.items(LIST)).toHaveLength(before);
  });

  it('read returns html, fingerprint and views; takeDown recycles; read of a recycled item is null', async () => {
    const c = connector(sp);
    const post = samplePost();
    const item = await c.create(post);
    sp.bumpViews(LIST, Number(item.remoteId), 5);
    const back = await c.read(item);
    expect(back).toMatchObject({ remoteId: item.remoteId, html: post.html, fingerprint: post.fingerprint, contentHash: null, views: 5, status: 'published', version: '"2"' });
    const down = await c.takeDown(item);
    expect(down).toMatchObject({ remoteId: item.remoteId, status: 'recycled' });
    expect(sp.item(LIST, Number(item.remoteId))).toBeUndefined();
    expect(sp.recycleBin().some((r) => r.kind === 'item' && r.itemId === Number(item.remoteId))).toBe(true);
    expect(await c.read(item)).toBeNull();
    expect((await c.takeDown(item)).status).toBe('gone');
    expect((await rejection(c.update(item, post))).kind).toBe('not_found');
  });

  it('without a sync-key column: the key rides in the HTML, find scans for it, read strips it', async () => {
    const { syncKey: _k, ...mapping } = SEED_MAPPING;
    const c = connector(sp, { mapping });
    const post = samplePost();
    sp.faults.add({ kind: 'reset-after', method: 'POST', path: '/items' });
    const e = await rejection(c.create(post));
    expect(e.kind).toBe('ambiguous');
    const found = await c.find(post.key);
    expect(found).not.toBeNull();
    expect(sp.item(LIST, Number(found?.remoteId))?.values.PortalSyncKey).toBeNull();
    expect((await c.read(found as NonNullable<typeof found>))?.html).toBe(post.html);
    expect(await c.find('khong-co-khoa-nay')).toBeNull();
  });
});

describe('auth kinds and moderation', () => {
  let sp: SharePointEmulator;
  beforeAll(async () => {
    sp = await startSharePointEmulator({ profile: '2016', lists: [tinTucMoRongList({ enableModeration: true }), publishingImagesLibrary()] });
  });
  afterAll(() => sp.close());

  it('a full-control account approves on publish; the item is visible as approved', async () => {
    const post = samplePost();
    const item = await connector(sp).create(post);
    expect(item.status).toBe('approved');
    expect(withKey(sp, post.key)[0]?.moderationStatus).toBe(0);
    const next = await connector(sp).update(item, { ...post, summary: 'Sửa' });
    expect(next.status).toBe('approved');
    expect(withKey(sp, post.key)[0]?.moderationStatus).toBe(0);
  });

  it('an edit-only account leaves it Pending and says so', async () => {
    const warnings: string[] = [];
    const c = connector(sp, { user: 'PORTAL\\congtacvien' }, { warn: (m) => warnings.push(m) });
    const post = samplePost();
    const item = await c.create(post);
    expect(item.status).toBe('pending');
    expect(withKey(sp, post.key)).toHaveLength(1);
    expect(withKey(sp, post.key)[0]?.moderationStatus).toBe(2);
    expect(warnings.join('\n')).toContain('Pending');
    expect((await c.find(post.key))?.status).toBe('pending');
  });

  it('forms login (FedAuth cookie) and Bearer tokens (no digest)', async () => {
    const forms = connector(sp, { auth: 'forms' });
    expect((await forms.create(samplePost())).status).toBe('approved');
    const bearer = connector(sp, { auth: 'bearer', user: '' }, {}, 'emulator-token-bbt');
    expect((await bearer.create(samplePost())).status).toBe('approved');
    const before = sp.requests.length;
    await bearer.create(samplePost());
    expect(sp.requests.slice(before).some((r) => r.path.endsWith('/contextinfo'))).toBe(false);
    const wrong = await rejection(connector(sp, { auth: 'forms' }, {}, 'sai').create(samplePost()));
    expect(wrong.kind).toBe('auth');
  });
});
