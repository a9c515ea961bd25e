import { describe, expect, it } from 'vitest';
import { TCVN3_TABLE, VNI_TABLE, tcvn3ToUnicode, vniToUnicode } from './charsets';

// Every Vietnamese letter with a diacritic or tone: 12 vowels × 6 tones, lower and upper case, and đ/Đ.
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const LOWER = [...VOWELS.flatMap((v) => MARKS.map((m) => (v + m).normalize('NFC'))), 'đ'].filter((l) => !/^[aeiouy]$/.test(l));
const ALL = [...LOWER, ...LOWER.map((l) => l.toUpperCase())];

describe('TCVN3 (TCVN 5712:1993 VN3, the .VnTime fonts)', () => {
  it('decodes every position of the chart (expected text from the C library iconv TCVN5712-1)', () => {
    const chart = '¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ';
    expect(tcvn3ToUnicode(chart)).toBe('ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ');
  });

  it('covers every lower-case Vietnamese letter exactly once, and the H faces give every capital', () => {
    const decoded = [...TCVN3_TABLE.values()].filter((l) => l === l.toLowerCase());
    expect(new Set(decoded).size).toBe(decoded.length);
    expect(new Set(decoded)).toEqual(new Set(LOWER));
    const capitals = [...TCVN3_TABLE.keys()].map((k) => tcvn3ToUnicode(k, true));
    expect(new Set(capitals)).toEqual(new Set(LOWER.map((l) => l.toUpperCase())));
  });

  it('converts real sentences; the H faces draw everything, plain letters included, as capitals', () => {
    expect(tcvn3ToUnicode('Céng hßa x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(tcvn3ToUnicode('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(tcvn3ToUnicode('quyÕt ®Þnh sè 12/Q§-UBND')).toBe('quyết định số 12/QĐ-UBND');
    expect(tcvn3ToUnicode('ñy ban nh©n d©n thÞ x·', true)).toBe('ỦY BAN NHÂN DÂN THỊ XÃ');
  });

  it('leaves ASCII as it is and always returns NFC', () => {
    expect(tcvn3ToUnicode('Ngay 07/06/2021, 16:00 (A-Z a-z)!')).toBe('Ngay 07/06/2021, 16:00 (A-Z a-z)!');
    const out = tcvn3ToUnicode('ViÖt Hµ Néi');
    expect(out).toBe(out.normalize('NFC'));
    expect(out.normalize('NFD')).not.toBe(out);
  });
});

describe('VNI Windows (VNI-Times fonts: a base letter followed by a mark character)', () => {
  // The VNI chart, per vowel: no tone, huyền, hỏi, ngã, sắc, nặng.
  const CHART: [string, string][] = [
    ['a aø aû aõ aù aï', 'a à ả ã á ạ'],
    ['aê aè aú aü aé aë', 'ă ằ ẳ ẵ ắ ặ'],
    ['aâ aà aå aã aá aä', 'â ầ ẩ ẫ ấ ậ'],
    ['e eø eû eõ eù eï', 'e è ẻ ẽ é ẹ'],
    ['eâ eà eå eã eá eä', 'ê ề ể ễ ế ệ'],
    ['i ì æ ó í ò', 'i ì ỉ ĩ í ị'],
    ['o oø oû oõ où oï', 'o ò ỏ õ ó ọ'],
    ['oâ oà oå oã oá oä', 'ô ồ ổ ỗ ố ộ'],
    ['ô ôø ôû ôõ ôù ôï', 'ơ ờ ở ỡ ớ ợ'],
    ['u uø uû uõ uù uï', 'u ù ủ ũ ú ụ'],
    ['ö öø öû öõ öù öï', 'ư ừ ử ữ ứ ự'],
    ['y yø yû yõ yù î', 'y ỳ ỷ ỹ ý ỵ'],
    ['ñ', 'đ']
  ];
  const UPPER_CHART: [string, string][] = [
    ['A AØ AÛ AÕ AÙ AÏ', 'A À Ả Ã Á Ạ'],
    ['AÊ AÈ AÚ AÜ AÉ AË', 'Ă Ằ Ẳ Ẵ Ắ Ặ'],
    ['AÂ AÀ AÅ AÃ AÁ AÄ', 'Â Ầ Ẩ Ẫ Ấ Ậ'],
    ['E EØ EÛ EÕ EÙ EÏ', 'E È Ẻ Ẽ É Ẹ'],
    ['EÂ EÀ EÅ EÃ EÁ EÄ', 'Ê Ề Ể Ễ Ế Ệ'],
    ['I Ì Æ Ó Í Ò', 'I Ì Ỉ Ĩ Í Ị'],
    ['O OØ OÛ OÕ OÙ OÏ', 'O Ò Ỏ Õ Ó Ọ'],
    ['OÂ OÀ OÅ OÃ OÁ OÄ', 'Ô Ồ Ổ Ỗ Ố Ộ'],
    ['Ô ÔØ ÔÛ ÔÕ ÔÙ ÔÏ', 'Ơ Ờ Ở Ỡ Ớ Ợ'],
    ['U UØ UÛ UÕ UÙ UÏ', 'U Ù Ủ Ũ Ú Ụ'],
    ['Ö ÖØ ÖÛ ÖÕ ÖÙ ÖÏ', 'Ư Ừ Ử Ữ Ứ Ự'],
    ['Y YØ YÛ YÕ YÙ Î', 'Y Ỳ Ỷ Ỹ Ý Ỵ'],
    ['Ñ', 'Đ']
  ];

  it.each([...CHART, ...UPPER_CHART])('decodes the chart row %s', (vni, unicode) => {
    expect(vniToUnicode(vni)).toBe(unicode);
  });

  it('gives every Vietnamese letter, lower and upper case, from exactly one VNI spelling (both ways)', () => {
    const spellings = new Map<string, string[]>();
    for (const [legacy, letter] of VNI_TABLE) spellings.set(letter, [...(spellings.get(letter) ?? []), legacy]);
    // ì and í are the same characters in VNI and in Unicode, so they need no entry.
    const expected = ALL.filter((l) => !['ì', 'í', 'Ì', 'Í'].includes(l));
    expect(new Set(spellings.keys())).toEqual(new Set(expected));
    for (const [letter, legacy] of spellings) {
      expect(legacy, letter).toHaveLength(1);
      expect(vniToUnicode(legacy[0]!)).toBe(letter);
    }
  });

  it('converts real sentences in both cases to NFC', () => {
    expect(vniToUnicode('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(vniToUnicode('Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(vniToUnicode('UÛY BAN NHAÂN DAÂN THÒ XAÕ')).toBe('ỦY BAN NHÂN DÂN THỊ XÃ');
    expect(vniToUnicode('thöôøng tröïc, ngöôøi, khuyeán khích')).toBe('thường trực, người, khuyến khích');
    const out = vniToUnicode('Vieät');
    expect(out).toBe(out.normalize('NFC'));
  });

  it('leaves ASCII and a stray mark character as they are (nothing is dropped)', () => {
    expect(vniToUnicode('Ngay 07/06/2021 (A-Z a-z)')).toBe('Ngay 07/06/2021 (A-Z a-z)');
    expect(vniToUnicode('ø')).toBe('ø');
  });
});
