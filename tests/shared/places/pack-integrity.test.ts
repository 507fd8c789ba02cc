import { describe, expect, it } from 'vitest';
import { checkPlaceTable } from '../../../shared/places/pack-integrity.ts';
import type { PlaceTable, UnitVersion } from '../../../shared/places/place-table.ts';

// Province P (unit 0) and commune C (unit 1), renamed in 2020 (versions 1 → 2); commune D (unit 2)
// merged into C's later version.
function table(): PlaceTable {
  const v = (key: string, unit: number, level: UnitVersion['level'], name: string, parentUnit: number | null, validFrom: string | null, validTo: string | null): UnitVersion => ({
    key,
    unit,
    level,
    type: level === 'province' ? 'tinh' : 'xa',
    name,
    parentUnit,
    code: null,
    validFrom,
    validTo,
  });
  return {
    version: '2026.01.01',
    events: [{ key: 'e', instrument: 'e', title: 'e', issued: null, effective: '2020-01-01', source: 't' }],
    versions: [
      v('p', 0, 'province', 'P', null, null, null),
      v('c1', 1, 'commune', 'Cũ', 0, null, '2020-01-01'),
      v('c2', 1, 'commune', 'Mới', 0, '2020-01-01', null),
      v('d', 2, 'commune', 'D', 0, null, '2020-01-01'),
    ],
    edges: [
      { from: 1, to: 2, relation: 'renamed', share: 'whole', event: 0 },
      { from: 3, to: 2, relation: 'merged_into', share: 'whole', event: 0 },
    ],
    aliases: [],
  };
}

describe('checkPlaceTable', () => {
  it('finds nothing wrong with a sound table', () => {
    expect(checkPlaceTable(table())).toEqual([]);
  });

  it('reports overlapping versions of one unit', () => {
    const t = table();
    t.versions[1]!.validTo = '2021-01-01';
    expect(checkPlaceTable(t).join('\n')).toMatch(/c1 overlaps c2/);
  });

  it('reports a version that ended without a successor today', () => {
    const t = table();
    t.edges.pop();
    expect(checkPlaceTable(t)).toEqual(['d: ended with no successor today']);
  });

  it('reports an edge whose ends do not meet on the event date', () => {
    const t = table();
    t.versions[3]!.validTo = '2019-06-01';
    expect(checkPlaceTable(t).join('\n')).toMatch(/d → c2: predecessor does not end on 2020-01-01/);
    const u = table();
    u.edges[1]!.to = 1;
    expect(checkPlaceTable(u).join('\n')).toMatch(/d → c1: successor not in force on 2020-01-01/);
  });

  it('reports an edge to a version that does not exist', () => {
    const t = table();
    t.edges[1]!.to = 9;
    expect(checkPlaceTable(t).join('\n')).toMatch(/links a version or event that does not exist/);
  });

  it('reports a parent missing for part of a child’s life, or not above it', () => {
    const t = table();
    t.versions[0]!.validFrom = '2010-01-01';
    expect(checkPlaceTable(t).join('\n')).toMatch(/c1: parent not in force over the whole interval/);
    const u = table();
    u.versions[3]!.parentUnit = 1;
    expect(checkPlaceTable(u).join('\n')).toMatch(/d: parent not of a higher level/);
    const w = table();
    w.versions[1]!.parentUnit = null;
    expect(checkPlaceTable(w).join('\n')).toMatch(/c1: a commune without a parent/);
  });

  it('reports a key used twice and an empty interval', () => {
    const t = table();
    t.versions[3]!.key = 'c1';
    t.versions[3]!.validFrom = '2020-01-01';
    const problems = checkPlaceTable(t).join('\n');
    expect(problems).toMatch(/c1: key used twice/);
    expect(problems).toMatch(/c1: empty interval/);
  });
});
