import { describe, expect, it } from 'vitest';
import { MAX_BODY_JSON_BYTES, type ArticleFields } from '../../shared/article';
import { AppError, ErrorCode } from '../../shared/errors';
import { createTestServices } from '../testing/services';
import { paragraphsBody } from '../testing/body';

const user = { id: 'u1', name: 'Nguyễn Văn An' };

function fieldsErr(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(ErrorCode.INVALID_INPUT);
    return (err as AppError).fields ?? {};
  }
  throw new Error('expected a validation error');
}

function setup() {
  const s = createTestServices();
  const a = s.articles.create(undefined, user);
  const fields = (over: Partial<ArticleFields> = {}): ArticleFields => ({ ...s.articles.blankFields(), ...over });
  return { ...s, a, fields };
}

describe('ArticleService.create', () => {
  it('creates an empty draft with one revision and a "Tạo bài viết" history entry', () => {
    const { articles, a } = setup();
    expect(a.status).toBe('nhap');
    expect(a.approvalStatus).toBe(3);
    expect(a.version).toBe(1);
    expect(a.title).toBe('');
    expect(a.createdBy).toEqual(user);
    expect(articles.history(a.id).map((h) => h.description)).toEqual(['Tạo bài viết']);
  });
});

describe('ArticleService validation', () => {
  it('allows an empty title in a draft (autosave) but refuses one over 500 characters', () => {
    const { articles, a, fields } = setup();
    expect(articles.save(a.id, a.revisionId, fields({ summary: 'Tóm tắt' }), user).title).toBe('');
    const latest = articles.get(a.id);
    const errs = fieldsErr(() => articles.save(a.id, latest.revisionId, fields({ title: 'a'.repeat(501) }), user));
    expect(errs.title).toContain('500');
  });

  it('refuses an empty title outside the draft state', () => {
    const { articles, fields } = setup();
    const sent = articles.create({ title: 'Có tiêu đề' }, user, { status: 'cho_duyet' });
    const errs = fieldsErr(() => articles.save(sent.id, sent.revisionId, fields({ title: '   ' }), user));
    expect(errs.title).toBe('Hãy nhập tiêu đề cho bài viết.');
  });

  it.each(['javascript:alert(1)', 'ftp://example.com/a', 'www.longan.gov.vn', 'http://', 'https://a b.vn'])(
    'refuses the alternate link %s',
    (link) => {
      const { articles, a, fields } = setup();
      const errs = fieldsErr(() => articles.save(a.id, a.revisionId, fields({ alternateLink: link }), user));
      expect(errs.alternateLink).toBe('Link thay thế nội dung phải là địa chỉ web bắt đầu bằng http:// hoặc https://');
    }
  );

  it('accepts an http(s) alternate link', () => {
    const { articles, a, fields } = setup();
    const saved = articles.save(a.id, a.revisionId, fields({ alternateLink: 'https://kientuong.longan.gov.vn/tin-tuc' }), user);
    expect(saved.alternateLink).toBe('https://kientuong.longan.gov.vn/tin-tuc');
  });

  it('refuses an impossible publish date and stores a valid one as UTC ISO', () => {
    const { articles, a, fields } = setup();
    expect(fieldsErr(() => articles.save(a.id, a.revisionId, fields({ publishAt: '1800-01-01T00:00:00Z' }), user)).publishAt).toMatch(/Ngày xuất bản/);
    const saved = articles.save(a.id, a.revisionId, fields({ publishAt: '2026-06-07T16:00:00+07:00' }), user);
    expect(saved.publishAt).toBe('2026-06-07T09:00:00.000Z');
  });

  it('accepts categories and types only from the editable lists, using the list spelling', () => {
    const { articles, a, fields } = setup();
    const errs = fieldsErr(() => articles.save(a.id, a.revisionId, fields({ category: 'Thể thao', articleType: 'Tín' }), user));
    expect(errs.category).toMatch(/Phân loại/);
    expect(errs.articleType).toMatch(/Loại bài viết/);
    const saved = articles.save(a.id, a.revisionId, fields({ category: 'thông báo', articleType: 'tin ảnh' }), user);
    expect(saved.category).toBe('Thông báo');
    expect(saved.articleType).toBe('Tin ảnh');
  });

  it('keeps a category that was removed from the list after the article used it', () => {
    const { articles, lists, a, fields } = setup();
    const saved = articles.save(a.id, a.revisionId, fields({ category: 'Kinh tế' }), user);
    lists.save({ categories: ['Thông báo'], articleTypes: ['Tin'] });
    const again = articles.save(a.id, saved.revisionId, fields({ category: 'Kinh tế', title: 'Mới' }), user);
    expect(again.category).toBe('Kinh tế');
  });

  it('requires the main image to exist in the media store', () => {
    const { articles, repos, a, fields } = setup();
    const missing = 'a'.repeat(64);
    expect(fieldsErr(() => articles.save(a.id, a.revisionId, fields({ imageHash: missing }), user)).imageHash).toMatch(/ảnh/);
    const { hash } = repos.media.put(new Uint8Array([1, 2, 3]));
    expect(articles.save(a.id, a.revisionId, fields({ imageHash: hash }), user).imageHash).toBe(hash);
  });

  it('refuses overridden counts outside 0..100000', () => {
    const { articles, a, fields } = setup();
    const errs = fieldsErr(() =>
      articles.save(a.id, a.revisionId, fields({ pageCount: { value: 100001, overridden: true }, photoCount: { value: -1, overridden: true } }), user)
    );
    expect(errs.pageCount).toMatch(/Số Trang/);
    expect(errs.photoCount).toMatch(/Số Ảnh/);
  });

  it('refuses a body that is not a Lexical state, and one that is too large', () => {
    const { articles, a, fields } = setup();
    expect(fieldsErr(() => articles.save(a.id, a.revisionId, fields({ body: { lexicalVersion: '0.52.0', json: '{"root":' } }), user)).body).toMatch(/Nội dung/);
    expect(fieldsErr(() => articles.save(a.id, a.revisionId, fields({ body: { lexicalVersion: '0.52.0', json: '{"a":1}' } }), user)).body).toMatch(/Nội dung/);
    const huge = paragraphsBody(['x'.repeat(MAX_BODY_JSON_BYTES)]);
    expect(fieldsErr(() => articles.save(a.id, a.revisionId, fields({ body: huge }), user)).body).toMatch(/^Nội dung quá lớn/);
    expect(articles.get(a.id).version).toBe(1);
  });

  it('reports several bad fields at once', () => {
    const { articles, a, fields } = setup();
    const errs = fieldsErr(() => articles.save(a.id, a.revisionId, fields({ alternateLink: 'abc', category: 'Không có' }), user));
    expect(Object.keys(errs).sort()).toEqual(['alternateLink', 'category']);
  });
});

