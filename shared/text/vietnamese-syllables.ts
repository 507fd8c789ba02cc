// Whether a written word can be a Vietnamese syllable, by the rules of Vietnamese spelling rather than a
// list of words: an initial consonant (with the gh/ngh/k before i e ê y and qu rules), an optional
// medial o or u, a vowel nucleus (one vowel, or the diphthongs iê/yê/ia/ya, uô/ua, ươ/ưa), an optional
// final consonant or semivowel, and a tone that fits: a syllable ending in p, t, c or ch takes only the
// sắc or nặng tone. OCR misreads yield words these rules exclude ("sôt", "xuât", "Tuâá"); a right
// reading of a Vietnamese word never is. Words of minority languages and loans (Krông Pắc, Jrai, HMông)
// break them too: callers accept those through their own lists (the place table, the ethnic groups,
// the name lists), never by loosening the rules here.

export type Tone = 'grave' | 'acute' | 'tilde' | 'hook' | 'dot';

export const toneMarks: Readonly<Record<Tone, string>> = { grave: '\u0300', acute: '\u0301', tilde: '\u0303', hook: '\u0309', dot: '\u0323' };
export const anyTone = /[\u0300\u0301\u0303\u0309\u0323]/u;
// Circumflex (â ê ô), breve (ă), horn (ơ ư): the marks that make a vowel another vowel.
export const vowelModifier = /[\u0302\u0306\u031b]/u;

/** A letter with its combining marks, in NFD. */
export const lettersOf = (word: string): string[] => word.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? [];
export const toneOf = (letter: string): Tone | null => {
  const mark = anyTone.exec(letter)?.[0];
  return mark === undefined ? null : (Object.keys(toneMarks) as Tone[]).find((tone) => toneMarks[tone] === mark) ?? null;
};

/** Why a word cannot be a Vietnamese syllable. */
export type SyllableProblem =
  /** a letter Vietnamese does not have (f, j, w, z, ñ, ä …) */
  | 'letter'
  /** more than one tone mark */
  | 'tones'
  /** a tone mark on a consonant */
  | 'tone-on-consonant'
  /** a syllable ending in p, t, c or ch with another tone than sắc or nặng ("sôt", "xuât") */
  | 'tone-and-final'
  /** a tone on a vowel that does not carry it ("Tuâá", "hóan") */
  | 'tone-placement'
  /** no initial consonant, vowel and final of Vietnamese make it up ("kan", "ghu", "nge", "minhloan") */
  | 'spelling';

const letters = new Set([...'abcdđeghiklmnopqrstuvxy']);
const vowelLetters = 'aăâeêioôơuưy';
const modified: Readonly<Record<string, string>> = { 'a\u0302': 'â', 'a\u0306': 'ă', 'e\u0302': 'ê', 'o\u0302': 'ô', 'o\u031b': 'ơ', 'u\u031b': 'ư' };

// Initial consonants as written, longest first so "ngh" is tried before "ng" and "n". "qu" carries its
// u; "gi" before a vowel is one consonant, and before ê it stands for gi + iê (giếng).
const onsets = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'x', ''];

type Codas = readonly string[];

// Each nucleus with the finals it takes. ă and â never end a syllable, ia/ua/ưa never take a final
// (iê/uô/ươ do), ch and nh follow only a, ê, i and y.
const rhymes: Readonly<Record<string, Codas>> = {
  a: ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'o', 'u', 'y'],
  ă: ['c', 'm', 'n', 'ng', 'p', 't'],
  â: ['c', 'm', 'n', 'ng', 'p', 't', 'u', 'y'],
  e: ['', 'c', 'm', 'n', 'ng', 'o', 'p', 't'],
  ê: ['', 'ch', 'm', 'n', 'nh', 'p', 't', 'u'],
  i: ['', 'ch', 'm', 'n', 'nh', 'p', 't', 'u'],
  y: [''],
  o: ['', 'c', 'm', 'n', 'ng', 'p', 't', 'i'],
  // xoong, moóc: the long o of words Vietnamese took in
  oo: ['c', 'ng'],
  ô: ['', 'c', 'm', 'n', 'ng', 'p', 't', 'i'],
  ơ: ['', 'm', 'n', 'p', 't', 'i'],
  u: ['', 'c', 'm', 'n', 'ng', 'p', 't', 'i'],
  ư: ['', 'c', 'm', 'ng', 't', 'u', 'i'],
  iê: ['c', 'm', 'n', 'ng', 'p', 't', 'u'],
  ia: [''],
  uô: ['c', 'm', 'n', 'ng', 't', 'i'],
  ua: [''],
  ươ: ['c', 'm', 'n', 'ng', 'p', 't', 'i', 'u'],
  ưa: [''],
};

