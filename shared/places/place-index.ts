// The place table made searchable: every version under each key a clerk might write its name by, the
// parent chain on a given date, and a sorted key list for autocomplete. Built once per pack (about 14,000
// versions), then every lookup is a map access or a binary search.
import { cleanText } from '../text/normalize.ts';
import { searchKey } from '../text/search-key.ts';
import { createLineageIndex, type LineageIndex } from './place-lineage.ts';
import { itemAt, type PlaceTable, type UnitVersion } from './place-table.ts';
import { placeNameKey } from './place-text.ts';
import { dayBefore } from './place-dates.ts';
import { fullUnitName, splitFullName } from './unit-types.ts';

export interface PlaceView {
  key: string;
  level: UnitVersion['level'];
  type: UnitVersion['type'];
  name: string;
  fullName: string;
  code: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** the full names of the unit and its parents on the date asked about: "Xã A, Huyện B, Tỉnh C" */
  path: string;
}

export interface SuggestEntry {
  key: string;
  version: number;
  /** the key starts at a later word of the name ("lap" in "binh lap") */
  inner: boolean;
}

export interface PlaceIndex {
  readonly table: PlaceTable;
  readonly lineage: LineageIndex;
  /** versions by every key their names are written under */
  readonly byNameKey: ReadonlyMap<string, readonly number[]>;
  /** sorted by key, for prefix search */
  readonly suggestEntries: readonly SuggestEntry[];
  namesOf(version: number): readonly string[];
  versionByKey(key: string): number | undefined;
  versionsOfUnit(unit: number): readonly number[];
  /** the unit's version in force on the day, if any */
  versionOn(unit: number, day: string): number | undefined;
  /** parent, grandparent… versions in force on the day */
  ancestorsOn(version: number, day: string): number[];
  view(version: number, day?: string): PlaceView;
}

const roman = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

/** The keys a name can be written under: with or without diacritics, spaces, Roman or Arabic numbers. */
export function nameKeys(name: string): string[] {
  const keys = new Set<string>();
  const add = (key: string) => {
    if (key === '') return;
    keys.add(key);
    keys.add(key.replace(/ /g, ''));
  };
  const key = placeNameKey(name);
  add(key);
  add(searchKey(name));
  // "Phường 4" is also written "Phường IV" (in lower case, which placeNameKey leaves as letters).
  add(key.replace(/(^| )(\d{1,2})$/, (_m, space: string, n: string) => `${space}${roman[Number(n)] ?? n}`));
  // A ward named "Phường Đúc" is written "phường Đúc" too.
  const inner = splitFullName(name);
  if (inner !== null) add(placeNameKey(inner.name));
  return [...keys];
}

export function createPlaceIndex(table: PlaceTable): PlaceIndex {
  const byNameKey = new Map<string, number[]>();
  const byUnit = new Map<number, number[]>();
  const byKey = new Map<string, number>();
  const names: string[][] = table.versions.map((v) => [v.name]);
  for (const alias of table.aliases) names[alias.version]?.push(cleanText(alias.text));

  const entries: SuggestEntry[] = [];
  for (const [index, version] of table.versions.entries()) {
    byKey.set(version.key, index);
    byUnit.set(version.unit, [...(byUnit.get(version.unit) ?? []), index]);
    const keys = new Set(itemAt(names, index).flatMap(nameKeys));
    for (const key of keys) {
      const list = byNameKey.get(key);
      if (list) list.push(index);
      else byNameKey.set(key, [index]);
      entries.push({ key, version: index, inner: false });
    }
    // Later words, so "lap" finds "Bình Lập" as the clerk types.
    const words = placeNameKey(version.name).split(' ');
    for (let i = 1; i < words.length; i++) entries.push({ key: words.slice(i).join(' '), version: index, inner: true });
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.version - b.version));

  const versionOn = (unit: number, day: string) =>
    byUnit.get(unit)?.find((i) => {
      const v = itemAt(table.versions, i);
      return (v.validFrom === null || v.validFrom <= day) && (v.validTo === null || day < v.validTo);
    });

  const ancestorsOn = (version: number, day: string): number[] => {
    const chain: number[] = [];
    let parent = itemAt(table.versions, version).parentUnit;
    while (parent !== null) {
      const found = versionOn(parent, day);
      if (found === undefined) break;
      chain.push(found);
      parent = itemAt(table.versions, found).parentUnit;
    }
    return chain;
  };

  const view = (index: number, day?: string): PlaceView => {
    const v = itemAt(table.versions, index);
    // The parents shown are those of a day the version was in force: the day asked if it was, else its last.
    const last = v.validTo === null ? '9999-12-31' : dayBefore(v.validTo);
    const first = v.validFrom ?? '0000-01-01';
    const on = day === undefined || day > last ? last : day < first ? first : day;
    const chain = [index, ...ancestorsOn(index, on)];
    return {
      key: v.key,
      level: v.level,
      type: v.type,
      name: v.name,
      fullName: fullUnitName(v.type, v.name),
      code: v.code,
      validFrom: v.validFrom,
      validTo: v.validTo,
      path: chain.map((i) => fullUnitName(itemAt(table.versions, i).type, itemAt(table.versions, i).name)).join(', '),
    };
  };

  return {
    table,
    lineage: createLineageIndex(table),
    byNameKey,
    suggestEntries: entries,
    namesOf: (version) => names[version] ?? [],
    versionByKey: (key) => byKey.get(key),
    versionsOfUnit: (unit) => byUnit.get(unit) ?? [],
    versionOn,
    ancestorsOn,
    view,
  };
}
