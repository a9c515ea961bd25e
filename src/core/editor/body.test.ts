import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import {
  bodyStats,
  bodyToHtml,
  bodyToPlainText,
  emptyBody,
  htmlToBody,
  isSafeLinkUrl,
  LEXICAL_VERSION,
  textToBody
} from './body';
import { $isTableNode, $setTableRowIsHeader } from '@lexical/table';
import { $getRoot } from 'lexical';
import type { Body } from '../../shared/article';
import { normalizeLinkInput } from './links';
import { createBodyEditor } from './headless';
import { bodyFromState, readBodyState } from './bodyState';

const parse = (html: string): Document => new JSDOM(html).window.document;
const HASH = 'ab'.repeat(32);

describe('body JSON and plain text', () => {
  it('stores the Lexical version and an empty paragraph for a new body', () => {
    const body = emptyBody();
    expect(body.lexicalVersion).toBe(LEXICAL_VERSION);
    expect(bodyToPlainText(body)).toBe('');
    expect(bodyStats(body)).toEqual({ words: 0, photos: 0, pages: 0, imageHashes: [] });
    expect(bodyToHtml(body)).toBe('');
  });

  it('round-trips every node type through JSON unchanged', () => {
    const html =
      '<h2>Tiêu đề</h2><p>Xin <strong>chào</strong> <a href="https://ubnd.gov.vn">cổng</a></p>' +
      '<ul><li>một</li></ul><ol><li>hai</li></ol><blockquote>trích dẫn</blockquote>' +
      '<table><tr><td>ô 1</td><td>ô 2</td></tr></table>' +
      `<figure><img src="media:${HASH}" alt="Ảnh mô tả"><figcaption>Chú thích ảnh</figcaption></figure>`;
    const body = htmlToBody(html, parse);
    const json = JSON.parse(body.json);
    const again = htmlToBody(bodyToHtml(body), parse);
    expect(JSON.parse(again.json)).toEqual(json);
    const types = (json.root.children as { type: string }[]).map((c) => c.type);
    expect(types).toEqual(['heading', 'paragraph', 'list', 'list', 'quote', 'table', 'image']);
    const image = json.root.children[6];
    expect(image).toMatchObject({ type: 'image', version: 1, src: `media:${HASH}`, altText: 'Ảnh mô tả', caption: 'Chú thích ảnh' });
  });

  it('gives plain text with blocks separated by blank lines, including table cells and captions', () => {
    const body = htmlToBody(
      '<p>Đoạn một</p><h3>Mục</h3><ul><li>ý a</li><li>ý b</li></ul>' +
        '<table><tr><td>Ô trái</td><td>Ô phải</td></tr></table>' +
        '<figure><img src="https://a.vn/x.png" alt=""><figcaption>Lễ khai mạc</figcaption></figure><p>Dòng 1<br>Dòng 2</p>',
      parse
    );
    expect(bodyToPlainText(body)).toBe('Đoạn một\n\nMục\n\ný a\n\ný b\n\nÔ trái\n\nÔ phải\n\nLễ khai mạc\n\nDòng 1\nDòng 2');
  });

  it('counts words, photos, pages and workspace image hashes', () => {
    const words = Array.from({ length: 600 }, (_, i) => `từ${i}`).join(' ');
    const body = htmlToBody(
      `<p>${words}</p><img src="media:${HASH}" alt="a"><img src="media:${HASH}" alt="b"><img src="https://x.vn/a.jpg" alt="c">`,
      parse
    );
    const stats = bodyStats(body);
    expect(stats.words).toBe(600);
    expect(stats.photos).toBe(3);
    // 600/500 + 3/3 = 2.2 → 3 pages
    expect(stats.pages).toBe(3);
    expect(stats.imageHashes).toEqual([HASH]);
    expect(bodyStats(textToBody('Một câu ngắn.')).pages).toBe(1);
  });

  it('turns text into one paragraph per non-blank line, NFC-normalised', () => {
    const nfd = 'Việt Nam'.normalize('NFD');
    const body = textToBody(`${nfd}\r\n\r\nDòng hai\n   \nDòng ba`);
    expect(bodyToPlainText(body)).toBe('Việt Nam\n\nDòng hai\n\nDòng ba');
    expect(bodyToPlainText(body)).toBe(bodyToPlainText(body).normalize('NFC'));
  });
});

