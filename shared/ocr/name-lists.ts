// What post-correction knows about Vietnamese names: the surnames in common use, to correct a misread
// surname when one is clearly meant, and the words of common given names, to point at an unusual one.
// Given names are the family's choice: the lists only ever flag them, never change them.
import { cleanText } from '../text/normalize.ts';
import { searchKey } from '../text/search-key.ts';
import { createSpellingList, type SpellingMatch } from './closest-spelling.ts';

export interface NameLists {
  /** one surname per entry, as written ("Nguyễn", "Tôn Thất"), NFC */
  surnames: readonly string[];
  /** given names with their middle names, as written ("Thị Hồng", "Anh Dũng"), NFC */
  givenNames: readonly string[];
}

export interface SurnameReading {
  /** how many words of the name the surname takes ("Tôn Thất Thuyết": 2) */
  words: number;
  /** the surname as the list spells it; null when no listed surname is clearly meant */
  match: SpellingMatch<string> | null;
}

export interface PreparedNameLists {
  surnameOf(words: readonly string[]): SurnameReading;
  isGivenNameWord(word: string): boolean;
}

/** The entries of a name-list file: one per line, blank lines and # comments skipped, NFC, Ð read as Đ. */
export function parseNameList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => cleanText(line).replace(/\u00d0/g, 'Đ').replace(/\u00f0/g, 'đ').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
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
  const givenWords = new Set(lists.givenNames.flatMap((name) => name.split(' ')).map(searchKey));

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
    isGivenNameWord(word) {
      return givenWords.has(searchKey(word));
    },
  };
  prepared.set(lists, index);
  return index;
}
