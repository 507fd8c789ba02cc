// From a unit version of any date to the unit(s) in force today, along the lineage edges. A partial edge
// anywhere on the way means only part of the old unit went there: when that leaves more than one
// present-day unit, a person must choose which one the record's place lies in.
import { itemAt, type PlaceTable, type Relation, type Share } from './place-table.ts';

export interface Successor {
  /** index of a version in force today */
  version: number;
  share: Share;
  /** the relations followed, oldest first */
  via: Relation[];
}

export interface LineageIndex {
  successorsToday(version: number): Successor[];
  predecessors(version: number): number[];
}

export function createLineageIndex(table: PlaceTable): LineageIndex {
  const outgoing = new Map<number, PlaceTable['edges']>();
  const incoming = new Map<number, number[]>();
  for (const edge of table.edges) {
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
    incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge.from]);
  }
  const memo = new Map<number, Successor[]>();

  const successorsToday = (version: number, visiting = new Set<number>()): Successor[] => {
    const cached = memo.get(version);
    if (cached) return cached;
    if (itemAt(table.versions, version).validTo === null) return [{ version, share: 'whole', via: [] }];
    if (visiting.has(version)) return [];
    visiting.add(version);
    const found = new Map<number, Successor>();
    for (const edge of outgoing.get(version) ?? []) {
      for (const next of successorsToday(edge.to, visiting)) {
        const share: Share = edge.share === 'partial' || next.share === 'partial' ? 'partial' : 'whole';
        const known = found.get(next.version);
        // Two routes to one unit: it received the whole if either route says so.
        if (!known || (known.share === 'partial' && share === 'whole')) {
          found.set(next.version, { version: next.version, share, via: [edge.relation, ...next.via] });
        }
      }
    }
    visiting.delete(version);
    const result = [...found.values()];
    memo.set(version, result);
    return result;
  };

  return {
    successorsToday: (version) => successorsToday(version),
    predecessors: (version) => incoming.get(version) ?? [],
  };
}
