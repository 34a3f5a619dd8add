const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

/**
 * A text with its Arabic digits written in Thai digits, as official memos write them (the seed's
 * memo: "พ.ศ.๒๕๖๘", "๙๔.๕๐"). Tables of figures keep Arabic digits.
 *
 * @example thaiDigits("คะแนนรวม 94.50 ปี 2568") //=> "คะแนนรวม ๙๔.๕๐ ปี ๒๕๖๘"
 */
export function thaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)] as string);
}
