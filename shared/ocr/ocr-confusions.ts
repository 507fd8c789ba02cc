// Letters an OCR engine reads where a digit was printed or written: the shapes it confuses most in
// dates and register numbers. Only a run that is plainly a number is repaired, never a word, so
// "ngày 12 tháng 3" keeps its words while "O6/O3/2OO3" becomes "06/03/2003". The other way round,
// for place names: digits read where letters were printed, only inside a word ("Quốc 0ai").

const asDigit: Readonly<Record<string, string>> = {
  O: '0', o: '0', Q: '0', D: '0',
  l: '1', I: '1', i: '1', '|': '1', '!': '1',
  Z: '2', z: '2',
  S: '5', s: '5',
  G: '6', b: '6',
  T: '7',
  B: '8',
  g: '9', q: '9',
};

const separators = /([\s/.,-]+)/;

const isNumeric = (token: string): boolean => token !== '' && [...token].every((ch) => /\d/.test(ch) || ch in asDigit);
const hasDigit = (token: string): boolean => /\d/.test(token);

export interface DigitRepair {
  text: string;
  /** how many characters were read as digits (or, by repairLetters, as letters) */
  fixed: number;
}

/**
 * Reads confusable letters as digits in every token (between / . , - and spaces) made only of digits
 * and such letters that has a real digit in it. With `wholeTokens`, for values that are nothing but
 * numbers (a date, a year), a token of confusable letters alone counts too when another token of
 * the value has a digit ("lO/O3/1987").
 */
export function repairDigits(text: string, options: { wholeTokens: boolean }): DigitRepair {
  const parts = text.split(separators);
  const tokens = parts.filter((_, i) => i % 2 === 0);
  const someDigit = tokens.some((token) => isNumeric(token) && hasDigit(token));
  let fixed = 0;
  const repaired = parts.map((part, i) => {
    if (i % 2 === 1 || !isNumeric(part)) return part;
    if (!hasDigit(part) && !(options.wholeTokens && someDigit)) return part;
    return [...part].map((ch) => {
      const digit = asDigit[ch];
      if (digit === undefined) return ch;
      fixed += 1;
      return digit;
    }).join('');
  });
  return { text: repaired.join(''), fixed };
}

// The other way round: digits an engine reads where a letter of a word was printed ("huyện Quốc 0ai").
const asLetter: Readonly<Record<string, { lower: string; upper: string }>> = {
  '0': { lower: 'o', upper: 'O' },
  '1': { lower: 'l', upper: 'I' },
  '5': { lower: 's', upper: 'S' },
};

// "P3", "Q.10", "F5", "TP5", "KP2": a unit type glued to its number, which the digits belong to.
const abbreviatedNumber = /^(?:t\.?p|t\.?x|t\.?t|k\.?p|[pqfhxt])\.?\d+$/iu;

/**
 * Reads confusable digits as letters inside words made mostly of letters ("0ai" → "Oai",
 * "5ơn" → "Sơn"): capital at the start of a word, small inside it. A number standing alone ("phường 5")
 * and a unit type glued to its number ("P.3", "Q10") keep their digits.
 */
export function repairLetters(text: string): DigitRepair {
  let fixed = 0;
  const repaired = text.replace(/[\p{L}\p{M}\p{N}.]+/gu, (token) => {
    if (abbreviatedNumber.test(token)) return token;
    return token.replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => {
      // A word is mostly letters; "12A" is a number with a letter.
      const count = (pattern: RegExp) => word.match(pattern)?.length ?? 0;
      if (!/[015]/.test(word) || count(/\p{L}/gu) <= count(/\p{N}/gu)) return word;
      return [...word].map((ch, i) => {
        const letter = asLetter[ch];
        if (letter === undefined) return ch;
        fixed += 1;
        return i === 0 ? letter.upper : letter.lower;
      }).join('');
    });
  });
  return { text: repaired, fixed };
}
