import { describe, expect, it } from 'vitest';
import type { Article, Attachment } from '../../shared/article';
import type { BlockChange, TextPart } from '../../shared/compare';
import { jsdiffDiffer } from '../../main/adapters/diff/jsdiff';
import { compareVersions } from './compare';

// --- Lexical JSON builders ---------------------------------------------------------------
type N = Record<string, unknown>;
const t = (text: string, format = 0): N => ({ type: 'text', text, format, style: '', mode: 'normal', detail: 0, version: 1 });
const el = (type: string, children: N[], extra: N = {}): N => ({ type, children, direction: null, format: '', indent: 0, version: 1, ...extra });
const p = (...children: (N | string)[]) => el('paragraph', children.map((c) => (typeof c === 'string' ? t(c) : c)));
const h = (level: number, text: string) => el('heading', [t(text)], { tag: 'h' + level });
const link = (url: string, text: string) => el('link', [t(text)], { url });
const list = (type: 'bullet' | 'number', items: string[]) => el('list', items.map((i, k) => el('listitem', [t(i)], { value: k + 1 })), { listType: type, tag: type === 'bullet' ? 'ul' : 'ol', start: 1 });
const quote = (text: string) => el('quote', [t(text)]);
const img = (src: string, caption: string, altText = '') => ({ type: 'image', version: 1, src, caption, altText });
const table = (rows: string[][]) => el('table', rows.map((r) => el('tablerow', r.map((c) => el('tablecell', [p(c)], { headerState: 0 })))));
const body = (...blocks: N[]) => ({ lexicalVersion: '0.52.0', json: JSON.stringify({ root: el('root', blocks) }) });

const HASH = 'a'.repeat(64);
function article(over: Partial<Article> = {}): Article {
  return {
    id: 'art-1',
    title: 'Hội nghị tổng kết năm',
    imageHash: null,
    imageCaption: '',
    summary: 'Sáng nay, Ủy ban tổ chức hội nghị.',
    body: body(p('Đoạn một.')),
    alternateLink: '',
    publishAt: null,
    featured: false,
    author: 'Nguyễn Văn An',
    category: 'Thông báo',
    articleType: 'Tin',
    pageCount: { value: 1, overridden: false },
    photoCount: { value: 0, overridden: false },
    status: 'nhap',
    approvalStatus: 3,
    viewCount: 0,
    attachments: [],
    version: 1,
    revisionId: 'rev-1',
    contentHash: HASH,
    bodyText: '',
    wordCount: 0,
    createdAt: '2026-11-01T01:00:00.000Z',
    createdBy: { id: 'u1', name: 'An' },
    modifiedAt: '2026-11-01T01:00:00.000Z',
    modifiedBy: { id: 'u1', name: 'An' },
    ...over
  };
}

function compare(a: Partial<Article>, b: Partial<Article>) {
  const ref = (n: number) => ({ id: 'v' + n, number: n, createdAt: '2026-11-01T01:00:00.000Z', by: 'An' });
  return compareVersions(jsdiffDiffer, { ref: ref(1), article: article(a) }, { ref: ref(2), article: article(b) });
}
const changed = (blocks: BlockChange[]) => blocks.filter((b) => b.change !== 'same');
const texts = (parts: TextPart[], change: TextPart['change']) => parts.filter((x) => x.change === change).map((x) => x.text);

describe('compareVersions: Vietnamese words', () => {
  it('reports a change of diacritic as a whole changed word', () => {
    const c = compare({ body: body(p('Cái bàn gỗ của xã.')) }, { body: body(p('Cái bản gỗ của xã.')) });
    const [b] = changed(c.blocks);
    expect(b!.change).toBe('changed');
    expect(texts(b!.parts, 'removed')).toEqual(['bàn']);
    expect(texts(b!.parts, 'added')).toEqual(['bản']);
    expect(c.summary).toMatchObject({ added: 1, removed: 1, changedBlocks: 1 });
  });

  it('normalises NFD input so only the truly changed word is marked', () => {
    const before = 'Người dân được hỗ trợ kịp thời'.normalize('NFD');
    const after = 'Người dân được hỗ trợ nhanh chóng'.normalize('NFD');
    const c = compare({ body: body(p(before)) }, { body: body(p(after)) });
    const parts = changed(c.blocks)[0]!.parts;
    expect(texts(parts, 'removed').join('')).toBe('kịp thời');
    expect(texts(parts, 'added').join('')).toBe('nhanh chóng');
    expect(parts.every((x) => x.text === x.text.normalize('NFC'))).toBe(true);
  });

  it('finds no changes between identical versions', () => {
    const same = { body: body(h(2, 'Mục một'), p('Nội dung ', t('đậm', 1)), list('bullet', ['a', 'b']), img('media:x', 'Ảnh')) };
    const c = compare(same, same);
    expect(c.fields).toEqual([]);
    expect(changed(c.blocks)).toEqual([]);
    expect(c.blocks).toHaveLength(5);
    expect(c.summary).toEqual({ added: 0, removed: 0, changedBlocks: 0, changedFields: 0 });
  });
});

