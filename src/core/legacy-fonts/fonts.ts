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

/** The text of a run drawn in `font`, as Unicode NFC. */
export function convertRun(text: string, font: LegacyFont): string {
  return font.charset === 'tcvn3' ? tcvn3ToUnicode(text, font.upper) : vniToUnicode(text);
}

/** The notice shown after a paste or an import converted `paragraphs` paragraphs. */
export function legacyNotice(paragraphs: number): string {
  return `Đã chuyển ${paragraphs} đoạn từ phông chữ cũ (TCVN3/VNI) sang Unicode.`;
}
