// Some register tables are printed in a monospace font that cannot stack a tone mark on a vowel that
// already carries a circumflex, breve or horn. The page then shows the tone beside the vowel, as a
// spacing accent in the column of the following space ("Hô`Văn" for "Hồ Văn"), or over the next
// consonant ("Nguyêñ" for "Nguyễn"), and OCR reads exactly that. Both are put back where Vietnamese
// writes the tone. Where OCR instead read the marked consonant as a toned vowel ("Tuâá" for "Tuấn"), no
// rule can tell which letter was printed: such spellings, which Vietnamese never has, are only detected
// (shared/text/vietnamese-syllables.ts).
import { anyTone, lettersOf, toneMarks, toneOf, vowelModifier, type Tone } from '../text/vietnamese-syllables.ts';

const allTones = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const horn = '\u031b';

// The spacing forms of the tones, as a font or OCR prints them beside the letter. "ˀ" (modifier glottal
// stop) is the shape of a hook above standing alone.
const spacingAccents: Readonly<Record<string, Tone>> = {
  '`': 'grave', '\u02cb': 'grave',
  '\u00b4': 'acute', '\u02ca': 'acute',
  '~': 'tilde', '\u02dc': 'tilde',
  '\u02c0': 'hook',
};

const baseOf = (letter: string | undefined): string => (letter ?? '').charAt(0).toLowerCase();
const isVowel = (letter: string | undefined): boolean => baseOf(letter) !== '' && 'aeiouy'.includes(baseOf(letter));

/** The index of the letter that carries the syllable's tone, by the rules of Vietnamese spelling; -1 if it has no vowel. */
function toneCarrier(letters: readonly string[]): number {
  let start = 0;
  while (start < letters.length && !isVowel(letters[start])) start++;
  // The u of "qu" and the i of "gi" before another vowel belong to the initial consonant (quốc, giữa).
  if (start === 1 && isVowel(letters[start + 1]) && ((baseOf(letters[0]) === 'q' && baseOf(letters[1]) === 'u') || (baseOf(letters[0]) === 'g' && baseOf(letters[1]) === 'i'))) {
    start++;
  }
  let end = start;
  while (end < letters.length && isVowel(letters[end])) end++;
  if (end === start) return -1;
  const vowels = Array.from({ length: end - start }, (_, i) => start + i);
  // ơ in "ươ" (người), else the vowel with a circumflex, breve or horn (Tuấn, Nguyễn, mưa).
  const hornedO = vowels.find((i) => baseOf(letters[i]) === 'o' && letters[i]!.includes(horn));
  if (hornedO !== undefined) return hornedO;
  const modified = vowels.find((i) => vowelModifier.test(letters[i]!));
  if (modified !== undefined) return modified;
  // Before a final consonant the last vowel (hoàng, toán); in an open syllable the middle of three
  // (ngoài, khuỷu), else the first (múa, hòa in the traditional placement).
  if (end < letters.length) return end - 1;
  return vowels.length === 3 ? vowels[1]! : vowels[0]!;
}

/** A syllable written without a tone, with `tone` on the vowel Vietnamese spelling puts it on (NFC). */
export function placeTone(syllable: string, tone: Tone): string {
  const letters = lettersOf(syllable);
  const at = toneCarrier(letters);
  if (at < 0) return syllable.normalize('NFC');
  letters[at] += toneMarks[tone];
  return letters.join('').normalize('NFC');
}

export interface MarkRepair {
  text: string;
  /** how many tones were put back */
  moved: number;
}

const accentAfterVowel = new RegExp(`([\\p{L}\\p{M}]*[aeiouyAEIOUY][\\u0302\\u0306\\u031b]?)([${Object.keys(spacingAccents).join('')}])(?=(\\p{L})?)`, 'gu');

/**
 * A vowel followed by a spacing accent ("Hô`") takes that tone ("Hồ"), when its word has none yet. A
 * letter right after the accent starts the next word: the accent was printed where the space was.
 */
export function attachSpacingAccents(text: string): MarkRepair {
  let moved = 0;
  const repaired = text.normalize('NFD').replace(accentAfterVowel, (all, word: string, accent: string, next: string | undefined) => {
    if (anyTone.test(word)) return all;
    moved += 1;
    const letters = lettersOf(word);
    letters[letters.length - 1] += toneMarks[spacingAccents[accent]!];
    return letters.join('') + (next === undefined ? '' : ' ');
  });
  return { text: repaired.normalize('NFC'), moved };
}

const finalConsonants = new Set(['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/** Where the tone of a word sits on its final consonant ("Nguyêñ"), the word with the tone on its vowel. */
function moveToneOffFinal(word: string): string | null {
  const letters = lettersOf(word);
  const toned = letters.flatMap((letter, i) => (toneOf(letter) === null ? [] : [i]));
  if (toned.length !== 1) return null;
  const at = toned[0]!;
  const lastVowel = letters.reduce((last, letter, i) => (isVowel(letter) ? i : last), -1);
  if (lastVowel < 0 || at <= lastVowel) return null;
  const final = letters.slice(lastVowel + 1);
  if (!finalConsonants.has(final.map(baseOf).join(''))) return null;
  const tone = toneOf(letters[at]!)!;
  letters[at] = letters[at]!.replace(allTones, '');
  return placeTone(letters.join(''), tone);
}

/** Every word whose only tone sits on its final consonant, with the tone moved to its vowel. */
export function moveDisplacedTones(text: string): MarkRepair {
  let moved = 0;
  const repaired = text.normalize('NFD').replace(/[\p{L}\p{M}]+/gu, (word) => {
    const fixed = moveToneOffFinal(word);
    if (fixed === null) return word;
    moved += 1;
    return fixed.normalize('NFD');
  });
  return { text: repaired.normalize('NFC'), moved };
}

/** Both repairs: spacing accents first, then tones on final consonants. */
export function restoreDisplacedMarks(text: string): MarkRepair {
  const attached = attachSpacingAccents(text);
  const moved = moveDisplacedTones(attached.text);
  return { text: moved.text, moved: attached.moved + moved.moved };
}

const quoteLike = /["“”„‟″'‘’`´]/u;

/**
 * Whether a toneless â ê ô ă ơ ư ends a word right before a quote ("Lê”"): the font printed a tone there
 * that the engine read as a quote, so the word lacks its tone.
 */
export function hasToneReadAsQuote(text: string): boolean {
  const decomposed = text.normalize('NFD');
  for (const match of decomposed.matchAll(/[\p{L}\p{M}]+/gu)) {
    const letters = lettersOf(match[0]);
    const last = letters.at(-1);
    const after = decomposed.charAt(match.index + match[0].length);
    if (isVowel(last) && vowelModifier.test(last!) && quoteLike.test(after) && !letters.some((letter) => toneOf(letter) !== null)) return true;
  }
  return false;
}