describe('compareVersions: structure', () => {
  it('reports a paragraph added and one removed, leaving the others unchanged', () => {
    const c = compare({ body: body(p('Một hai ba.'), p('Đoạn sẽ bị xoá hẳn.'), p('Cuối bài.')) }, { body: body(p('Một hai ba.'), p('Cuối bài.'), p('Đoạn mới thêm vào.')) });
    expect(changed(c.blocks).map((b) => [b.change, b.parts.map((x) => x.text).join('')])).toEqual([
      ['removed', 'Đoạn sẽ bị xoá hẳn.'],
      ['added', 'Đoạn mới thêm vào.']
    ]);
    expect(c.summary).toMatchObject({ added: 4, removed: 5, changedBlocks: 2 });
  });

  it('recognises a moved paragraph and counts no words for it', () => {
    const c = compare({ body: body(p('Alpha đoạn.'), p('Beta đoạn.'), p('Gamma đoạn.')) }, { body: body(p('Beta đoạn.'), p('Gamma đoạn.'), p('Alpha đoạn.')) });
    const moved = changed(c.blocks);
    expect(moved.map((b) => [b.change, b.moved])).toEqual([
      ['removed', true],
      ['added', true]
    ]);
    expect(c.summary).toMatchObject({ added: 0, removed: 0, changedBlocks: 1 });
  });

  it('reports a heading level change with unchanged words', () => {
    const c = compare({ body: body(h(2, 'Kết quả đạt được')) }, { body: body(h(3, 'Kết quả đạt được')) });
    const [b] = changed(c.blocks);
    expect(b).toMatchObject({ change: 'changed', kind: 'Tiêu đề 3', note: 'Đổi “Tiêu đề 2” thành “Tiêu đề 3”' });
    expect(b!.parts.every((x) => x.change === 'same')).toBe(true);
  });

  it('diffs list items one by one', () => {
    const c = compare({ body: body(list('number', ['Họp dân', 'Lấy ý kiến', 'Tổng hợp'])) }, { body: body(list('number', ['Họp dân', 'Lấy ý kiến rộng rãi', 'Tổng hợp'])) });
    expect(c.blocks.map((b) => b.change)).toEqual(['same', 'changed', 'same']);
    expect(c.blocks[1]!.kind).toBe('Mục danh sách số');
    expect(texts(c.blocks[1]!.parts, 'added').join('')).toBe(' rộng rãi');
  });

  it('reports formatting-only changes in Vietnamese', () => {
    const c = compare(
      { body: body(p('Hạn chót là ', t('ngày 15', 0), ' tại ', link('https://a.gov.vn', 'cổng'), '.')) },
      { body: body(p('Hạn chót là ', t('ngày 15', 1 | 2), ' tại cổng.')) }
    );
    const [b] = changed(c.blocks);
    expect(b!.note).toBe('Chỉ đổi định dạng');
    expect(b!.parts.every((x) => x.change === 'same')).toBe(true);
    expect(b!.parts.filter((x) => x.formatChanged).map((x) => [x.text, x.formatChanged])).toEqual([
      ['ngày 15', ['thêm đậm', 'thêm nghiêng']],
      ['cổng', ['bỏ liên kết']]
    ]);
    expect(c.summary).toMatchObject({ added: 0, removed: 0, changedBlocks: 1 });
  });

  it('notes an image caption and alt change', () => {
    const c = compare({ body: body(img('media:abc', 'Toàn cảnh hội nghị', 'hội trường')) }, { body: body(img('media:abc', 'Toàn cảnh buổi họp', 'hội trường lớn')) });
    const [b] = changed(c.blocks);
    expect(b!.kind).toBe('Ảnh');
    expect(b!.note).toBe('Sửa chú thích ảnh; Sửa mô tả ảnh: “hội trường” → “hội trường lớn”');
    expect(texts(b!.parts, 'removed').join('')).toBe('hội nghị');
  });

  it('notes a replaced image', () => {
    const c = compare({ body: body(img('media:abc', 'Ảnh')) }, { body: body(img('media:def', 'Ảnh')) });
    expect(changed(c.blocks)[0]!.note).toBe('Thay ảnh khác');
  });

  it('names the changed table cells', () => {
    const c = compare({ body: body(table([['Xã', 'Số hộ'], ['An Bình', '120']])) }, { body: body(table([['Xã', 'Số hộ'], ['An Bình', '125']])) });
    const [b] = changed(c.blocks);
    expect(b!.kind).toBe('Bảng');
    expect(b!.note).toBe('Sửa 1 ô (hàng 2, cột 2: “120” → “125”)');
  });

  it('ignores blank paragraphs added or removed for spacing', () => {
    const c = compare({ body: body(p('Một.'), p(''), p('Hai.')) }, { body: body(p(''), p('Một.'), p('Hai.'), p('  ')) });
    expect(changed(c.blocks)).toEqual([]);
  });

  it('keeps a quote unchanged next to an edited paragraph', () => {
    const c = compare({ body: body(quote('Dân biết, dân bàn.'), p('Cũ')) }, { body: body(quote('Dân biết, dân bàn.'), p('Mới')) });
    expect(c.blocks.map((b) => [b.kind, b.change])).toEqual([
      ['Trích dẫn', 'same'],
      ['Đoạn văn', 'removed'],
      ['Đoạn văn', 'added']
    ]);
  });
});