describe('ArticleService revisions and history', () => {
  it('saves new revisions with Vietnamese history and skips unchanged content', () => {
    const { articles, repos, a, fields } = setup();
    const v2 = articles.save(a.id, a.revisionId, fields({ title: 'Kiến Tường ra quân' }), user);
    expect(v2.version).toBe(2);
    const same = articles.save(a.id, v2.revisionId, fields({ title: 'Kiến Tường ra quân' }), user);
    expect(same.revisionId).toBe(v2.revisionId);
    const v3 = articles.save(a.id, v2.revisionId, fields({ title: 'Kiến Tường ra quân', summary: 'Tóm tắt' }), user);
    expect(v3.version).toBe(3);
    expect(articles.history(a.id).map((h) => h.description)).toEqual(['Tạo bài viết', 'Lưu bài viết (phiên bản 2)', 'Lưu bài viết (phiên bản 3)']);
    expect(repos.articles.revisions.filter((r) => r.id === a.id)).toHaveLength(3);
  });

  it('refuses a save based on a stale revision with CONFLICT and keeps the newer text', () => {
    const { articles, a, fields } = setup();
    articles.save(a.id, a.revisionId, fields({ title: 'Bản của máy A' }), user);
    expect(() => articles.save(a.id, a.revisionId, fields({ title: 'Bản của máy B' }), user)).toThrowError(
      expect.objectContaining({ code: ErrorCode.CONFLICT })
    );
    expect(articles.get(a.id).title).toBe('Bản của máy A');
  });

  it('derives plain text, word, page and photo counts from the body unless overridden', () => {
    const { articles, repos, a, fields } = setup();
    const { hash } = repos.media.put(new Uint8Array([9]));
    const body = paragraphsBody(['Một hai ba.', 'Bốn năm'], [hash, hash]);
    const saved = articles.save(a.id, a.revisionId, fields({ body, pageCount: { value: 7, overridden: false } }), user);
    expect(saved.bodyText).toBe('Một hai ba.\nBốn năm');
    expect(saved.wordCount).toBe(5);
    expect(saved.photoCount).toEqual({ value: 2, overridden: false });
    expect(saved.pageCount).toEqual({ value: 1, overridden: false });
    const over = articles.save(a.id, saved.revisionId, fields({ body, pageCount: { value: 4, overridden: true } }), user);
    expect(over.pageCount).toEqual({ value: 4, overridden: true });
  });

  it('adds and removes attachments as revisions with history', () => {
    const { articles, repos, a } = setup();
    const withFile = articles.addAttachment(a.id, { name: 'Quyết định 12.pdf', mime: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) }, user);
    expect(withFile.attachments).toHaveLength(1);
    expect(repos.media.has(withFile.attachments[0]!.hash)).toBe(true);
    expect(withFile.contentHash).not.toBe(a.contentHash);
    const without = articles.removeAttachment(a.id, withFile.attachments[0]!.id, user);
    expect(without.attachments).toHaveLength(0);
    expect(without.version).toBe(3);
    expect(articles.history(a.id).map((h) => h.description).slice(1)).toEqual([
      'Thêm tệp đính kèm “Quyết định 12.pdf”',
      'Gỡ tệp đính kèm “Quyết định 12.pdf”'
    ]);
  });

  it('saves fields and an attachment list as ONE new revision (restoring an old version)', () => {
    const { articles, repos, a, fields } = setup();
    const withFile = articles.addAttachment(a.id, { name: 'Quyết định 12.pdf', mime: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) }, user);
    const without = articles.removeAttachment(a.id, withFile.attachments[0]!.id, user);
    const restored = articles.saveWithAttachments(a.id, without.revisionId, fields({ title: 'Bản cũ' }), withFile.attachments, user);
    expect(restored).toMatchObject({ version: 4, title: 'Bản cũ', attachments: withFile.attachments });
    expect(repos.articles.revisions.filter((r) => r.id === a.id)).toHaveLength(4);
    // Restoring only the files (same fields) is a change too.
    const back = articles.saveWithAttachments(a.id, restored.revisionId, fields({ title: 'Bản cũ' }), [], user);
    expect(back).toMatchObject({ version: 5, attachments: [] });
  });

  it('refuses to bring back an attachment whose file is gone from the media store, writing nothing', () => {
    const { articles, repos, a, fields } = setup();
    const withFile = articles.addAttachment(a.id, { name: 'Tờ trình.docx', mime: 'application/msword', bytes: new Uint8Array([1, 2, 3]) }, user);
    const without = articles.removeAttachment(a.id, withFile.attachments[0]!.id, user);
    repos.media.files.delete(withFile.attachments[0]!.hash);
    expect(() => articles.saveWithAttachments(a.id, without.revisionId, fields(), withFile.attachments, user)).toThrowError(
      expect.objectContaining({ code: ErrorCode.NOT_FOUND, message: expect.stringContaining('Tệp đính kèm “Tờ trình.docx” không còn') })
    );
    expect(articles.get(a.id).version).toBe(3);
  });

  it('imports a document as a draft with the file name in the history', () => {
    const { articles } = setup();
    const imported = articles.importDocument('Báo cáo', paragraphsBody(['Nội dung']), user, 'bao-cao.docx');
    expect(imported.title).toBe('Báo cáo');
    expect(imported.bodyText).toBe('Nội dung');
    expect(articles.history(imported.id)[0]!.description).toBe('Nhập từ tệp “bao-cao.docx”');
  });

  it('throws NOT_FOUND for an unknown article', () => {
    const { articles } = setup();
    expect(() => articles.get('nope')).toThrowError(expect.objectContaining({ code: ErrorCode.NOT_FOUND }));
  });
});

