// Registers typed before Unicode reached Vietnamese offices were kept in 8-bit font encodings: the file
// holds ordinary Latin-1 characters that only the matching font draws as Vietnamese. Pasted or imported
// from an old Word or Excel file, such text arrives as "Hµ Néi" (TCVN3) or "Haø Noäi" (VNI). Text that
// is already Unicode, or is French or German, must come through untouched, so recognition rests on
// words that are not Vietnamese as they stand but become Vietnamese syllables once decoded.
import { tcvn3CapitalCodes, tcvn3Letters } from './tcvn3-table.ts';
import { vniLetters } from './vni-table.ts';

export type LegacyEncoding = 'tcvn3' | 'vni';

const encodings: readonly LegacyEncoding[] = ['tcvn3', 'vni'];

// Letters, marks, and all of Latin-1's upper half: its symbols (µ § ¸ × …) are letters in TCVN3.
const wordPattern = /[\p{L}\p{M}\u00A1-\u00FF]+/gu;

// Letters of Unicode Vietnamese that no legacy encoding produces, and the combining marks of NFD text.
const unicodeVietnamese = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]|\p{M}/u;
const beyondLatin1 = /[^\p{ASCII}\u0080-\u00FF]/u;

const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/gu;
// Final k and open "iê", "uô", "ươ" pass for the names of the Central Highlands (Đắk Lắk, Niê, Mlô).
const syllable = new RegExp(
  '^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?(?:' +
    // Vowels ending in a glide take no final consonant.
    '(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu)' +
    // These never end a syllable.
    '|(?:uyê|oă|uâ|oo|ă|â)(?:ch|ng|nh|[ckmnpt])' +
    '|(?:iê|yê|uô|ươ|oa|oe|uê|uy|uơ|[aeêioôơuưy])(?:ch|ng|nh|[ckmnpt])?' +
    ')$',
  'u',
);

/** Whether a word reads as one Vietnamese syllable, in either case and either tone-mark style. */
function isSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(toneMarks) ?? [];
  if (tones.length > 1) return false;
  const bare = decomposed.replace(toneMarks, '').normalize('NFC');
  if (!syllable.test(bare)) return false;
  // A syllable closed by c, ch, k, p or t carries only the acute or the dot below.
  return !/(?:ch|[ckpt])$/.test(bare) || tones[0] === '\u0301' || tones[0] === '\u0323';
}

// "ChÝ" is no Unicode spelling of "chý", whatever its letters: only lower, Title and UPPER case are.
function isNativeWord(word: string): boolean {
  const lower = word.toLowerCase();
  const casing = word === lower || word === word.toUpperCase() || word === word.charAt(0).toUpperCase() + lower.slice(1);
  return casing && isSyllable(word);
}

// An ASCII word that is no Vietnamese syllable ("the", "est") marks the text as another language;
// abbreviations in capitals (UBND, TP) and unaccented Vietnamese ("Nguyen Van An") do not.
function isForeignAsciiWord(word: string): boolean {
  return /[a-z]/.test(word) && /[aeiouy]/i.test(word) && !isSyllable(word);
}

interface Decoded {
  text: string;
  /** Every non-ASCII character belonged to the encoding. */
  complete: boolean;
}

// The capitals font (.VnTimeH) draws the lowercase codes as capitals, so the codes alone cannot tell
// "hµng" from "HµNG". A capital after the first letter marks a word typed in capitals, a small ASCII
// letter one typed in lowercase; "Hµ" or "X·" could be either.
type Tcvn3Casing = 'capitals' | 'lowercase' | undefined;

function tcvn3Casing(word: string): Tcvn3Casing {
  let capitalAfterFirst = false;
  let index = 0;
  for (const ch of word) {
    if (/[a-z]/.test(ch)) return 'lowercase';
    if (index > 0 && (/[A-Z]/.test(ch) || tcvn3CapitalCodes.has(ch))) capitalAfterFirst = true;
    index++;
  }
  return capitalAfterFirst ? 'capitals' : undefined;
}

