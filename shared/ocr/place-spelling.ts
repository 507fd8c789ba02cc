// A place OCR'd with the right letters but wrong marks ("huyện Tùa Chủa") resolves all the same, since
// the place table compares names without marks; the value then gets each unit's proper spelling from
// the unit it resolved to ("huyện Tủa Chùa"), with the clerk's type words, order and punctuation kept.
// A place with a misread letter ("huyện Vên Khánh", "thị trâá") does not resolve: its type words and
// names are then read from the closed lists, the type words and the units of the place table, but only
// where a single entry is that close.
import { dayWithin, overlaps, spanOfDate } from '../places/place-dates.ts';
import type { PlaceIndex } from '../places/place-index.ts';
import type { PlaceResolver } from '../places/place-resolver.ts';
import { itemAt } from '../places/place-table.ts';
import { parsePlaceText, placeNameKey, type PlaceSegment } from '../places/place-text.ts';
import { splitFullName, unitLevels, unitTypes, type UnitLevel } from '../places/unit-types.ts';
import { editDistance } from '../text/edit-distance.ts';
import { compactSearchKey, searchKey } from '../text/search-key.ts';
import { sameIgnoringToneStyle } from '../text/tone-style.ts';
import { impossibleWords } from '../text/vietnamese-syllables.ts';
import { inWrittenCase } from './closest-spelling.ts';


/**
 * `text` (a cleaned field value) with every written unit name that is one of `path`'s units ("Xã A,
 * Huyện B, Tỉnh C", the resolved unit and its parents) spelled as that unit is. A name written another
 * way than by its letters (a former name, "IV" for "4", "HCM") is left as written. Each unit answers
 * one written name: in "xã Tân Thành, huyện Tân Thạnh" both names have one key, and each keeps its own.
 */
export function respellPlace(text: string, path: string): string {
  const units = path.split(', ').map((fullName) => splitFullName(fullName)?.name ?? fullName);
  const unused = new Set(units.keys());
  let result = '';
  let cursor = 0;
  for (const segment of parsePlaceText(text)) {
    if (segment.locality) continue;
    const at = text.indexOf(segment.name, cursor);
    if (at < 0) continue;
    const written = segment.name;
    const sameKey = [...unused].filter((i) => placeNameKey(units[i]!).replace(/ /g, '') === segment.key.replace(/ /g, ''));
    const chosen = sameKey.find((i) => sameIgnoringToneStyle(written.toLowerCase(), units[i]!.toLowerCase())) ?? sameKey[0];
    if (chosen !== undefined) unused.delete(chosen);
    const unit = chosen === undefined ? undefined : units[chosen];
    const proper =
      unit === undefined || sameIgnoringToneStyle(written.toLowerCase(), unit.toLowerCase()) || compactSearchKey(written) !== compactSearchKey(unit)
        ? written
        : inWrittenCase(written, unit);
    result += text.slice(cursor, at) + proper;
    cursor = at + written.length;
  }
  return result + text.slice(cursor);
}

// The type words of place-text.ts, which reads them only when written right or with no marks at all.
const typeWords = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'tỉnh', 'quận', 'huyện', 'phường', 'xã'].map((word) => ({
  word,
  key: searchKey(word),
  length: word.split(' ').length,
}));

export interface TypeWordOptions {
  /**
   * Also a type word one letter off: a two-word one ("thị trâú" for "thị trấn"), where the pair makes
   * it safe, or a single word whose spelling no Vietnamese word has ("xäã"), since a single word one
   * letter from "tỉnh" or "xã" is as likely a name ("Vinh", "Xa").
   */
  nearby?: boolean;
}

/**
 * `text` with a type word at the start of each part that OCR gave the wrong marks ("xả", "huyên")
 * written properly, so the parser can read it as a type; every other word as it was.
 */
