import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article';
import { TargetConfigSchema, type PublishTarget } from '../../shared/publishing';
import type { SignOffView } from '../../shared/workflow';
import { bodyFacts, checkPublication, wellFormedLink, type GateFacts } from './gate';

const article = (over: Partial<Article> = {}) =>
  ({ title: 'Tin', bodyText: 'Nội dung', alternateLink: '', status: 'da_duyet', imageHash: null, imageCaption: '', category: 'Kinh tế', summary: '', author: '', articleType: 'Tin', publishAt: null, ...over }) as Article;
const target = (type: PublishTarget['type'], config: Record<string, unknown> = {}): PublishTarget => ({
  id: 't',
  name: 'Cổng',
  type,
  config: TargetConfigSchema.parse({ url: 'https://x.vn', ...config }),
  hasSecret: false,
  disabled: false,
  createdAt: '',
  updatedAt: ''
});
const facts = (over: Partial<GateFacts> = {}): GateFacts => ({
  article: article(),
  target: target('wordpress'),
  signOff: { id: 's' } as SignOffView,
  profile: { responsibleName: 'Ông A' } as GateFacts['profile'],
  openComments: 0,
  receipt: null,
  links: [],
  uncaptionedImages: 0,
  remoteImages: [],
  correction: false,
  accessibility: [],
  ...over
});

describe('checkPublication', () => {
  it('passes an approved, signed article with a responsible person', () => {
    expect(checkPublication(facts())).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('blocks unapproved or unsigned articles, a missing responsible person, a caption-less main image and bad links', () => {
    const r = checkPublication(
      facts({ article: article({ status: 'cho_duyet', imageHash: 'h' }), signOff: null, profile: null, links: ['javascript:alert(1)', 'https://ok.vn/a'] })
    );
    expect(r.ok).toBe(false);
    expect(r.errors.join('\n')).toMatch(/chỉ bài “Đã duyệt”[\s\S]*Chịu trách nhiệm chính[\s\S]*Hình ảnh mô tả[\s\S]*javascript:alert/);
  });

  it('needs the fields the portal requires, but a folder only title, body and the responsible person', () => {
    const required = ['summary', 'author'];
    expect(checkPublication(facts({ target: target('sharepoint', { list: 'L', required }) })).errors).toEqual([
      'Cổng “Cổng” yêu cầu trường “Tóm tắt”, nhưng bài chưa có.',
      'Cổng “Cổng” yêu cầu trường “Tác giả”, nhưng bài chưa có.'
    ]);
    expect(checkPublication(facts({ target: target('folder', { folder: '/usb', required }) })).ok).toBe(true);
  });

  it('checks Phân loại against the portal\'s categories: exactly on SharePoint, without diacritics on WordPress', () => {
    const sp = target('sharepoint', { list: 'L', categories: ['Kinh tế', 'Quốc phòng – An ninh'] });
    expect(checkPublication(facts({ target: sp, article: article({ category: 'Quốc phòng - An ninh' }) })).errors[0]).toMatch(/không có trên cổng[\s\S]*“Quốc phòng – An ninh”/);
    expect(checkPublication(facts({ target: sp, article: article({ category: 'kinh tế' }) })).ok).toBe(true);
    const wp = target('wordpress', { categories: ['Kinh te'] });
    expect(checkPublication(facts({ target: wp })).ok).toBe(true);
    const types = target('sharepoint', { list: 'L', articleTypes: ['Tin', 'Bài'] });
    expect(checkPublication(facts({ target: types, article: article({ articleType: 'Phóng sự' }) })).errors[0]).toMatch(/Loại bài viết “Phóng sự” không có trên cổng[\s\S]*“Bài”/);
  });

  it('lets a published version go to another portal, but not again to the one that has it', () => {
    const published = article({ status: 'da_xuat_ban' });
    expect(checkPublication(facts({ article: published })).ok).toBe(true);
    const receipt = { kind: 'publish' } as GateFacts['receipt'];
    expect(checkPublication(facts({ article: published, receipt })).errors[0]).toMatch(/đã được xuất bản lên “Cổng”/);
  });

  it('warns about open comments and uncaptioned images', () => {
    expect(checkPublication(facts({ openComments: 2, uncaptionedImages: 1 })).warnings).toEqual(['1 ảnh trong bài chưa có chú thích.', 'Bài còn 2 bình luận chưa giải quyết.']);
  });

  it('blocks on accessibility errors, asks to confirm its warnings, and says where each one is', () => {
    const r = checkPublication(
      facts({
        accessibility: [
          { severity: 'error', message: 'Ảnh thứ 1 chưa có văn bản thay thế.', place: { kind: 'image', index: 0 }, quote: 'Đoạn trước ảnh' },
          { severity: 'warning', message: 'Liên kết ghi nguyên địa chỉ “https://a.vn”.', place: { kind: 'link', index: 2 }, quote: 'https://a.vn' },
          { severity: 'error', message: 'Trang chưa khai báo ngôn ngữ.', place: null, quote: '' }
        ]
      })
    );
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual(['Ảnh thứ 1 chưa có văn bản thay thế. Đoạn văn: “Đoạn trước ảnh”.', 'Trang chưa khai báo ngôn ngữ.']);
    expect(r.warnings).toEqual(['Liên kết ghi nguyên địa chỉ “https://a.vn”.']);
    expect(r.places).toEqual([
      { line: 'Ảnh thứ 1 chưa có văn bản thay thế. Đoạn văn: “Đoạn trước ảnh”.', place: { kind: 'image', index: 0 } },
      { line: 'Liên kết ghi nguyên địa chỉ “https://a.vn”.', place: { kind: 'link', index: 2 } }
    ]);
  });

  it('accepts web, mail, phone, fragment and site links only', () => {
    for (const ok of ['https://kientuong.longan.gov.vn/tin', 'http://localhost/a', 'mailto:a@b.vn', 'tel:0272 384', '#muc-1', '/tin-tuc']) expect(wellFormedLink(ok)).toBe(true);
    for (const bad of ['javascript:alert(1)', 'http://', 'ftp://x.vn', '//evil.example', 'http://intranet']) expect(wellFormedLink(bad)).toBe(false);
  });

  it('blocks publishing while web images are still placeholders, naming where they come from', () => {
    const json = JSON.stringify({
      root: {
        type: 'root',
        children: [
          { type: 'remote-image', url: 'https://baochinhphu.vn/a.jpg', altText: '', caption: 'Lễ', reason: '' },
          { type: 'paragraph', children: [{ type: 'remote-image', url: 'http://10.0.0.5:8080/b.png', altText: '', caption: '', reason: 'Hết thời gian chờ' }] }
        ]
      }
    });
    const { remoteImages } = bodyFacts(json);
    expect(remoteImages).toEqual(['https://baochinhphu.vn/a.jpg', 'http://10.0.0.5:8080/b.png']);
    const r = checkPublication(facts({ remoteImages }));
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([
      'Bài còn 2 ảnh chưa tải về máy (từ “baochinhphu.vn”, “10.0.0.5:8080”); hãy bấm “Tải lại” trên từng ảnh hoặc xóa ảnh đó trước khi xuất bản.'
    ]);
  });
});