describe('bodyToHtml', () => {
  it('moves the headings below a given level, keeping their order and alignment (a bulletin article under its h3 title)', () => {
    const body = htmlToBody('<h2 style="text-align:center">Phần một</h2><p>a</p><h3>Mục 1.1</h3><p>b</p><h2>Phần hai</h2>', parse);
    expect(bodyToHtml(body, { headingsBelow: 3 })).toBe(
      '<h4 style="text-align: center;">Phần một</h4><p>a</p><h5>Mục 1.1</h5><p>b</p><h4>Phần hai</h4>'
    );
    // A body that starts with a lower heading is moved just enough; headings never go past h6 nor up.
    expect(bodyToHtml(htmlToBody('<h3>Ba</h3>', parse), { headingsBelow: 3 })).toBe('<h4>Ba</h4>');
    expect(bodyToHtml(htmlToBody('<h2>Hai</h2><h3>Ba</h3>', parse), { headingsBelow: 5 })).toBe('<h6>Hai</h6><h6>Ba</h6>');
    expect(bodyToHtml(htmlToBody('<h3>Ba</h3>', parse), { headingsBelow: 1 })).toBe('<h3>Ba</h3>');
    expect(bodyToHtml(htmlToBody('<h2>Hai</h2>', parse))).toBe('<h2>Hai</h2>');
  });

  it('exports clean semantic HTML for every node type', () => {
    const body = htmlToBody(
      '<h1>H1</h1><h2 style="text-align:center">Giữa</h2><h3>H3</h3>' +
        '<p style="text-align: justify"><b>đậm</b> <i>nghiêng</i> <u>gạch</u> <a href="mailto:a@b.vn">thư</a></p>' +
        '<ul><li>a<ul><li>a1</li></ul></li></ul><ol><li>b</li></ol><blockquote>q</blockquote>' +
        '<table><tr><th>Cột</th></tr><tr><td>Giá trị</td></tr></table>' +
        `<figure><img src="media:${HASH}" alt="Mô tả"><figcaption>Chú thích</figcaption></figure>` +
        '<p><img src="https://x.vn/y.png" alt="Không chú thích"></p>',
      parse
    );
    const html = bodyToHtml(body, { resolveImageSrc: (src) => src.replace('media:', '/media/') });
    expect(html).toContain('<h1>H1</h1>');
    expect(html).toContain('<h2 style="text-align: center;">Giữa</h2>');
    expect(html).toContain('<h3>H3</h3>');
    expect(html).toContain(
      '<p style="text-align: justify;"><strong>đậm</strong> <em>nghiêng</em> <u>gạch</u> <a href="mailto:a@b.vn">thư</a></p>'
    );
    expect(html).toMatch(/<ul><li>a<ul><li>a1<\/li><\/ul><\/li><\/ul>/);
    expect(html).toContain('<ol><li>b</li></ol>');
    expect(html).toContain('<blockquote>q</blockquote>');
    expect(html).toMatch(/<table><tbody><tr><th scope="col">.*Cột.*<\/th><\/tr><tr><td>.*Giá trị.*<\/td><\/tr><\/tbody><\/table>/);
    expect(html).toContain(`<figure><img src="/media/${HASH}" alt="Mô tả"><figcaption>Chú thích</figcaption></figure>`);
    // A web image is never exported as <img>: it is a placeholder until downloaded into the workspace.
    expect(html).toContain('<p>[Ảnh chưa tải về: x.vn]</p>');
    expect(html).not.toContain('https://x.vn');
    expect(html).not.toMatch(/class=|white-space|data-lexical|<span/);
  });

  it('exports alt text apart from the caption: a decorative image as alt="", a missing alt as no attribute', () => {
    const image = (extra: Record<string, unknown>) =>
      ({ type: 'image', version: 1, src: 'https://x.vn/y.png', caption: 'Chú thích', ...extra }) as Record<string, unknown>;
    const bodyOf = (...images: Record<string, unknown>[]): Body => ({
      lexicalVersion: LEXICAL_VERSION,
      json: JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: images } })
    });
    // A document saved before `decorative` existed keeps loading, as a non-decorative image.
    const html = bodyToHtml(bodyOf(image({ altText: 'Cầu Mới' }), image({ altText: '' }), image({ altText: 'bỏ qua', decorative: true })));
    expect(html).toBe(
      '<figure><img src="https://x.vn/y.png" alt="Cầu Mới"><figcaption>Chú thích</figcaption></figure>' +
        '<figure><img src="https://x.vn/y.png"><figcaption>Chú thích</figcaption></figure>' +
        '<figure><img src="https://x.vn/y.png" alt=""><figcaption>Chú thích</figcaption></figure>'
    );
    const again = JSON.parse(bodyFromState(readBodyState(bodyOf(image({ altText: 'Cầu Mới' }), image({ altText: '', decorative: true })))).json);
    expect(again.root.children[0]).not.toHaveProperty('decorative');
    expect(again.root.children[1]).toMatchObject({ decorative: true, altText: '' });
  });

  it('exports a header row switched on or off after import (the table menu) as <th> or <td> cells', () => {
    const body = htmlToBody('<table><tr><td>Hạng mục</td><td>Số tiền</td></tr><tr><td>Đường</td><td>120</td></tr></table>', parse);
    expect(bodyToHtml(body)).not.toContain('<th');
    const withHeader = setFirstRowHeader(body, true);
    expect(bodyToHtml(withHeader)).toMatch(/<tr><th[^>]*>.*Hạng mục.*<\/th><th[^>]*>.*Số tiền.*<\/th><\/tr><tr><td>.*Đường/);
    expect(bodyToHtml(setFirstRowHeader(withHeader, false))).not.toContain('<th');
  });
});