// After no initial consonant, iê is written yê (yên, yêu).
const { iê: _iê, ...withoutIê } = rhymes;
const rhymesAlone: Readonly<Record<string, Codas>> = { ...withoutIê, yê: ['m', 'n', 'ng', 't', 'u'] };

// After a medial o (hoa, khoắn, khoẻ) and a medial u (tuân, huế, thuở, thuý, khuya, uyên).
const afterMedialO: Readonly<Record<string, Codas>> = {
  a: ['', 'c', 'ch', 'i', 'm', 'n', 'ng', 'nh', 'o', 'p', 't', 'y'],
  ă: ['c', 'm', 'n', 'ng', 't'],
  e: ['', 'm', 'n', 'o', 't'],
};
const afterMedialU: Readonly<Record<string, Codas>> = {
  â: ['n', 'ng', 't', 'y'],
  ê: ['', 'ch', 'n', 'nh', 't'],
  ơ: [''],
  y: ['', 'ch', 'n', 'nh', 'p', 't', 'u'],
  yê: ['n', 't'],
  ya: [''],
};
// After qu, whose u is the medial: qua, quăn, quân, que, quê, qui, quy, quyên, quơ, quốc, and the
// southern quới.
const afterQu: Readonly<Record<string, Codas>> = {
  ...afterMedialU,
  ơ: ['', 'i'],
  a: ['', 'c', 'ch', 'i', 'm', 'n', 'ng', 'nh', 'o', 't', 'u', 'y'],
  ă: ['c', 'm', 'n', 'ng', 't'],
  e: ['', 'n', 'ng', 'o', 't'],
  i: ['', 'ch', 'nh', 't'],
  ô: ['c'],
};

const frontVowels = new Set(['i', 'e', 'ê', 'y']);
const stops = new Set(['p', 't', 'c', 'ch']);
const diphthongs = new Set(['iê', 'yê', 'uô', 'ươ']);

interface Parse {
  /** where a tone may stand, as indices into the toneless word */
  tonePlaces: readonly number[];
  coda: string;
}

/** The parses of a rhyme (what follows the initial) that start at `offset` of the word. */
function* rhymeParses(rhyme: string, offset: number, onset: string): Generator<Parse> {
  const tables: [string, Readonly<Record<string, Codas>>][] = onset === 'qu'
    ? [['', afterQu]]
    : [['', onset === '' ? rhymesAlone : rhymes], ['o', afterMedialO], ['u', afterMedialU]];
  for (const [medial, table] of tables) {
    if (!rhyme.startsWith(medial)) continue;
    for (const [nucleus, codas] of Object.entries(table)) {
      if (!rhyme.startsWith(nucleus, medial.length)) continue;
      const coda = rhyme.slice(medial.length + nucleus.length);
      if (!codas.includes(coda)) continue;
      const first = rhyme.charAt(0);
      if (!fitsOnset(onset, first, medial)) continue;
      const at = offset + medial.length;
      const places = diphthongs.has(nucleus) ? [at + 1] : nucleus === 'oo' ? [at, at + 1] : [at];
      // An open oa, oe, uy takes its tone on either vowel: hòa and hoà, thúy and thuý.
      if (medial !== '' && coda === '' && (nucleus === 'a' || nucleus === 'e' || nucleus === 'y')) places.push(offset);
      yield { tonePlaces: places, coda };
    }
  }
}