describe('NFC', () => {
  const nfdTitle = 'Ủy ban nhân dân thị xã Kiến Tường'.normalize('NFD');
  it('stores NFD input as NFC, including inside the body JSON', () => {
    const { articles, a, fields } = setup();
    const body = paragraphsBody(['Đường 30/4 được nâng cấp'.normalize('NFD')]);
    const saved = articles.save(a.id, a.revisionId, fields({ title: nfdTitle, author: 'Trần Thị Bé'.normalize('NFD'), body }), user);
    expect(saved.title).toBe('Ủy ban nhân dân thị xã Kiến Tường');
    expect(saved.title).toBe(saved.title.normalize('NFC'));
    expect(saved.author).toBe('Trần Thị Bé');
    expect(saved.body.json).toBe(saved.body.json.normalize('NFC'));
    expect(saved.bodyText).toBe('Đường 30/4 được nâng cấp');
  });

  it('gives the same content hash for NFC and NFD input, and another hash for other content', () => {
    const s1 = setup();
    const s2 = setup();
    const nfcBody = paragraphsBody(['Phòng chống rầy nâu']);
    const nfdBody = paragraphsBody(['Phòng chống rầy nâu'.normalize('NFD')]);
    const h1 = s1.articles.save(s1.a.id, s1.a.revisionId, s1.fields({ title: nfdTitle.normalize('NFC'), body: nfcBody }), user).contentHash;
    const h2 = s2.articles.save(s2.a.id, s2.a.revisionId, s2.fields({ title: nfdTitle, body: nfdBody }), user).contentHash;
    expect(h1).toMatch(/^[0-9a-f]{64}$/);
    expect(h2).toBe(h1);
    const h3 = s2.articles.save(s2.a.id, s2.articles.get(s2.a.id).revisionId, s2.fields({ title: nfdTitle, body: paragraphsBody(['Khác']) }), user).contentHash;
    expect(h3).not.toBe(h1);
  });

  it('treats re-saving the same text in NFD as unchanged', () => {
    const { articles, a, fields } = setup();
    const v2 = articles.save(a.id, a.revisionId, fields({ title: 'Tiếp công dân' }), user);
    const again = articles.save(a.id, v2.revisionId, fields({ title: 'Tiếp công dân'.normalize('NFD') }), user);
    expect(again.version).toBe(2);
  });
});

describe('search and list', () => {
  it('returns nothing for a blank query and finds text without diacritics', () => {
    const { articles } = setup();
    articles.create({ title: 'Đường giao thông nông thôn' }, user);
    expect(articles.search('   ')).toEqual([]);
    expect(articles.search('duong giao').map((h) => h.title)).toEqual(['Đường giao thông nông thôn']);
  });
});