/** What the table menu's "Hàng tiêu đề" does, applied to a stored body with @lexical/table's own helper. */
function setFirstRowHeader(body: Body, isHeader: boolean): Body {
  const editor = createBodyEditor();
  editor.setEditorState(readBodyState(body));
  editor.update(() => $setTableRowIsHeader($getRoot().getChildren().find($isTableNode)!, 0, isHeader), { discrete: true });
  return bodyFromState(editor.getEditorState());
}

describe('htmlToBody cleaning', () => {
  it('turns Word list paragraphs into real nested lists without the bullet glyphs', () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:"";}</style></head><body>
<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->
<div class=WordSection1>
<p class=MsoNormal style='mso-margin-top-alt:auto'><span lang=VI style='font-size:13.0pt;mso-bidi-font-family:"Times New Roman"'>Mở đầu<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Thứ nhất<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:1.0in;mso-add-space:auto;text-indent:-.25in;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Ý con<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><b><span lang=VI>Thứ hai</span></b><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]-->Bước một</p>
<p class=MsoListParagraphCxSpLast style='text-indent:-.25in;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]-->Bước hai</p>
</div></body></html>`;
    const body = htmlToBody(word, parse);
    const html = bodyToHtml(body);
    expect(html).toBe(
      '<p>Mở đầu</p>' +
        '<ul><li>Thứ nhất<ul><li>Ý con</li></ul></li><li><strong>Thứ hai</strong></li></ul>' +
        '<ol><li>Bước một</li><li>Bước hai</li></ol>'
    );
    expect(body.json).not.toMatch(/mso-|Mso|font-family|·/);
  });

  it('removes the Google Docs wrapper and keeps bold/italic from its styled spans', () => {
    const gdocs =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234abcd-7fff-1111-2222-333344445555">' +
      '<p dir="ltr" style="line-height:1.38;margin-top:0pt;"><span style="font-size:11pt;font-family:Arial;color:#000000;font-weight:700;">Đậm</span>' +
      '<span style="font-size:11pt;font-family:Arial;font-weight:400;"> thường </span>' +
      '<span style="font-size:11pt;font-style:italic;">nghiêng</span></p>' +
      '<ul style="margin-top:0;"><li dir="ltr" style="list-style-type:disc;"><p dir="ltr" role="presentation"><span style="font-size:11pt;">Mục</span></p></li></ul></b>';
    const body = htmlToBody(gdocs, parse);
    expect(bodyToHtml(body)).toBe('<p><strong>Đậm</strong> thường <em>nghiêng</em></p><ul><li>Mục</li></ul>');
    expect(body.json).not.toMatch(/font-size|Arial|docs-internal/);
  });

  it('cleans LibreOffice HTML: font tags and paragraph styles go, lists and alignment stay', () => {
    const libre =
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head><meta name="generator" content="LibreOffice 7.4">' +
      '<style type="text/css">p { margin-bottom: 0.25cm; line-height: 115% }</style></head><body lang="vi-VN" dir="ltr">' +
      '<h2 class="western"><font face="Times New Roman, serif">Thông báo</font></h2>' +
      '<p align="center" style="margin-bottom: 0cm; line-height: 100%"><font face="Times New Roman, serif"><font size="3" style="font-size: 13pt"><b>Căn giữa</b></font></font></p>' +
      '<ol><li><p style="margin-bottom: 0cm; line-height: 100%"><font face="Times New Roman, serif">Bước một</font></p></li>' +
      '<li><p style="margin-bottom: 0cm; line-height: 100%"><font face="Times New Roman, serif">Bước hai</font></p></li></ol>' +
      '</body></html>';
    const body = htmlToBody(libre, parse);
    expect(bodyToHtml(body)).toBe(
      '<h2>Thông báo</h2><p style="text-align: center;"><strong>Căn giữa</strong></p><ol><li>Bước một</li><li>Bước hai</li></ol>'
    );
  });

  it('keeps only http, https, mailto and tel links; others become plain text', () => {
    const body = htmlToBody(
      '<p><a href="https://a.vn">web</a> <a href="tel:+842363">gọi</a> <a href="javascript:alert(1)">xấu</a> ' +
        '<a href="file:///C:/x.doc">tệp</a> <a href=" JaVaScRiPt:alert(1)">xấu2</a> <a name="_Toc1">mốc</a></p>',
      parse
    );
    const html = bodyToHtml(body);
    expect(html).toBe('<p><a href="https://a.vn">web</a> <a href="tel:+842363">gọi</a> xấu tệp xấu2 mốc</p>');
  });

  it('drops images Word points at local files and keeps web images as placeholders to download', () => {
    const body = htmlToBody('<p>A<img src="file:///C:/Users/x/clip_image001.png">B</p><p><img src="https://a.vn/b.jpg" alt="b"></p>', parse);
    expect(bodyStats(body).photos).toBe(1);
    const placeholder = (JSON.parse(body.json).root.children as { type: string }[]).find((c) => c.type === 'remote-image');
    expect(placeholder).toMatchObject({ type: 'remote-image', url: 'https://a.vn/b.jpg', altText: 'b', reason: '' });
    expect(body.json).not.toMatch(/"src":"https?:/);
    expect(bodyToPlainText(body)).toBe('AB');
  });

  it('splits a paragraph around an inline image so the image stands on its own', () => {
    const body = htmlToBody('<p>Trước <a href="https://a.vn">liên <img src="https://a.vn/b.jpg" alt="b"> kết</a> sau</p>', parse);
    const types = (JSON.parse(body.json).root.children as { type: string }[]).map((c) => c.type);
    expect(types).toEqual(['paragraph', 'remote-image', 'paragraph']);
    expect(bodyToPlainText(body)).toBe('Trước liên\n\nkết sau');
  });

  it('normalises NFD input to NFC, including text written as character references', () => {
    const nfd = 'Thành phố Đà Nẵng'.normalize('NFD');
    const body = htmlToBody(`<p>${nfd}</p><p>Hoa&#x300;</p>`, parse);
    const text = bodyToPlainText(body);
    expect(text).toBe('Thành phố Đà Nẵng\n\nHoà');
    expect(body.json).toContain('Thành phố Đà Nẵng');
    expect(body.json).not.toContain(nfd);
  });
});

describe('links', () => {
  it('accepts only http, https, mailto and tel', () => {
    expect(isSafeLinkUrl('https://ubnd.danang.gov.vn/tin')).toBe(true);
    expect(isSafeLinkUrl('http://a.vn')).toBe(true);
    expect(isSafeLinkUrl('mailto:bbt@a.gov.vn')).toBe(true);
    expect(isSafeLinkUrl('tel:02363123456')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://a.vn', 'www.a.vn', '', 'java\tscript:x', 'https://']) {
      expect(isSafeLinkUrl(bad)).toBe(false);
    }
  });

  it('completes a bare host to https and refuses other schemes', () => {
    expect(normalizeLinkInput('www.danang.gov.vn')).toBe('https://www.danang.gov.vn');
    expect(normalizeLinkInput('danang.gov.vn/tin-tuc')).toBe('https://danang.gov.vn/tin-tuc');
    expect(normalizeLinkInput('javascript:alert(1)')).toBeNull();
    expect(normalizeLinkInput('chữ thường')).toBeNull();
  });
});
