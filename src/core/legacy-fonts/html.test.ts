import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { convertLegacyFontsInHtml } from './html';
import { legacyFont } from './fonts';

const parse = (html: string): Document => new JSDOM(html).window.document;

describe('legacy font names', () => {
  it('recognises TCVN3 (.Vn…) and VNI (VNI-…) faces, quoted or in a CSS list, and only those', () => {
    expect(legacyFont('.VnTime')).toEqual({ charset: 'tcvn3', upper: false });
    expect(legacyFont('".VnTimeH", serif')).toEqual({ charset: 'tcvn3', upper: true });
    expect(legacyFont("'.VnArialH'")).toEqual({ charset: 'tcvn3', upper: true });
    expect(legacyFont('.VnArial Narrow')).toEqual({ charset: 'tcvn3', upper: false });
    expect(legacyFont('VNI-Times')).toEqual({ charset: 'vni', upper: false });
    expect(legacyFont('"VNI-Helve",sans-serif')).toEqual({ charset: 'vni', upper: false });
    for (const other of ['Times New Roman', 'Arial, .VnTime', 'Vnimportant', 'Verdana', '', null]) expect(legacyFont(other)).toBeNull();
  });
});

describe('convertLegacyFontsInHtml (Word clipboard HTML)', () => {
  it('converts only the runs in legacy fonts and counts the paragraphs that changed', () => {
    const doc = parse(
      `<p class=MsoNormal><span style='font-size:14pt;font-family:".VnTime",serif'>Hµ Néi</span> và Huế</p>` +
        `<p class=MsoNormal><font face="VNI-Times">Ñaø Naüng</font>, <span style="font-family:'Times New Roman'">Hµ Néi giữ nguyên</span></p>` +
        `<p>Đoạn Unicode bình thường: Hµ Néi không đổi</p>`
    );
    expect(convertLegacyFontsInHtml(doc)).toBe(2);
    const paragraphs = Array.from(doc.querySelectorAll('p')).map((p) => p.textContent);
    expect(paragraphs).toEqual(['Hà Nội và Huế', 'Đà Nẵng, Hµ Néi giữ nguyên', 'Đoạn Unicode bình thường: Hµ Néi không đổi']);
  });

  it('uses the font the nearest element declares: a Unicode span inside a legacy paragraph stays', () => {
    const doc = parse(`<p style="font-family:.VnTime">ViÖt <span style="font-family:Arial">Việt</span> <b>Nam</b> ®Êt</p>`);
    convertLegacyFontsInHtml(doc);
    expect(doc.body.textContent).toBe('Việt Việt Nam đất');
  });

  it('reads the Normal style font from Word’s <style> block and upper-cases the H faces', () => {
    const doc = parse(
      `<html><head><style><!-- /* Style Definitions */ p.MsoNormal, li.MsoNormal {mso-style-name:Normal; font-size:13pt; font-family:".VnTime",serif;}
       .MsoTitle {font-family:".VnTimeH"} --></style></head>` +
        `<body><p class=MsoNormal>Uû ban nh©n d©n</p><p class="MsoTitle">th«ng b¸o</p><p>Hµ Néi</p></body></html>`
    );
    expect(convertLegacyFontsInHtml(doc)).toBe(2);
    expect(Array.from(doc.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['Uỷ ban nhân dân', 'THÔNG BÁO', 'Hµ Néi']);
  });

  it('leaves Unicode Vietnamese that sits in a legacy-font run (typed with Unikey in a .VnTime template)', () => {
    const doc = parse(
      `<p style="font-family:.VnTime">Cộng hòa xã hội chủ nghĩa Việt Nam, <span>Có tên</span></p>` +
        `<p style="font-family:VNI-Times">Đà Nẵng</p><p style="font-family:.VnTime">Hµ Néi</p>`
    );
    expect(convertLegacyFontsInHtml(doc)).toBe(1);
    expect(Array.from(doc.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['Cộng hòa xã hội chủ nghĩa Việt Nam, Có tên', 'Đà Nẵng', 'Hà Nội']);
  });

  it('returns 0 and changes nothing when no legacy font is named', () => {
    const html = `<p style="font-family:Calibri">Cộng hòa xã hội chủ nghĩa Việt Nam — ½ µ ©</p>`;
    const doc = parse(html);
    expect(convertLegacyFontsInHtml(doc)).toBe(0);
    expect(doc.body.innerHTML).toBe(parse(html).body.innerHTML);
  });
});
