import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES, type Article, type ImportedArticle } from '../../shared/article';
import { METHODS, type Output } from '../../shared/contract';
import { ErrorCode, type Result } from '../../shared/errors';
import { emptyBody, textToBody } from '../../core/editor/body';
import { openApp, type App } from '../app';
import { createHandlers } from './index';
import { ok } from './testing';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64');

let dir: string;
let app: App;
let author: { id: string; name: string };
const ADMIN = { connectionId: 'test:admin' };
const AUTHOR = { connectionId: 'test:author' };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-handlers-'));
  app = openApp({ workspaceDir: dir, mode: 'browser', log: () => {} });
  await ok(app.dispatch('auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: 'Chánh Văn phòng', password: 'quantri-123' }, ADMIN));
  await ok(app.dispatch('users.create', { login: 'bientap', fullName: 'Lê Thị Thu Hà', position: 'Chuyên viên', roles: ['bien_tap_vien'], password: 'bientap-123' }, ADMIN));
  const session = await ok<Output<'auth.login'>>(app.dispatch('auth.login', { login: 'bientap', password: 'bientap-123' }, AUTHOR));
  author = { id: session.user.id, name: session.user.name };
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function fail(p: Promise<Result<unknown>>) {
  const r = await p;
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}

const call = (method: string, input: unknown) => app.dispatch(method, input, AUTHOR);

function fieldsOf(a: Article) {
  const { title, imageHash, imageCaption, summary, body, alternateLink, publishAt, featured, author, category, articleType, pageCount, photoCount } = a;
  return { title, imageHash, imageCaption, summary, body, alternateLink, publishAt, featured, author, category, articleType, pageCount, photoCount };
}

describe('handler map', () => {
  it('covers every contract method', () => {
    const handlers = createHandlers({} as never, {} as never, {} as never, {} as never);
    expect(Object.keys(handlers).sort()).toEqual([...METHODS].sort());
  });

  it('reports app info with the mode, the session user and whether the profile is set', async () => {
    const info = await ok<Output<'app.info'>>(call('app.info', {}));
    expect(info).toMatchObject({ mode: 'browser', workspaceDir: dir, profileConfigured: false, user: { name: 'Lê Thị Thu Hà', login: 'bientap' } });
    expect(await ok<Output<'app.info'>>(app.dispatch('app.info', {}, { connectionId: 'test:nobody' }))).toMatchObject({ user: null });
  });
});

describe('article handlers', () => {
  it('creates, saves and reads back an article as the context user, whatever the input claims', async () => {
    const created = await ok<Article>(call('article.create', { fields: { title: 'Tin mới', createdBy: { id: 'x', name: 'Kẻ giả mạo' } } }));
    expect({ id: created.createdBy.id, name: created.createdBy.name }).toEqual(author);
    const { article: saved } = await ok<Output<'article.save'>>(
      call('article.save', { id: created.id, baseRevisionId: created.revisionId, fields: { ...fieldsOf(created), body: textToBody('Đoạn một.'), category: 'Kinh tế' } })
    );
    expect(saved.version).toBe(2);
    const got = await ok<Article>(call('article.get', { id: created.id }));
    expect(got.bodyText).toBe('Đoạn một.');
    expect(got.category).toBe('Kinh tế');
    const history = await ok<Output<'article.history'>>(call('article.history', { id: created.id }));
    expect(history.map((h) => h.description)).toEqual(['Tạo bài viết', 'Lưu bài viết (phiên bản 2)']);
    const list = await ok<Output<'article.list'>>(call('article.list', {}));
    expect(list.items.map((i) => i.id)).toEqual([created.id]);
  });

  it('rejects malformed input through zod before any handler runs', async () => {
    const err = await fail(call('article.save', { id: 'a', baseRevisionId: 'b', fields: { title: 42 } }));
    expect(err.code).toBe(ErrorCode.INVALID_INPUT);
    expect(err.fields).toHaveProperty(['fields.title']);
    expect((await fail(call('article.nope', {}))).code).toBe(ErrorCode.INVALID_INPUT);
  });

  it('returns field-level Vietnamese validation errors and CONFLICT as {ok:false}', async () => {
    const a = await ok<Article>(call('article.create', {}));
    const bad = await fail(call('article.save', { id: a.id, baseRevisionId: a.revisionId, fields: { ...fieldsOf(a), alternateLink: 'abc' } }));
    expect(bad).toMatchObject({ code: ErrorCode.INVALID_INPUT, fields: { alternateLink: 'Link thay thế nội dung phải là địa chỉ web bắt đầu bằng http:// hoặc https://' } });
    await ok(call('article.save', { id: a.id, baseRevisionId: a.revisionId, fields: { ...fieldsOf(a), title: 'Một' } }));
    const stale = await fail(call('article.save', { id: a.id, baseRevisionId: a.revisionId, fields: { ...fieldsOf(a), title: 'Hai' } }));
    expect(stale.code).toBe(ErrorCode.CONFLICT);
    expect((await fail(call('article.get', { id: 'khong-co' }))).code).toBe(ErrorCode.NOT_FOUND);
  });

  it('imports a .txt file and refuses other types', async () => {
    const { article: a, warnings } = await ok<ImportedArticle>(call('article.import', { fileName: 'tin.txt', dataBase64: b64('Tiêu đề\nNội dung bài') }));
    expect(warnings).toEqual([]);
    expect(a.title).toBe('Tiêu đề');
    expect(a.bodyText).toBe('Nội dung bài');
    const err = await fail(call('article.import', { fileName: 'x.pdf', dataBase64: b64('%PDF-1.4') }));
    expect(err).toEqual({ code: ErrorCode.UNSUPPORTED_FILE, message: 'Chỉ nhập được tệp .docx, .html hoặc .txt.' });
  });

  it('searches without diacritics', async () => {
    await ok(call('article.create', { fields: { title: 'Đường giao thông nông thôn', body: emptyBody() } }));
    const hits = await ok<Output<'article.search'>>(call('article.search', { query: 'duong giao thong' }));
    expect(hits.map((h) => h.title)).toEqual(['Đường giao thông nông thôn']);
  });
});

describe('media and attachment handlers', () => {
  it('stores an image by its content and refuses a non-image that claims to be one', async () => {
    const { id: articleId } = await ok<Article>(call('article.create', {}));
    const info = await ok<Output<'media.upload'>>(call('media.upload', { articleId, fileName: 'anh.png', mime: 'image/jpeg', dataBase64: b64(PNG) }));
    expect(info.mime).toBe('image/png');
    expect(app.media.has(info.hash)).toBe(true);
    const err = await fail(call('media.upload', { articleId, fileName: 'virus.png', mime: 'image/png', dataBase64: b64('<svg onload=alert(1)>') }));
    expect(err.code).toBe(ErrorCode.UNSUPPORTED_FILE);
    expect(err.message).toContain('virus.png');
  });

  it('refuses an image over the size limit with FILE_TOO_LARGE', async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(PNG);
    const { id: articleId } = await ok<Article>(call('article.create', {}));
    const err = await fail(call('media.upload', { articleId, fileName: 'lon.png', mime: 'image/png', dataBase64: b64(big) }));
    expect(err.code).toBe(ErrorCode.FILE_TOO_LARGE);
    expect(err.message).toMatch(/10 MB/);
  });

  it('adds a PDF attachment, refuses a disguised one, and removes it', async () => {
    const a = await ok<Article>(call('article.create', {}));
    const withPdf = await ok<Article>(
      call('attachment.add', { articleId: a.id, fileName: 'Quyết định.pdf', mime: 'application/pdf', dataBase64: b64('%PDF-1.7\n...') })
    );
    expect(withPdf.attachments.map((x) => [x.name, x.mime])).toEqual([['Quyết định.pdf', 'application/pdf']]);
    const disguised = await fail(call('attachment.add', { articleId: a.id, fileName: 'a.pdf', mime: 'application/pdf', dataBase64: b64('MZ\x90\x00') }));
    expect(disguised.code).toBe(ErrorCode.UNSUPPORTED_FILE);
    const removed = await ok<Article>(call('attachment.remove', { articleId: a.id, attachmentId: withPdf.attachments[0]!.id }));
    expect(removed.attachments).toEqual([]);
  });
});

describe('profile and lists handlers', () => {
  it('saves the profile and reports it configured', async () => {
    const fields = {
      agencyName: 'UBND', parentAgency: '', address: '', phone: '', fax: '', email: '', website: '',
      licenceNumber: '', licenceDate: '', responsibleName: 'Ông A', responsiblePosition: '', boardHead: ''
    };
    // Only the administrator changes the agency profile; an author is refused.
    expect((await fail(call('profile.save', { fields }))).code).toBe(ErrorCode.FORBIDDEN);
    await ok(app.dispatch('profile.save', { fields }, ADMIN));
    expect((await ok<Output<'app.info'>>(call('app.info', {}))).profileConfigured).toBe(true);
    expect(await ok<Output<'profile.history'>>(call('profile.history', {}))).toHaveLength(1);
    const err = await fail(app.dispatch('profile.save', { fields: { ...fields, email: 'sai' } }, ADMIN));
    expect(err.fields).toHaveProperty('email');
    const audit = await ok<Output<'audit.list'>>(app.dispatch('audit.list', { action: 'profile.save' }, ADMIN));
    expect(audit.items[0]?.description).toContain('Lưu thông tin cơ quan');
  });

  it('edits the lists', async () => {
    expect((await fail(call('lists.save', { categories: ['Thông báo'], articleTypes: ['Tin'] }))).code).toBe(ErrorCode.FORBIDDEN);
    const saved = await ok<Output<'lists.save'>>(app.dispatch('lists.save', { categories: ['Thông báo', ' thông báo '], articleTypes: ['Tin'] }, ADMIN));
    expect(saved.categories).toEqual(['Thông báo']);
    expect(await ok(call('lists.get', {}))).toEqual(saved);
  });
});