export function repairTypeWords(text: string, options: TypeWordOptions = {}): string {
  return text
    .split(/([,;])/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const lead = /^\s*/.exec(part)![0];
      const words = part.slice(lead.length).split(' ');
      const written = (length: number) => words.slice(0, length).join(' ');
      const sameLetters = ({ key, length }: (typeof typeWords)[number]) => searchKey(written(length)) === key;
      const oneOff = ({ key, length }: (typeof typeWords)[number]) => {
        const read = written(length);
        return (length > 1 || impossibleWords(read).length > 0) && editDistance(compactSearchKey(read), key.replace(/ /g, ''), 1) === 1;
      };
      const found = typeWords.find((type) => words.length > type.length && sameLetters(type)) ??
        (options.nearby ? typeWords.find((type) => words.length > type.length && oneOff(type)) : undefined);
      if (found === undefined || written(found.length).toLowerCase() === found.word) return part;
      return lead + [inWrittenCase(written(found.length), found.word), ...words.slice(found.length)].join(' ');
    })
    .join('');
}

const versionKeys = new WeakMap<PlaceIndex, readonly (readonly string[])[]>();

/** Each version's names as compact keys, worked out once per place table. */
function keysOf(index: PlaceIndex): readonly (readonly string[])[] {
  let keys = versionKeys.get(index);
  if (keys === undefined) {
    keys = index.table.versions.map((_, version) => [...new Set(index.namesOf(version).map((name) => compactSearchKey(placeNameKey(name))))]);
    versionKeys.set(index, keys);
  }
  return keys;
}

/** Letters that may differ between a unit's name and the name as read, by the letters of the name. */
const allowedEdits = (letters: number): number => (letters >= 8 ? 2 : 1);

/**
 * `text` with each unit name that is not in the place table at `date` replaced by the one unit of that
 * level whose name is within a letter or two of it (diacritics aside), among the units under the larger
 * units written after it that were found, or among the provinces for the largest written. Null when no
 * name needed it, or when a name is close to no unit or to several: a guess would invent a place.
 * Expects the clerk's order, smallest unit first, as the register forms print it.
 */
export function closestUnitNames(text: string, resolver: PlaceResolver, date: string): string | null {
  const span = spanOfDate(date);
  if (span === null) return null;
  const { index } = resolver;
  const versions = index.table.versions;
  const keys = keysOf(index);
  const segments = parsePlaceText(text).filter((segment) => !segment.locality && segment.key !== '');
  const renamed = new Map<PlaceSegment, string>();
  // The units (not versions) the larger written parts were found as; null above the largest.
  let parents: Set<number> | null = null;
  for (const segment of [...segments].reverse()) {
    const levels = segment.type === null ? unitLevels : unitTypes[segment.type].levels;
    const above: Set<number> | null = parents;
    const inForce = (version: number, level: readonly UnitLevel[]): boolean => {
      const v = itemAt(versions, version);
      if (!level.includes(v.level) || !overlaps(v, span)) return false;
      return above === null || index.ancestorsOn(version, dayWithin(v, span)).some((a) => above.has(itemAt(versions, a).unit));
    };
    const found: number[] = (index.byNameKey.get(segment.key) ?? []).filter((version) => inForce(version, levels));
    if (found.length > 0) {
      parents = new Set(found.map((version) => itemAt(versions, version).unit));
      continue;
    }
    const siblingLevels = above === null ? levels.filter((level) => level === 'province') : levels;
    const written = compactSearchKey(segment.key);
    const limit = allowedEdits(written.length);
    const close = new Map<number, number>();
    for (const [version, v] of versions.entries()) {
      if (!siblingLevels.includes(v.level) || !overlaps(v, span)) continue;
      const near = itemAt(keys, version).some((key) => editDistance(written, key, limit) <= limit);
      if (near && inForce(version, siblingLevels)) close.set(v.unit, version);
    }
    const only = close.size === 1 ? [...close.values()][0] : undefined;
    if (only === undefined) return null;
    // The table's capitals, unless the name was written in capitals: a misread name says nothing of case.
    const name = itemAt(versions, only).name;
    renamed.set(segment, segment.name === segment.name.toUpperCase() ? name.toUpperCase() : name);
    parents = new Set([itemAt(versions, only).unit]);
  }
  if (renamed.size === 0) return null;
  let result = '';
  let cursor = 0;
  for (const segment of segments) {
    const at = text.indexOf(segment.name, cursor);
    if (at < 0) continue;
    result += text.slice(cursor, at) + (renamed.get(segment) ?? segment.name);
    cursor = at + segment.name.length;
  }
  return result + text.slice(cursor);
}