function decodeTcvn3(word: string, capitals = false): Decoded {
  let text = '';
  let complete = true;
  for (const ch of word) {
    const letter = tcvn3Letters.get(ch);
    if (letter === undefined) {
      if (ch > '\x7f') complete = false;
      text += ch;
    } else {
      text += capitals ? letter.toUpperCase() : letter;
    }
  }
  return { text, complete };
}

// A word that cannot tell its case takes it from the nearest word on its line that can and that has
// a toned letter ("X·" in "CéNG HßA X· HéI" is "XÃ"); abbreviations such as "TP" or "UBND" say nothing
// about the font, and with no such word the lowercase font, the usual one, is assumed.
function convertTcvn3(text: string): string {
  const words = [...text.matchAll(wordPattern)].map((match) => ({ word: match[0], start: match.index }));
  const casings = words.map(({ word }) => tcvn3Casing(word));
  const votes = words.map(({ word }, i) => ([...word].some((ch) => tcvn3Letters.has(ch) && !tcvn3CapitalCodes.has(ch)) ? casings[i] : undefined));
  const newLineBefore = words.map((_, i) => i > 0 && /[\n\r\u2028\u2029]/.test(text.slice(words[i - 1]!.start + words[i - 1]!.word.length, words[i]!.start)));
  // Index of the nearest voting word on the same line, looking back and looking ahead.
  const before: number[] = [];
  for (let i = 0, last = -1; i < words.length; i++) {
    if (newLineBefore[i]) last = -1;
    before.push(last);
    if (votes[i] !== undefined) last = i;
  }
  const after: number[] = [];
  for (let i = words.length - 1, next = -1; i >= 0; i--) {
    after[i] = next;
    if (votes[i] !== undefined) next = i;
    if (newLineBefore[i]) next = -1;
  }
  let result = '';
  let end = 0;
  words.forEach(({ word, start }, i) => {
    const back = before[i]!;
    const ahead = after[i]!;
    const neighbour = back >= 0 && (ahead < 0 || i - back <= ahead - i) ? back : ahead;
    const capitals = (casings[i] ?? votes[neighbour]) === 'capitals';
    result += text.slice(end, start) + (unicodeVietnamese.test(word) ? word : decodeTcvn3(word, capitals).text);
    end = start + word.length;
  });
  return result + text.slice(end);
}

// A modifier follows the case of its base letter: "Aù" is read as "AÙ" (Á).
function inCaseOf(base: string, modifier: string): string {
  return base === base.toLowerCase() ? modifier.toLowerCase() : modifier.toUpperCase();
}

function decodeVni(word: string): Decoded {
  const chars = [...word];
  let text = '';
  let complete = true;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    const pair = next === undefined ? undefined : vniLetters.get(ch + inCaseOf(ch, next));
    if (pair !== undefined) {
      text += pair;
      i++;
      continue;
    }
    const letter = vniLetters.get(ch);
    if (letter === undefined && ch > '\x7f') complete = false;
    text += letter ?? ch;
  }
  return { text, complete };
}

function decode(word: string, encoding: LegacyEncoding): Decoded {
  return encoding === 'tcvn3' ? decodeTcvn3(word) : decodeVni(word);
}

// Evidence a foreign-language word can hardly give by accident. In TCVN3: a code that is a symbol in
// Latin-1, a capital straight after a small letter ("ViÖt") or a small letter between capitals ("NéI").
// In VNI: a word opening with ñ, which is Đ ("Ñaø"), or a vowel followed by a modifier in a way no
// European spelling writes ("Vieät", "Haø"). French "où" or "Loïc" decode too, so count for less.
const distinctiveTcvn3 = /[\u00A1-\u00BF\u00D7\u00F7]|[a-z\u00DF-\u00FF][\u00C0-\u00DE]|[A-Z\u00C0-\u00DE][\u00DF-\u00FF][A-Z\u00C0-\u00DE]/u;
const europeanVniPairs = new Set(['où', 'oû', 'eû', 'aï', 'eï', 'oï', 'uï', 'aé', 'aë', 'aú', 'aü']);

