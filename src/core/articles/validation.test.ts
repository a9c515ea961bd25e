import { describe, expect, it } from 'vitest';
import { normaliseBody } from './validation';

const body = (node: Record<string, unknown>) => ({
  lexicalVersion: '0.52.0',
  json: JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [node] }] } })
});

describe('normaliseBody refuses URLs the editor never stores', () => {
  it.each([
    ['javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['  JaVaScRiPt:alert(1)'],
    ['vbscript:msgbox(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///C:/Windows/win.ini']
  ])('a link to %s', (url) => {
    expect(normaliseBody(body({ type: 'link', url, children: [{ type: 'text', text: 'bấm' }] })).error).toMatch(/liên kết không an toàn/);
  });

  it.each([['data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='], ['javascript:alert(1)'], ['file:///C:/a.png'], ['media:../../etc/passwd'], ['https://longan.gov.vn/anh.jpg']])('an image from %s', (src) => {
    expect(normaliseBody(body({ type: 'image', src, altText: '', caption: '' })).error).toMatch(/ảnh với địa chỉ không hợp lệ/);
  });

  it('refuses a web-image placeholder whose address is not http(s)', () => {
    expect(normaliseBody(body({ type: 'remote-image', url: 'file:///C:/a.png', altText: '', caption: '', reason: '' })).error).toMatch(/ảnh với địa chỉ không hợp lệ/);
  });

  it('keeps web, mail and phone links, workspace and data images and placeholders of web images', () => {
    for (const node of [
      { type: 'link', url: 'https://kientuong.longan.gov.vn/tin', children: [] },
      { type: 'link', url: 'mailto:bbt@longan.gov.vn', children: [] },
      { type: 'autolink', url: 'tel:02723841981', children: [] },
      { type: 'image', src: 'media:' + 'ab'.repeat(32), altText: '', caption: '' },
      { type: 'remote-image', url: 'https://longan.gov.vn/anh.jpg', altText: '', caption: '', reason: '' },
      { type: 'image', src: 'data:image/png;base64,iVBORw0KGgo=', altText: '', caption: '' }
    ]) {
      expect(normaliseBody(body(node)).error).toBeUndefined();
    }
  });
});
