// The versioned table of administrative units (DESIGN.md, "Versioned place-name table"). A unit is a
// real-world unit through time; each of its versions is one name, type and parent over a half-open
// interval of dates. Official codes are attributes only: GSO reuses them (00004 was Phường Trúc Bạch
// and is now Phường Ba Đình), so a code never identifies anything here.
import type { UnitLevel, UnitType } from './unit-types.ts';

export type Relation =
  | 'renamed'
  | 'reclassified'
  | 'merged_into'
  | 'absorbed_into'
  | 'split_into'
  | 'created_from'
  | 'transferred_part'
  // The whole unit moved under another parent, keeping its name (Hà Tây's districts into Hà Nội, 2008).
  | 'transferred';

export type Share = 'whole' | 'partial';

export interface ChangeEvent {
  /** stable across pack builds, e.g. "2025-reform", "469/NQ-UBTVQH15" */
  key: string;
  instrument: string;
  title: string;
  /** ISO dates; issued is null where the sources do not say */
  issued: string | null;
  effective: string;
  /** where the facts and the dates come from */
  source: string;
}

export interface UnitVersion {
  /** stable across pack builds: what an entry stores to name the version it resolved to */
  key: string;
  /** index of the unit: versions with the same unit are one real-world unit through time */
  unit: number;
  level: UnitLevel;
  type: UnitType;
  name: string;
  /**
   * The parent as a unit, not a version: a district's reclassification would otherwise mint a new
   * version of each of its communes. The parent's version is the one valid at the date asked about.
   */
  parentUnit: number | null;
  code: string | null;
  /** ISO date; null when the unit is older than the sources' records of it */
  validFrom: string | null;
  /** ISO date, exclusive; null while the version is in force */
  validTo: string | null;
}

export interface LineageEdge {
  from: number;
  to: number;
  relation: Relation;
  share: Share;
  event: number;
}

export interface CuratedAlias {
  /** index of the version the alias names */
  version: number;
  text: string;
}

export interface PlaceTable {
  /** the pack's version, e.g. "2026.07.25-1"; entries record it beside each resolved place */
  version: string;
  events: ChangeEvent[];
  versions: UnitVersion[];
  edges: LineageEdge[];
  aliases: CuratedAlias[];
}

/** The row at an index the table itself produced: a missing one is a bug in the pack, not bad input. */
export function itemAt<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`No row ${index}`);
  return item;
}
