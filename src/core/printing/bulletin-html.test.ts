import { describe, expect, it } from 'vitest';
import { domPurifySanitizer } from '../../main/adapters/html/sanitize';
import { BundledFonts } from '../../main/adapters/pdf/fonts';
import { memoryMedia, printArticleFixture } from '../../main/adapters/pdf/print-fixture';
import { SAMPLE_BULLETIN_PROFILE } from '../../main/sample/bulletin';
import { checkAccessibility } from '../publishing/accessibility';
import { bulletinHtml, type BulletinPrintInput } from './bulletin-html';

describe('bulletin HTML', () => {
  it('puts each article’s own headings below its title, with or without a section title, in one outline from h1', () => {
    const media = memoryMedia();
    const article = printArticleFixture(media, '<h3>Mục nhỏ</h3><p>Nội dung mục nhỏ.</p>');
    const input: BulletinPrintInput = {
      number: 3,
      date: '2026-12-04',
      profile: { ...SAMPLE_BULLETIN_PROFILE, id: 'b1', effectiveFrom: '2026-01-01T00:00:00+07:00', createdAt: '2026-01-01T00:00:00Z', createdBy: 'Quản trị' },
      sections: [
        { title: 'Thời sự', articles: [article] },
        { title: '', articles: [{ ...article, id: 'a2' }] }
      ],
      draft: false,
      fonts: new BundledFonts().fonts(),
      imageDataUrl: (hash) => (media.get(hash) ? `data:image/png;base64,${Buffer.from(media.get(hash)!).toString('base64')}` : null)
    };
    const page = bulletinHtml(input, domPurifySanitizer)(null, 0);
    const outline = [...page.matchAll(/<h([1-6])[\s>][^]*?<\/h\1>/g)].map((m) => `h${m[1]} ${m[0].replace(/<[^>]+>/g, '').trim().slice(0, 24)}`);
    expect(outline).toEqual([
      'h1 ' + SAMPLE_BULLETIN_PROFILE.name.slice(0, 24),
      'h2 Thời sự',
      'h3 Thị xã Kiến Tường đẩy mạ',
      'h4 Kết quả các tiêu chí',
      'h5 Mục nhỏ',
      'h2 Thị xã Kiến Tường đẩy mạ',
      'h3 Kết quả các tiêu chí',
      'h4 Mục nhỏ'
    ]);
    expect(checkAccessibility(page)).toEqual([]);
  });
});
