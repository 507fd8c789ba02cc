// The words that the app's own lists hold: the name lists, the causes of death and relations, the ethnic
// groups, the nationalities and every name the place table has had. Words of minority languages and
// loans ("Krông Pắc", "Jrai", "Ksor") break the rules of Vietnamese spelling; a word one of these lists
// holds, with its marks, is accepted as written wherever it appears, since registers name people and
// places with them.
import { ethnicities } from '../domain/ethnicities.ts';
import { nationalities } from '../domain/nationalities.ts';
import type { PlaceIndex } from '../places/place-index.ts';
import { toToneStyle } from '../text/tone-style.ts';
import type { NameLists } from './name-lists.ts';

/** A word as the lists are compared with it: lower case, NFC, tone marks in one placement. */
const wordForm = (word: string): string => toToneStyle(word.toLowerCase(), 'old');

const wordsOf = (texts: Iterable<string>): Set<string> => {
  const words = new Set<string>();
  for (const text of texts) for (const [word] of text.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)) words.add(wordForm(word));
  return words;
};

const domainWords = wordsOf([
  ...ethnicities.flatMap((e) => [e.name, ...e.aliases]),
  ...nationalities.flatMap((n) => [n.name.vi, ...n.aliases]),
]);
const listWords = new WeakMap<NameLists, Set<string>>();
const placeWords = new WeakMap<PlaceIndex, Set<string>>();

/** Whether `word` is a word of the lists or the place table, as written up to case and tone placement. Each is read once. */
export function isKnownWord(word: string, lists: NameLists, places: PlaceIndex | undefined): boolean {
  let names = listWords.get(lists);
  if (names === undefined) {
    names = wordsOf([...lists.surnames, ...lists.givenNames.male, ...lists.givenNames.female, ...lists.causesOfDeath, ...lists.relations]);
    listWords.set(lists, names);
  }
  let placeNames = places === undefined ? undefined : placeWords.get(places);
  if (places !== undefined && placeNames === undefined) {
    placeNames = wordsOf([...places.table.versions.map((v) => v.name), ...places.table.aliases.map((a) => a.text)]);
    placeWords.set(places, placeNames);
  }
  const form = wordForm(word);
  return domainWords.has(form) || names.has(form) || (placeNames?.has(form) ?? false);
}
