// The engine reads stored Lexical JSON directly: check it against bodies Lexical itself serialised.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToBody } from '../editor/body';
import { bodyBlocks } from './blocks';

const parse = (html: string): Document => new JSDOM(html).window.document;
const HASH = 'ab'.repeat(32);

describe('bodyBlocks on real editor JSON', () => {
  it('reads every kind of block with its text, formatting and links', () => {
    const body = htmlToBody(
      '<h3>Kết quả</h3><p>Xin <strong>chào</strong> <a href="https://ubnd.gov.vn">cổng</a></p>' +
        '<ul><li>một</li><li>hai</li></ul><ol><li>ba</li></ol><blockquote>trích dẫn</blockquote>' +
        '<table><tr><td><p>ô 1</p><p>dòng 2</p></td><td>ô 2</td></tr></table>' +
        `<figure><img src="media:${HASH}" alt="Ảnh mô tả"><figcaption>Chú thích ảnh</figcaption></figure>`,
      parse
    );
    const blocks = bodyBlocks(body);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['Tiêu đề 3', 'Kết quả'],
      ['Đoạn văn', 'Xin chào cổng'],
      ['Mục danh sách', 'một'],
      ['Mục danh sách', 'hai'],
      ['Mục danh sách số', 'ba'],
      ['Trích dẫn', 'trích dẫn'],
      ['Bảng', 'ô 1 dòng 2 | ô 2'],
      ['Ảnh', 'Chú thích ảnh']
    ]);
    expect(blocks[1]!.runs).toEqual([
      { text: 'Xin ', format: 0, link: '' },
      { text: 'chào', format: 1, link: '' },
      { text: ' ', format: 0, link: '' },
      { text: 'cổng', format: 0, link: 'https://ubnd.gov.vn' }
    ]);
    expect(blocks[7]!.image).toEqual({ src: 'media:' + HASH, alt: 'Ảnh mô tả', caption: 'Chú thích ảnh' });
  });
});