/** The spelling rules between an initial and the first letter after it. */
function fitsOnset(onset: string, first: string, medial: string): boolean {
  switch (onset) {
    case 'k': return medial === '' && frontVowels.has(first);
    case 'c': return medial === '' && !frontVowels.has(first);
    case 'gh': case 'ngh': return medial === '' && first !== 'y' && frontVowels.has(first);
    case 'g': return first !== 'e' && first !== 'ê' && first !== 'y';
    case 'ng': return !frontVowels.has(first);
    case 'gi': return medial === '' && first !== 'i';
    default: return true;
  }
}

/** Every way the toneless word (lower case, NFC) splits into an initial and a rhyme. */
function* parses(word: string): Generator<Parse> {
  for (const onset of onsets) {
    if (!word.startsWith(onset)) continue;
    const rhyme = word.slice(onset.length);
    if (onset === 'gi' && (rhyme === '' || rhyme.startsWith('ê'))) {
      // gì, gìn: the i is the vowel; giếng: gi + iê, the i written once.
      yield* rhymeParses(`i${rhyme}`, onset.length - 1, 'gi-i');
      continue;
    }
    yield* rhymeParses(rhyme, onset.length, onset);
  }
}

/** Why `word` (letters only: no spaces, hyphens or apostrophes) cannot be a Vietnamese syllable, or null if it can. */
export function syllableProblem(word: string): SyllableProblem | null {
  let plain = '';
  const tones: { tone: Tone; at: number }[] = [];
  for (const [i, letter] of lettersOf(word.toLowerCase()).entries()) {
    const base = letter.charAt(0);
    const marks = [...letter.slice(1)];
    if (!letters.has(base)) return 'letter';
    const modifiers = marks.filter((mark) => vowelModifier.test(mark));
    if (marks.some((mark) => !vowelModifier.test(mark) && !anyTone.test(mark))) return 'letter';
    if (modifiers.length > 1) return 'letter';
    const symbol = modifiers.length === 0 ? base : modified[base + modifiers[0]!];
    if (symbol === undefined) return 'letter';
    plain += symbol;
    for (const mark of marks) {
      const tone = toneOf(mark);
      if (tone !== null) tones.push({ tone, at: i });
    }
  }
  if (tones.length > 1) return 'tones';
  const tone = tones[0];
  if (tone !== undefined && !vowelLetters.includes(plain.charAt(tone.at))) return 'tone-on-consonant';
  let problem: SyllableProblem = 'spelling';
  for (const parse of parses(plain)) {
    if (tone !== undefined && !parse.tonePlaces.includes(tone.at)) {
      problem = 'tone-placement';
      continue;
    }
    if (stops.has(parse.coda) && tone?.tone !== 'acute' && tone?.tone !== 'dot') {
      if (problem !== 'tone-placement') problem = 'tone-and-final';
      continue;
    }
    return null;
  }
  return problem;
}

export interface ImpossibleWord {
  /** the word as written */
  word: string;
  problem: SyllableProblem;
}

const vowels = /[aeiouyăâêôơư]/iu;
const romanNumeral = /^[IVXLC]+$/u;

/**
 * The words of `text` that cannot be Vietnamese syllables and that `accepted` (a list's own words) does
 * not take. Words are runs of letters: a hyphen, apostrophe or space separates them ("Ê-đê", "H'Mông").
 * A run without a vowel in capitals or before a full stop is an abbreviation or an initial ("TP.",
 * "HCM", "P.3"), and capital Roman numerals are numbers ("Phường IV"): neither is a syllable.
 */
export function impossibleWords(text: string, accepted: (word: string) => boolean = () => false): ImpossibleWord[] {
  const found: ImpossibleWord[] = [];
  for (const match of text.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = match[0];
    const abbreviation = !vowels.test(word.normalize('NFD')) && (word === word.toUpperCase() || text.charAt(match.index + word.length) === '.');
    if (abbreviation || romanNumeral.test(word)) continue;
    const problem = syllableProblem(word);
    if (problem !== null && !accepted(word)) found.push({ word, problem });
  }
  return found;
}
