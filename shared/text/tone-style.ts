// Two placements of the tone mark are both correct Vietnamese and both appear in registers: on the second
// vowel of an open "oa", "oe" or "uy" ("hoà", "khoẻ", "thuý") or on the first ("hòa", "khỏe", "thúy").
// Values are kept as the clerk wrote them; this converts only when asked, and compares across the two.

/**
 * 'new' puts the mark on the main vowel, the second (hoà, thuý, khoẻ: Unikey's "dấu mới");
 * 'old' on the first (hòa, thúy, khỏe), the traditional placement.
 */
export type ToneStyle = 'old' | 'new';

const tone = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';

// Matched in NFD, where a letter's marks follow it. The pair must stand alone: no vowel or mark before
// it (so not "ươ…"), no "q" before "uy" ("quý" is qu + ý, its mark never moves), and nothing after it
// ("hoàng", "khoắng", "quyết", "khuỷu" mark the second vowel in both styles).
const openPair = new RegExp(`(?<![aeiouyq\\p{M}])(o(?=${tone}?[ae])|u(?=${tone}?y))(${tone}?)([aey])(${tone}?)(?![\\p{L}\\p{M}])`, 'giu');

/** The text in NFC with the tone marks of open oa, oe and uy placed in the given style. */
export function toToneStyle(text: string, style: ToneStyle): string {
  return text
    .normalize('NFD')
    .replace(openPair, (pair, first: string, firstMark: string, second: string, secondMark: string) => {
      const mark = firstMark || secondMark;
      // No mark, or one on each vowel (a typo): nothing to move.
      if (mark === '' || (firstMark !== '' && secondMark !== '')) return pair;
      return style === 'new' ? first + second + mark : first + mark + second;
    })
    .normalize('NFC');
}

/** Whether two texts differ at most in tone-mark placement (and Unicode normalization form). */
export function sameIgnoringToneStyle(a: string, b: string): boolean {
  return toToneStyle(a, 'old') === toToneStyle(b, 'old');
}
