// What must hold of a place table before it is shipped or installed. Each broken rule is reported with
// the versions involved; an empty list means the pack is sound.
import { createLineageIndex } from './place-lineage.ts';
import type { PlaceTable, UnitVersion } from './place-table.ts';
import { unitLevels } from './unit-types.ts';

const rank = (v: UnitVersion) => unitLevels.indexOf(v.level);
// Open ends as sortable strings: a missing start is the beginning of time, a missing end its end.
const start = (v: UnitVersion) => v.validFrom ?? '';
const end = (v: UnitVersion) => v.validTo ?? '\uffff';

export function checkPlaceTable(table: PlaceTable): string[] {
  const problems: string[] = [];
  const byUnit = new Map<number, UnitVersion[]>();
  for (const v of table.versions) byUnit.set(v.unit, [...(byUnit.get(v.unit) ?? []), v]);

  const keys = new Set<string>();
  for (const v of table.versions) {
    if (keys.has(v.key)) problems.push(`${v.key}: key used twice`);
    keys.add(v.key);
    if (start(v) >= end(v)) problems.push(`${v.key}: empty interval`);
  }

  for (const [unit, versions] of byUnit) {
    const sorted = [...versions].sort((a, b) => start(a).localeCompare(start(b)));
    sorted.forEach((v, i) => {
      const previous = sorted[i - 1];
      if (previous !== undefined && end(previous) > start(v)) problems.push(`unit ${unit}: ${previous.key} overlaps ${v.key}`);
    });
  }

  for (const v of table.versions) {
    if (v.parentUnit === null) {
      if (v.level !== 'province') problems.push(`${v.key}: a ${v.level} without a parent`);
      continue;
    }
    const parents = byUnit.get(v.parentUnit) ?? [];
    if (parents.some((p) => rank(p) >= rank(v))) problems.push(`${v.key}: parent not of a higher level`);
    // The parent must be in force wherever the child is: from its start to its end, without a gap.
    const covering = parents.filter((p) => start(p) < end(v) && end(p) > start(v)).sort((a, b) => start(a).localeCompare(start(b)));
    const gap = covering.some((p, i) => i > 0 && covering[i - 1]?.validTo !== p.validFrom);
    const [first, last] = [covering[0], covering.at(-1)];
    if (first === undefined || last === undefined || start(first) > start(v) || end(last) < end(v) || gap) problems.push(`${v.key}: parent not in force over the whole interval`);
  }

  for (const e of table.edges) {
    const from = table.versions[e.from];
    const to = table.versions[e.to];
    const effective = table.events[e.event]?.effective;
    if (!from || !to || effective === undefined) {
      problems.push(`edge ${e.from} → ${e.to}: links a version or event that does not exist`);
      continue;
    }
    if (from.validTo !== effective) problems.push(`${from.key} → ${to.key}: predecessor does not end on ${effective}`);
    const inForce = start(to) <= effective && effective < end(to);
    if (!inForce) problems.push(`${from.key} → ${to.key}: successor not in force on ${effective}`);
  }

  // Lineage can only be followed along edges that lead somewhere.
  if (problems.some((p) => p.includes('does not exist'))) return problems;
  const lineage = createLineageIndex(table);
  for (const [index, v] of table.versions.entries()) {
    if (v.validTo !== null && lineage.successorsToday(index).length === 0) problems.push(`${v.key}: ended with no successor today`);
  }
  return problems;
}
