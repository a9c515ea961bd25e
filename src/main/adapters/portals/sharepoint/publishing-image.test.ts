// The main image into a "Publishing Image" column (TypeAsString 'Image') through ValidateUpdateListItem, and the
// form's per-field refusals (HTTP 200) turned into Vietnamese errors, against the emulator in both profiles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortalError } from '../../../../core/publishing/ports';
import { rejectionOf } from '../../../../core/testing/rejection';
import { startSharePointEmulator, TIN_TUC_FIELDS, tinTucMoRongList, type FieldDef, type SharePointEmulator } from '../sharepoint-emulator';
import { proposeMapping } from './mapping';
import { toColumn } from './list-info';
import { connector, LIST, samplePost, SEED_MAPPING, withKey } from './test-fixtures';

const rejection = (p: Promise<unknown>) => rejectionOf(p, PortalError);
const IMAGE_FIELD: FieldDef = { internalName: 'PublishingRollupImage', title: 'Ảnh trang', type: 'Image' };
const MAPPING = { ...SEED_MAPPING, image: 'PublishingRollupImage' };
/** The seed list with a Publishing Image column in place of the Picture column. */
const listWithImage = (patch: { required?: boolean; enableModeration?: boolean } = {}) =>
  tinTucMoRongList({ enableModeration: patch.enableModeration, fields: [...TIN_TUC_FIELDS.filter((f) => f.internalName !== 'AnhDaiDien'), { ...IMAGE_FIELD, required: patch.required }] });

describe.each(['2013', '2016'] as const)('Publishing Image column on SharePoint %s', (profile) => {
  let sp: SharePointEmulator;
  beforeAll(async () => { sp = await startSharePointEmulator({ profile, lists: [listWithImage()] }); });
  afterAll(() => sp.close());

  it('create and update set the image as <img alt src> through ValidateUpdateListItem; the etag stays usable', async () => {
    const c = connector(sp, { mapping: MAPPING });
    const post = samplePost({ image: { remoteId: 'x', url: 'http://127.0.0.1/sites/portal/PublishingImages/2026/anh.jpg?v=1&w=2', caption: 'Lễ khai mạc & hội chợ' } });
    const item = await c.create(post);
    const stored = sp.item(LIST, Number(item.remoteId))!;
    expect(stored.values).toMatchObject({ Title: post.title, PublishingRollupImage: '<img alt="Lễ khai mạc &amp; hội chợ" src="http://127.0.0.1/sites/portal/PublishingImages/2026/anh.jpg?v=1&amp;w=2">' });
    expect(item.version).toBe(stored.etag);
    // Nothing was sent by REST for that column (the emulator would have answered 400).
    expect(sp.requests.filter((r) => r.status === 400)).toEqual([]);

    const next = await c.update(item, { ...post, image: { remoteId: 'y', url: 'http://127.0.0.1/sites/portal/PublishingImages/2026/moi.jpg', caption: '' } });
    expect(sp.item(LIST, Number(item.remoteId))?.values.PublishingRollupImage).toBe(`<img alt="${post.title}" src="http://127.0.0.1/sites/portal/PublishingImages/2026/moi.jpg">`);
    expect(next.version).toBe(sp.item(LIST, Number(item.remoteId))?.etag);
    await c.update(next, { ...post, image: null });
    expect(sp.item(LIST, Number(item.remoteId))?.values.PublishingRollupImage).toBeNull();
    expect(sp.requests.filter((r) => r.status === 412)).toEqual([]);
  });

  it('a value the portal refuses (HTTP 200, HasException) → an invalid error naming the column, in Vietnamese', async () => {
    const post = samplePost({ image: { remoteId: 'x', url: 'anh-tuong-doi.jpg', caption: 'Ảnh' } });
    const e = await rejection(connector(sp, { mapping: MAPPING }).create(post));
    expect(e.kind).toBe('invalid');
    expect(e.retryable).toBe(false);
    expect(e.vi).toContain('Cổng SharePoint không nhận bài');
    expect(e.vi).toContain('cột “Ảnh trang” cổng báo “The image URL is not valid: anh-tuong-doi.jpg.”');
    expect(withKey(sp, post.key)[0]?.values.PublishingRollupImage).toBeNull();
  });

  it('required columns left blank, which REST does not enforce, are reported by the form', async () => {
    const post = samplePost({ category: '' });
    const e = await rejection(connector(sp, { mapping: MAPPING }).create(post));
    expect(e.vi).toContain('cột “Phân loại” không được để trống');
    // The item exists without them; the outbox's retry finds it by its key and updates it: still one item.
    expect(withKey(sp, post.key)).toHaveLength(1);
    const fixed = await connector(sp, { mapping: MAPPING }).create({ ...post, category: 'Kinh tế' });
    expect(withKey(sp, post.key)).toHaveLength(1);
    expect(sp.item(LIST, Number(fixed.remoteId))?.values).toMatchObject({ PhanLoai: 'Kinh tế', PublishingRollupImage: expect.stringContaining('<img') });
  });
});

describe('Publishing Image column: required, moderation, REST writes ignored, proposal', () => {
  it('a required image column and an article without an image → “không được để trống”', async () => {
    const sp = await startSharePointEmulator({ profile: '2013', lists: [listWithImage({ required: true })] });
    try {
      const e = await rejection(connector(sp, { mapping: MAPPING }).create(samplePost({ image: null })));
      expect(e.vi).toContain('cột “Ảnh trang” không được để trống');
    } finally {
      await sp.close();
    }
  });

  it('on a moderated list the item stays approved for a full account, and Pending (no error) for an edit-only one', async () => {
    const sp = await startSharePointEmulator({ profile: '2016', lists: [listWithImage({ enableModeration: true })] });
    try {
      const full = samplePost();
      expect((await connector(sp, { mapping: MAPPING }).create(full)).status).toBe('approved');
      expect(withKey(sp, full.key)[0]).toMatchObject({ moderationStatus: 0, values: { PublishingRollupImage: expect.stringContaining('<img') } });
      const warnings: string[] = [];
      const edit = samplePost();
      const item = await connector(sp, { mapping: MAPPING, user: 'PORTAL\\congtacvien' }, { warn: (m) => warnings.push(m) }).create(edit);
      expect(item.status).toBe('pending');
      expect(withKey(sp, edit.key)[0]).toMatchObject({ moderationStatus: 2, values: { PublishingRollupImage: expect.stringContaining('<img') } });
      expect(warnings.join('\n')).toContain('Pending');
    } finally {
      await sp.close();
    }
  });

  it('a server that silently ignores REST writes of the column still gets the image (the connector never relies on them)', async () => {
    const sp = await startSharePointEmulator({ profile: '2013', publishingImageRest: 'ignored', lists: [listWithImage()] });
    try {
      const item = await connector(sp, { mapping: MAPPING }).create(samplePost());
      expect(sp.item(LIST, Number(item.remoteId))?.values.PublishingRollupImage).toContain('src="http://127.0.0.1/sites/portal/PublishingImages/2026/anh.jpg"');
    } finally {
      await sp.close();
    }
  });

  it('discovery proposes the Publishing Image column for the main image', () => {
    const col = toColumn({ InternalName: 'PublishingRollupImage', EntityPropertyName: 'PublishingRollupImage', Title: 'Ảnh trang', TypeAsString: 'Image' });
    expect(proposeMapping([col]).image).toBe('PublishingRollupImage');
  });
});