function isDistinctive(word: string, encoding: LegacyEncoding): boolean {
  if (encoding === 'tcvn3') return distinctiveTcvn3.test(word);
  if (/^[ñÑ]/u.test(word)) return true;
  const chars = [...word];
  return chars.some((ch, i) => {
    const next = chars[i + 1];
    if (next === undefined) return false;
    const pair = ch + inCaseOf(ch, next);
    return vniLetters.has(pair) && !europeanVniPairs.has(pair.toLowerCase());
  });
}

interface Tally {
  /** Words that are Vietnamese only once decoded. */
  fits: number;
  /** Words the encoding cannot make Vietnamese. */
  misfits: number;
  /** Distinct fitting words, weighted by how unlikely they are by accident. */
  weight: number;
  seen: Set<string>;
}

/**
 * The legacy encoding the text is typed in, or null when it reads as Unicode, ASCII, another language,
 * or is too short to tell. Mixed text counts as legacy when most of its Vietnamese words are.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const tallies: Record<LegacyEncoding, Tally> = {
    tcvn3: { fits: 0, misfits: 0, weight: 0, seen: new Set() },
    vni: { fits: 0, misfits: 0, weight: 0, seen: new Set() },
  };
  // Unicode Vietnamese words and foreign ASCII words: evidence against every encoding.
  let unlike = 0;
  for (const [word] of text.matchAll(wordPattern)) {
    const length = [...word].length;
    // One character says too little: "é", "ö", "©", "×".
    if (length < 2) continue;
    if (unicodeVietnamese.test(word)) {
      unlike++;
      continue;
    }
    if (/^\p{ASCII}+$/u.test(word)) {
      if (isForeignAsciiWord(word)) unlike++;
      continue;
    }
    if (beyondLatin1.test(word)) continue;
    const native = isNativeWord(word);
    const readings = encodings.map((encoding) => {
      const decoded = decode(word, encoding);
      return { encoding, readable: decoded.complete && isSyllable(decoded.text), changed: decoded.text !== word };
    });
    // "Thuû" is "Thuỷ" in TCVN3 and "Thủ" in VNI: a word both read tells them apart no better than chance.
    const ambiguous = readings.every(({ readable, changed }) => readable && changed);
    for (const { encoding, readable, changed } of readings) {
      const tally = tallies[encoding];
      if (!readable) {
        tally.misfits++;
      } else if (changed && !native) {
        tally.fits++;
        if (!tally.seen.has(word)) {
          tally.seen.add(word);
          tally.weight += ambiguous || !isDistinctive(word, encoding) ? 1 : length >= 3 ? 3 : 2;
        }
      }
    }
  }
  // Enough evidence is one long distinctive word ("ViÖt"), a short one and another ("Hµ Néi"), or three
  // ordinary ones; and the encoding must read more words than speak against it.
  const margins = encodings
    .map((encoding) => ({ encoding, tally: tallies[encoding] }))
    .filter(({ tally }) => tally.weight >= 3 && tally.fits > tally.misfits + unlike)
    .map(({ encoding, tally }) => ({ encoding, margin: tally.fits - tally.misfits }))
    .sort((a, b) => b.margin - a.margin);
  const [best, runnerUp] = margins;
  if (best === undefined || (runnerUp !== undefined && runnerUp.margin === best.margin)) return null;
  return best.encoding;
}

/**
 * The text read as the given legacy encoding, in NFC. Words already holding Unicode Vietnamese letters
 * are kept as they are, so text mixing the two comes out whole.
 */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  const converted = encoding === 'tcvn3' ? convertTcvn3(text) : text.replace(wordPattern, (word) => (unicodeVietnamese.test(word) ? word : decodeVni(word).text));
  return converted.normalize('NFC');
}

/** Detects and converts; the text comes back unchanged when no legacy encoding is recognised. */
export function toUnicode(text: string): { text: string; converted: LegacyEncoding | null } {
  const encoding = detectLegacyEncoding(text);
  return encoding === null ? { text, converted: null } : { text: convertLegacy(text, encoding), converted: encoding };
}
