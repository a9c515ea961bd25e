// Amounts in Vietnamese words for the "Bằng chữ" line of a payment list ("Một triệu hai trăm năm mươi
// nghìn đồng"). Conventions (the usual ones of Vietnamese accounting documents):
// - tens: "mười" for 10–19, "mươi" from 20; units after a ten: "mốt" for 1 (from 21), "lăm" for 5
//   ("mười lăm", "hai mươi lăm"), "tư" is NOT used for 4 (always "bốn");
// - a zero tens digit before a unit is "linh" (105 "một trăm linh năm"); we pick "linh" over the
//   southern "lẻ" and use it everywhere;
// - inside a larger number a group below 100 is read with "không trăm" (1.005.000 "một triệu không trăm
//   linh năm nghìn"); groups that are all zero are left out (1.000.005 "một triệu không trăm linh năm");
// - scales: nghìn, triệu, tỷ; beyond that "nghìn tỷ", "triệu tỷ" (whole đồng stay below 2^53).
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', 'nghìn', 'triệu', 'tỷ'];

/** A group of three digits (0–999); `full` reads hundreds even when zero ("không trăm"). */
function readGroup(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds]!, 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh', DIGITS[units]!);
    else if (units > 0) words.push(DIGITS[units]!);
    return words;
  }
  words.push(tens === 1 ? 'mười' : `${DIGITS[tens]!} mươi`);
  if (units === 1) words.push(tens === 1 ? 'một' : 'mốt');
  else if (units === 5) words.push('lăm');
  else if (units > 0) words.push(DIGITS[units]!);
  return words;
}

/** A non-negative integer in words, lower case: 21 → "hai mươi mốt". */
export function numberToVietnameseWords(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Not a whole non-negative amount: ${value}`);
  if (value === 0) return DIGITS[0]!;
  // Split into groups of three from the right; "tỷ" repeats for each further three groups.
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    const isTopGroup = i === groups.length - 1;
    if (g === 0) {
      // A billions place of all-zero groups still needs its "tỷ" when a higher group was read (1.000.000.000.000 "một nghìn tỷ").
      if (i % 3 === 0 && i > 0 && hasReadAbove(groups, i)) words.push('tỷ');
      continue;
    }
    words.push(...readGroup(g, !isTopGroup));
    const scale = i === 0 ? '' : i % 3 === 0 ? 'tỷ' : SCALES[i % 3]!;
    if (scale) words.push(scale);
  }
  return words.join(' ');
}

/** Whether the groups just above `i` (up to the next "tỷ") held something: then "tỷ" must still be said at `i`. */
function hasReadAbove(groups: readonly number[], i: number): boolean {
  for (let j = i + 1; j < groups.length && j < i + 3; j++) if (groups[j]! > 0) return true;
  return false;
}

/** "Một triệu hai trăm năm mươi nghìn đồng": capitalised, with the currency. */
export function amountInWords(dong: number): string {
  const words = numberToVietnameseWords(dong);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} đồng`;
}
