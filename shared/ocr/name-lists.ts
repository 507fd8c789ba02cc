// What post-correction knows about the words registers write: the surnames in common use (commonest
// first), to correct a misread surname when one is clearly meant; the words of common given names, boys'
// and girls', to point at an unusual one or at a rare one a mark away from a common one ("Kiểu" where
// "Kiều" is common); and the semi-closed lists of causes of death and of a declarant's relations.
// Given names are the family's choice: the lists only ever flag them, never change them.
import type { Sex } from '../domain/sex.ts';
import { editDistance } from '../text/edit-distance.ts';
import { cleanText } from '../text/normalize.ts';
import { compactSearchKey, searchKey } from '../text/search-key.ts';
import { toToneStyle } from '../text/tone-style.ts';
import { createSpellingList, type SpellingList, type SpellingMatch } from './closest-spelling.ts';

export interface NameLists {
  /** one surname per entry, as written ("Nguyễn", "Tôn Thất"), NFC, the commonest first */
  surnames: readonly string[];
  /** given names with their middle names, as written ("Thị Hồng", "Anh Dũng"), NFC, boys' and girls' */
  givenNames: Readonly<Record<Sex, readonly string[]>>;
  /** causes of death as registers write them ("Tai nạn giao thông"), NFC */
  causesOfDeath: readonly string[];
  /** a declarant's relation to the person registered ("cha", "bà ngoại"), NFC */
  relations: readonly string[];
}

export interface SurnameReading {
  /** how many words of the name the surname takes ("Tôn Thất Thuyết": 2) */
  words: number;
  /** the surname as the list spells it; null when no listed surname is clearly meant */
  match: SpellingMatch<string> | null;
}

export interface PreparedNameLists {
  surnameOf(words: readonly string[]): SurnameReading;
  /** a surname of the list's head one mark away from `surname`, a listed one far down the list ("Hờ": "Hồ"); else null */
  commonerSurname(surname: string): string | null;
  isGivenNameWord(word: string): boolean;
  /**
   * For a word of a given name that the lists hold once at most (for someone of `sex`, when known), the
   * word one mark away that many of their names hold ("Kiểu": "Kiều", "Thụ": "Thu"); else null.
   */
  commonerGivenWord(word: string, sex: Sex | null): string | null;
  /** For a word no given name holds, whatever its marks, the commonest listed word one letter away; else null. */
  nearestGivenWord(word: string): string | null;
  causesOfDeath: SpellingList<string>;
  relations: SpellingList<string>;
}

/** The entries of a list file: one per line, blank lines and # comments skipped, NFC, Ð read as Đ. */
export function parseNameList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => cleanText(line).replace(/\u00d0/g, 'Đ').replace(/\u00f0/g, 'đ').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

// The middle names of most women and men in the registers' years, which the given-name lists (today's
// names) hardly hold: "Thi" is there, "Thị" is not.
const commonMiddleNames: Readonly<Record<Sex, string>> = { male: 'Văn', female: 'Thị' };

// A given-name word held by at most this many names is rare, and one held by at least `common` names of
// the same sex is common: the lists hold about 1,250 names of each sex.
const rare = 1;
const common = 5;
// The surnames of most Vietnamese lie in the list's first 30; those below the 60th are rare, or common
// only among a minority people.
const commonSurnames = 30;
const rareSurnamesFrom = 60;

/** A word as the lists are compared with marks: lower case, tone marks in one placement, decomposed. */
const markForm = (word: string): string => toToneStyle(word.toLowerCase(), 'old').normalize('NFD');

/** The listed spellings one mark away from a word: same letters, one mark added, dropped or changed. */
function oneMarkAway(word: string, spellings: ReadonlyMap<string, readonly string[]>): string[] {
  const form = markForm(word);
  return (spellings.get(compactSearchKey(word)) ?? []).filter((spelling) => editDistance(form, markForm(spelling), 1) === 1);
}

const prepared = new WeakMap<NameLists, PreparedNameLists>();