describe('compareVersions: metadata', () => {
  const att = (name: string, hash: string): Attachment => ({ id: name, name, mime: 'application/pdf', size: 1, hash, addedAt: '2026-11-01T01:00:00.000Z', addedBy: 'u1' });

  it('labels every changed field as the portal does', () => {
    const c = compare(
      { attachments: [att('ke-hoach.pdf', 'b'.repeat(64)), att('cu.pdf', 'c'.repeat(64))] },
      {
        title: 'Hội nghị sơ kết năm',
        summary: 'Sáng nay, Ủy ban tổ chức hội nghị lớn.',
        imageHash: HASH,
        imageCaption: 'Toàn cảnh',
        alternateLink: 'https://a.gov.vn/x',
        publishAt: '2026-11-02T09:00:00.000Z',
        featured: true,
        author: 'Trần Thị Bình',
        category: 'Kinh tế',
        articleType: 'Bài',
        pageCount: { value: 3, overridden: true },
        photoCount: { value: 2, overridden: false },
        attachments: [att('ke-hoach.pdf', 'b'.repeat(64)), att('moi.pdf', 'd'.repeat(64))]
      }
    );
    expect(c.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ['Tiêu đề', 'Hội nghị tổng kết năm', 'Hội nghị sơ kết năm'],
      ['Tóm tắt', 'Sáng nay, Ủy ban tổ chức hội nghị.', 'Sáng nay, Ủy ban tổ chức hội nghị lớn.'],
      ['Hình ảnh', 'Không có ảnh', 'Ảnh aaaaaaaa'],
      ['Hình ảnh mô tả', '', 'Toàn cảnh'],
      ['Link thay thế nội dung', '', 'https://a.gov.vn/x'],
      ['Ngày xuất bản', 'Chưa đặt', '02/11/2026 16:00'],
      ['Tin nổi bật', 'Không', 'Có'],
      ['Tác giả', 'Nguyễn Văn An', 'Trần Thị Bình'],
      ['Phân loại', 'Thông báo', 'Kinh tế'],
      ['Loại bài viết', 'Tin', 'Bài'],
      ['Số Trang', '1', '3 (nhập tay)'],
      ['Số Ảnh', '0', '2'],
      ['Tệp đính kèm', 'ke-hoach.pdf, cu.pdf', 'ke-hoach.pdf, moi.pdf']
    ]);
    const title = c.fields[0]!.parts!;
    expect(texts(title, 'removed')).toEqual(['tổng']);
    expect(texts(title, 'added')).toEqual(['sơ']);
    expect(c.fields[12]!.parts).toEqual([
      { text: 'cu.pdf', change: 'removed' },
      { text: 'moi.pdf', change: 'added' }
    ]);
    expect(c.summary.changedFields).toBe(13);
    expect(c.summary.changedBlocks).toBe(0);
  });
});
