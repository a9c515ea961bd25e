import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html';
import { sanitizeHtml } from './sanitize';

const HASH = 'ab'.repeat(32);

describe('sanitizeHtml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', /onerror/],
    ['<script>alert(1)</script><p>ok</p>', /script/],
    ['<a href="javascript:alert(1)">x</a>', /javascript/],
    ['<a href="java&#x09;script:alert(1)">x</a>', /script:/],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', /script/i],
    ['<svg><g onload="alert(1)"></g></svg>', /svg|onload/],
    ['<iframe src="https://evil.example"></iframe>', /iframe/],
    ['<form action="https://evil.example"><input name=a></form>', /form|input/],
    ['<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">', /svg/],
    ['<p style="background:url(javascript:alert(1));text-align:center">x</p>', /background|javascript/],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:/],
    ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', /javascript|math/],
    ['<p onclick="alert(1)">x</p>', /onclick/],
    ['<img src="file:///C:/Users/a.png">', /file:/],
    ['<object data="x.swf"></object><embed src="x.swf">', /object|embed/],
    ['<style>p{color:red}</style><p>x</p>', /style>/]
  ])('neutralises %s', (input, forbidden) => {
    const out = sanitizeHtml(input);
    expect(out).not.toMatch(forbidden);
    const doc = parseHtml(out);
    expect(doc.querySelectorAll('script, iframe, object, embed, form, svg, style').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
    }
  });

  it('keeps the editor schema: headings, lists, tables, safe links, workspace images and alignment', () => {
    const html =
      `<h2>Tiêu đề</h2><p style="text-align: center; color: red">Căn <strong>giữa</strong> <em>nghiêng</em> <u>gạch</u></p>` +
      `<ul><li>Một</li></ul><ol><li>Hai</li></ol><blockquote>Trích</blockquote>` +
      `<table><thead><tr><th colspan="2">A</th></tr></thead><tbody><tr><td rowspan="1">B</td></tr></tbody></table>` +
      `<a href="https://longan.gov.vn" title="Tỉnh">web</a> <a href="mailto:a@b.vn">mail</a> <a href="tel:0272">tel</a> <a href="/tin-tuc">tương đối</a>` +
      `<figure><img src="media:${HASH}" alt="Ảnh"><figcaption>Chú thích</figcaption></figure>` +
      `<img src="data:image/png;base64,iVBORw0KGgo=" alt="png">`;
    const doc = parseHtml(sanitizeHtml(html));
    expect(doc.querySelector('h2')?.textContent).toBe('Tiêu đề');
    expect(doc.querySelector('p')?.getAttribute('style')).toBe('text-align: center');
    expect(doc.querySelectorAll('strong, em, u, ul li, ol li, blockquote, th[colspan="2"], td').length).toBe(8);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://longan.gov.vn', 'mailto:a@b.vn', 'tel:0272', '/tin-tuc']);
    expect([...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([`media:${HASH}`, 'data:image/png;base64,iVBORw0KGgo=']);
    expect(doc.querySelector('figcaption')?.textContent).toBe('Chú thích');
  });

  it('keeps what accessibility needs: the fragment’s lang, header cells’ scope, a decorative image’s empty alt', () => {
    const doc = parseHtml(sanitizeHtml('<div lang="vi"><table><tr><th scope="col">Xã</th></tr></table><img src="https://a.vn/h.png" alt=""></div>'));
    expect(doc.querySelector('div')?.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('th')?.getAttribute('scope')).toBe('col');
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('');
  });
});
