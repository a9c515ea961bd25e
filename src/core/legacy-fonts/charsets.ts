// Legacy Vietnamese font encodings → Unicode NFC. Documents typed before Unicode (TCVN3/ABC fonts such as
// .VnTime, VNI fonts such as VNI-Times) store Vietnamese letters as Latin-1 characters that only the font
// draws as Vietnamese; once pasted or imported that text reads "Hµ Néi" instead of "Hà Nội".
// Office programs hand such text over as the Windows-1252 reading of the font's bytes; every byte either
// chart uses is ≥ 0xA0, where Windows-1252 and Unicode agree, so the code point below is the byte.

export type LegacyCharset = 'tcvn3' | 'vni';

/** Tones in the order of the TCVN 5712:1993 chart: none, huyền, hỏi, ngã, sắc, nặng. */
const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** The vowel with each tone, lower case, in TONE_MARKS order. */
function toned(vowel: string): string[] {
  return TONE_MARKS.map((mark) => (vowel + mark).normalize('NFC'));
}

/**
 * TCVN 5712:1993 VN3 (the ABC fonts): one byte per letter, per vowel in TONE_MARKS order. The chart has no
 * upper-case letters with tones: users switch to the same face with an "H" suffix (.VnTimeH), which draws
 * every letter as a capital, so those runs are upper-cased as a whole.
 */
const TCVN3_VOWELS: Record<(typeof VOWELS)[number], number[]> = {
  a: [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]
};
const TCVN3_OTHERS: [number, string][] = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'], [0xae, 'đ']
];

/**
 * VNI Windows: a base letter followed by a mark character, per vowel in TONE_MARKS order (lower case).
 * Upper case is the same sequence in capitals ("AØ" is À). i, ơ, ư, ỵ and đ have single characters.
 */
const VNI_VOWELS: Record<(typeof VOWELS)[number], string[]> = {
  a: ['a', 'aø', 'aû', 'aõ', 'aù', 'aï'],
  ă: ['aê', 'aè', 'aú', 'aü', 'aé', 'aë'],
  â: ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä'],
  e: ['e', 'eø', 'eû', 'eõ', 'eù', 'eï'],
  ê: ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä'],
  i: ['i', 'ì', 'æ', 'ó', 'í', 'ò'],
  o: ['o', 'oø', 'oû', 'oõ', 'où', 'oï'],
  ô: ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä'],
  ơ: ['ô', 'ôø', 'ôû', 'ôõ', 'ôù', 'ôï'],
  u: ['u', 'uø', 'uû', 'uõ', 'uù', 'uï'],
  ư: ['ö', 'öø', 'öû', 'öõ', 'öù', 'öï'],
  y: ['y', 'yø', 'yû', 'yõ', 'yù', 'î']
};
const VNI_OTHERS: [string, string][] = [['ñ', 'đ']];

function buildTcvn3(): Map<string, string> {
  const map = new Map<string, string>();
  for (const vowel of VOWELS) {
    const letters = toned(vowel);
    TCVN3_VOWELS[vowel].forEach((code, tone) => {
      if (code >= 0x80) map.set(String.fromCharCode(code), letters[tone]!);
    });
  }
  for (const [code, letter] of TCVN3_OTHERS) map.set(String.fromCharCode(code), letter);
  return map;
}

function buildVni(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (legacy: string, letter: string): void => {
    if (legacy === letter) return;
    map.set(legacy, letter);
    map.set(legacy.toUpperCase(), letter.toUpperCase());
  };
  for (const vowel of VOWELS) {
    const letters = toned(vowel);
    VNI_VOWELS[vowel].forEach((legacy, tone) => add(legacy, letters[tone]!));
  }
  for (const [legacy, letter] of VNI_OTHERS) add(legacy, letter);
  return map;
}

/** Legacy character(s) → Unicode letter, for tests and for the converters below. */
export const TCVN3_TABLE: ReadonlyMap<string, string> = buildTcvn3();
export const VNI_TABLE: ReadonlyMap<string, string> = buildVni();

/** TCVN3 text (one character per letter) to Unicode; `upper` for the "H" faces that draw only capitals. */
export function tcvn3ToUnicode(text: string, upper = false): string {
  let out = '';
  for (const ch of text) out += TCVN3_TABLE.get(ch) ?? ch;
  return (upper ? out.toUpperCase() : out).normalize('NFC');
}

/** VNI text to Unicode: a base letter and its mark character become one letter (longest match first). */
export function vniToUnicode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const pair = VNI_TABLE.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    out += VNI_TABLE.get(text[i]!) ?? text[i]!;
    i += 1;
  }
  return out.normalize('NFC');
}
