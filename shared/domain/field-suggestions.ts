// What a field offers while the clerk types: the units of the register's date for a place, the 54 groups
// for an ethnicity, states for a nationality, surnames while a name is still at its surname. Matching
// ignores diacritics, case and hyphens, so "nguyen" offers "Nguyễn" and "binh chanh" "Xã Bình Chánh":
// a clerk can type without marks and take the spelling from the list.
import { parsePlaceText, placeNameKey } from '../places/place-text.ts';
import type { PlaceResolver } from '../places/place-resolver.ts';
import { createNameIndex, type NameIndex } from '../text/name-index.ts';
import { normalizeFieldValue } from '../text/normalize.ts';
import { searchKey } from '../text/search-key.ts';
import { suggestEthnicities } from './ethnicities.ts';
import { suggestNationalities } from './nationalities.ts';
import type { FieldType } from './record-kinds.ts';

export interface FieldSuggestion {
  /** the field's text once the suggestion is taken */
  value: string;
  /** shown beside it: a code, the other name that matched, the years a unit existed */
  detail?: string;
  /** a place's unit version: taking the suggestion is choosing that unit */
  placeKey?: string;
  /** false when the clerk goes on typing after taking it (a surname, then the given name) */
  complete: boolean;
}

export type SurnameIndex = NameIndex<string>;

/** The surname list (most common first) indexed once for suggestions. */
export function createSurnameIndex(surnames: readonly string[]): SurnameIndex {
  return createNameIndex(surnames.map((surname) => ({ item: surname, names: [surname], aliases: [] })));
}

export interface SuggestionSources {
  /** the place table and the date the entry's places are read on; null while either is unknown */
  places?: { resolver: PlaceResolver; date: string } | null;
  surnames?: SurnameIndex | null;
}

export const suggestionLimit = 8;

const years = (from: string | null, to: string | null) => `${from?.slice(0, 4) ?? '…'}–${to?.slice(0, 4) ?? ''}`;

function placeSuggestions(text: string, places: NonNullable<SuggestionSources['places']>): FieldSuggestion[] {
  const segments = parsePlaceText(text);
  const first = segments.findIndex((segment) => !segment.locality);
  if (first < 0) return [];
  // "Thôn 3, xã Bình Chánh": the hamlet stays as written in front of the unit taken.
  const hamlet = segments.slice(0, first).map((segment) => segment.text);
  // Parents already written narrow the list: "Bình Chánh, Hóc Môn" offers only units within Hóc Môn.
  const parents = segments.slice(first + 1).filter((segment) => !segment.locality && segment.key !== '');
  return places.resolver
    .suggest(segments[first]!.text, { date: places.date, limit: parents.length > 0 ? 50 : suggestionLimit })
    .filter((unit) => {
      const above = placeNameKey(unit.path.slice(unit.fullName.length));
      return parents.every((parent) => above.includes(parent.key));
    })
    .slice(0, suggestionLimit)
    .map((unit) => ({ value: [...hamlet, unit.path].join(', '), detail: years(unit.validFrom, unit.validTo), placeKey: unit.key, complete: true }));
}

function surnameSuggestions(text: string, surnames: SurnameIndex): FieldSuggestion[] {
  return surnames.suggest(text, suggestionLimit, undefined).map((surname) => ({ value: `${surname} `, complete: false }));
}

function ethnicitySuggestions(text: string): FieldSuggestion[] {
  const key = searchKey(text);
  return suggestEthnicities(text, suggestionLimit).map((ethnicity) => {
    const alias = searchKey(ethnicity.name).startsWith(key) ? undefined : ethnicity.aliases.find((a) => searchKey(a).startsWith(key));
    return { value: ethnicity.name, detail: alias ? `${ethnicity.code} · ${alias}` : ethnicity.code, complete: true };
  });
}

function nationalitySuggestions(text: string): FieldSuggestion[] {
  return suggestNationalities(text, suggestionLimit).map((nationality) => ({ value: nationality.name.vi, detail: `${nationality.code} · ${nationality.name.en}`, complete: true }));
}

/**
 * The suggestions for a field of this type holding this text: none for an empty field or a type with no
 * list, and none that would leave the text as it is.
 */
export function fieldSuggestions(type: FieldType, text: string, sources: SuggestionSources): FieldSuggestion[] {
  const typed = normalizeFieldValue(text);
  if (searchKey(typed) === '') return [];
  const found =
    type === 'place' && sources.places ? placeSuggestions(typed, sources.places)
    : type === 'name' && sources.surnames ? surnameSuggestions(typed, sources.surnames)
    : type === 'ethnicity' ? ethnicitySuggestions(typed)
    : type === 'nationality' ? nationalitySuggestions(typed)
    : [];
  return found.filter((suggestion) => suggestion.value.trim() !== typed);
}

/** Field types that offer suggestions: their inputs are comboboxes. */
export function suggestsFor(type: FieldType): boolean {
  return type === 'place' || type === 'name' || type === 'ethnicity' || type === 'nationality';
}