/** Indexes the lists once; later calls with the same lists return the same index. */
export function prepareNameLists(lists: NameLists): PreparedNameLists {
  const known = prepared.get(lists);
  if (known) return known;
  const lengths = [...new Set(lists.surnames.map((s) => s.split(' ').length))].sort((a, b) => b - a);
  // A surname of one word may be corrected by one letter; a short one (Lê, Hà, Võ) only in its marks,
  // since one letter away from it lie too many others.
  const surnames = createSpellingList(
    lists.surnames.map((surname) => ({ item: surname, spellings: [surname] })),
    (length) => (length >= 3 ? 1 : 0),
  );
  const surnameRank = new Map(lists.surnames.map((surname, rank) => [markForm(surname), rank]));
  const surnamesByKey = groupByKey(lists.surnames);

  // How many names of each sex hold each word, by its marked form; each spelling once, under its key.
  const counts = { male: new Map<string, number>(), female: new Map<string, number>() };
  const spellings = new Map<string, string>();
  for (const sex of ['male', 'female'] as const) {
    for (const name of lists.givenNames[sex]) {
      for (const word of new Set(name.split(' '))) {
        const form = markForm(word);
        counts[sex].set(form, (counts[sex].get(form) ?? 0) + 1);
        if (!spellings.has(form)) spellings.set(form, word);
      }
    }
  }
  for (const sex of ['male', 'female'] as const) {
    const form = markForm(commonMiddleNames[sex]);
    counts[sex].set(form, Number.POSITIVE_INFINITY);
    spellings.set(form, commonMiddleNames[sex]);
  }
  const givenByKey = groupByKey([...spellings.values()]);
  const givenKeys = new Set([...spellings.values()].map(searchKey));
  const countOf = (word: string, sex: Sex | null): number => {
    const form = markForm(word);
    return sex === null ? (counts.male.get(form) ?? 0) + (counts.female.get(form) ?? 0) : counts[sex].get(form) ?? 0;
  };
  const commonest = (words: readonly string[], sex: Sex | null): { word: string; count: number } | null => {
    const ranked = words.map((word) => ({ word, count: countOf(word, sex) })).sort((a, b) => b.count - a.count);
    const [first, second] = ranked;
    // Two as common: no single word is meant.
    return first === undefined || (second !== undefined && second.count === first.count) ? null : first;
  };
  const semiClosed = (entries: readonly string[]) => createSpellingList(entries.map((entry) => ({ item: entry, spellings: [entry] })));

  const index: PreparedNameLists = {
    surnameOf(words) {
      for (const length of lengths) {
        if (length > words.length) continue;
        const match = surnames.closest(words.slice(0, length).join(' '));
        // Several words are taken as one surname only when they are written as it ("Tôn Thất").
        if (match && length > 1 && match.kind === 'near') continue;
        if (match && match.spelling.split(' ').length === length) return { words: length, match };
      }
      return { words: Math.min(1, words.length), match: null };
    },
    commonerSurname(surname) {
      const rank = surnameRank.get(markForm(surname));
      if (rank === undefined || rank < rareSurnamesFrom) return null;
      const head = oneMarkAway(surname, surnamesByKey).filter((other) => surnameRank.get(markForm(other))! < commonSurnames);
      return head.length === 1 ? head[0]! : null;
    },
    isGivenNameWord(word) {
      return givenKeys.has(searchKey(word));
    },
    commonerGivenWord(word, sex) {
      if (countOf(word, sex) > rare) return null;
      const best = commonest(oneMarkAway(word, givenByKey), sex);
      return best !== null && best.count >= common ? best.word : null;
    },
    nearestGivenWord(word) {
      const key = compactSearchKey(word);
      if (key.length < 3) return null;
      const near = [...givenByKey].filter(([other]) => editDistance(key, other, 1) === 1).flatMap(([, words]) => words);
      return commonest(near, null)?.word ?? null;
    },
    causesOfDeath: semiClosed(lists.causesOfDeath),
    relations: semiClosed(lists.relations),
  };
  prepared.set(lists, index);
  return index;
}

/** The words under their compact search key ("Kiều", "Kiểu" under "kieu"). */
function groupByKey(words: readonly string[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const word of words) byKey.set(compactSearchKey(word), [...(byKey.get(compactSearchKey(word)) ?? []), word]);
  return byKey;
}
