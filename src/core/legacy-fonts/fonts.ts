// Which legacy encoding a font name stands for, and the conversion of a run typed in that font.
import { tcvn3ToUnicode, vniToUnicode, type LegacyCharset } from './charsets';

export interface LegacyFont {
  charset: LegacyCharset;
  /** TCVN3 "H" faces (.VnTimeH, .VnArialH) draw every letter as a capital. */
  upper: boolean;
}

/**
 * TCVN3/ABC faces are all named ".Vn…" (.VnTime, .VnArial, .VnTimeH…); VNI faces "VNI-…" (VNI-Times,
 * VNI-Helve…). A CSS family list or a quoted name is accepted; only the first family counts, as it is
 * the one the text was drawn with.
 */
export function legacyFont(fontName: string | null | undefined): LegacyFont | null {
  const name = (fontName ?? '').split(',')[0]!.trim().replace(/^["']|["']$/g, '').trim();
  if (/^\.vn/i.test(name)) return { charset: 'tcvn3', upper: /H$/.test(name) };
  if (/^vni[-\s]/i.test(name)) return { charset: 'vni', upper: false };
  return null;
}

/**
 * Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, ạ…ỹ, combining tone marks); a legacy font's text is
 * all Latin-1 and Windows-1252 punctuation, so a run holding one of these was typed in Unicode even though
 * a legacy font is named (Word falls back to another font for them) and must not be converted again.
 * Callers check a whole paragraph: Word splits text into runs, and a run such as "tên" alone cannot tell.
 */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|[\u0300-\u0303]|\u0309|\u0323/;

export function typedInUnicode(texts: readonly string[]): boolean {
  return texts.some((t) => UNICODE_VIETNAMESE.test(t));
}

/** The text of a run drawn in `font`, as Unicode NFC. */
export function convertRun(text: string, font: LegacyFont): string {
  return font.charset === 'tcvn3' ? tcvn3ToUnicode(text, font.upper) : vniToUnicode(text);
}

/** The notice shown after a paste or an import converted `paragraphs` paragraphs. */
export function legacyNotice(paragraphs: number): string {
  return `Đã chuyển ${paragraphs} đoạn từ phông chữ cũ (TCVN3/VNI) sang Unicode.`;
}
