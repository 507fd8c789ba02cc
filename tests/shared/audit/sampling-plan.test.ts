// ISO 2859-1:1999 single sampling. The expected tables are transcribed here a second time, independently of
// shared/audit/iso-2859-1-tables.ts and in another reading order: Table 1 as the standard prints it, a row a range of
// lot sizes, and each master table column by column, down each AQL from code letter A. The plans with their arrows
// followed are those the standard gives, as GB/T 2828.1-2012 (its identical Chinese adoption) and the renderings of
// MIL-STD-105E cross-checked in the tables' file give them.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/app-error.ts';
import { masterTables, type MasterCell } from '../../../shared/audit/iso-2859-1-tables.ts';
import {
  aqlValues,
  inspectionLevels,
  inspectionSeverities,
  samplingPlan,
  type InspectionSeverity,
} from '../../../shared/audit/sampling-plan.ts';

// Table 1: lot size, then the code letter at S-1, S-2, S-3, S-4, I, II and III.
const table1 = `
2 to 8              A  A  A  A  A  A  B
9 to 15             A  A  A  A  A  B  C
16 to 25            A  A  B  B  B  C  D
26 to 50            A  B  B  C  C  D  E
51 to 90            B  B  C  C  C  E  F
91 to 150           B  B  C  D  D  F  G
151 to 280          B  C  D  E  E  G  H
281 to 500          B  C  D  E  F  H  J
501 to 1200         C  C  E  F  G  J  K
1201 to 3200        C  D  E  G  H  K  L
3201 to 10000       C  D  F  G  J  L  M
10001 to 35000      C  D  F  H  K  M  N
35001 to 150000     D  E  G  J  L  N  P
150001 to 500000    D  E  G  J  M  P  Q
500001 and over     D  E  H  K  N  Q  R`;

const lotRanges = table1.trim().split('\n').map((line) => {
  const [, from, to, letters] = /^(\d+) (?:to (\d+)|and over)\s+(.+)$/.exec(line)!;
  // "and over": a lot far larger than any register, to stand for the open end.
  return { from: Number(from), to: to === undefined ? 1_000_000_000 : Number(to), letters: letters!.split(/\s+/) };
});

const aqlHeads = ['0.010', '0.015', '0.025', '0.040', '0.065', '0.10', '0.15', '0.25', '0.40', '0.65', '1.0', '1.5', '2.5', '4.0', '6.5', '10', '15', '25', '40', '65', '100', '150', '250', '400', '650', '1000'];

// Each column of the master tables as printed, from code letter A down: "Ac/Re", an arrow, or "-" for a blank cell.
const printed: Record<InspectionSeverity, { letters: string; sampleSizes: string; columns: string }> = {
  normal: {
    letters: 'A B C D E F G H J K L M N P Q R',
    sampleSizes: '2 3 5 8 13 20 32 50 80 125 200 315 500 800 1250 2000',
    columns: `
0.010  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑
0.015  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↑
0.025  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2
0.040  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3
0.065  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4
0.10   ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6
0.15   ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8
0.25   ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11
0.40   ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15
0.65   ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22
1.0    ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑
1.5    ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑
2.5    ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑
4.0    ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑
6.5    0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑
10     ↓ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑
15     ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑
25     1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
40     2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
65     3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
100    5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
150    7/8 10/11 14/15 21/22 30/31 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
250    10/11 14/15 21/22 30/31 44/45 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
400    14/15 21/22 30/31 44/45 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
650    21/22 30/31 44/45 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
1000   30/31 44/45 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑`,
  },
  tightened: {
    letters: 'A B C D E F G H J K L M N P Q R S',
    sampleSizes: '2 3 5 8 13 20 32 50 80 125 200 315 500 800 1250 2000 3150',
    columns: `
0.010  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 -
0.015  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ -
0.025  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2
0.040  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 -
0.065  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 -
0.10   ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 -
0.15   ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 -
0.25   ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 -
0.40   ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 -
0.65   ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 -
1.0    ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ -
1.5    ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ -
2.5    ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ -
4.0    ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ -
6.5    ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ -
10     0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ -
15     ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ -
25     ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ -
40     1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ -
65     2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ -
100    3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ -
150    5/6 8/9 12/13 18/19 27/28 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ -
250    8/9 12/13 18/19 27/28 41/42 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ -
400    12/13 18/19 27/28 41/42 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ -
650    18/19 27/28 41/42 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ -
1000   27/28 41/42 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ -`,
  },
  reduced: {
    letters: 'A B C D E F G H J K L M N P Q R',
    sampleSizes: '2 2 2 3 5 8 13 20 32 50 80 125 200 315 500 800',
    columns: `
0.010  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑
0.015  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↑
0.025  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↑ ↑
0.040  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2
0.065  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3
0.10   ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4
0.15   ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6
0.25   ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7
0.40   ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9
0.65   ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11
1.0    ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑
1.5    ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑
2.5    ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑
4.0    ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑
6.5    0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑
10     ↓ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑
15     ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑
25     1/2 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
40     2/3 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
65     3/4 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
100    5/6 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
150    7/8 7/8 8/9 10/11 14/15 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
250    10/11 10/11 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
400    14/15 14/15 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
650    21/22 21/22 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
1000   30/31 30/31 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑`,
  },
};

function columnsOf(text: string): { head: string; cells: string[] }[] {
  return text.trim().split('\n').map((line) => {
    const [head = '', ...cells] = line.split(/\s+/);
    return { head, cells };
  });
}

function printedCell(cell: MasterCell | undefined): string {
  if (cell === undefined) return '?';
  if (cell === null) return '-';
  return typeof cell === 'string' ? cell : `${cell.ac}/${cell.re}`;
}

/** A lot size and level whose code letter (by the Table 1 above) is the one given. */
function lotFor(letter: string): { lotSize: number; level: string } {
  for (const range of lotRanges) {
    const column = range.letters.indexOf(letter);
    if (column >= 0) return { lotSize: range.to, level: inspectionLevels[column]! };
  }
  throw new Error(`no lot has code letter ${letter}`);
}

describe('Table 1: sample size code letters', () => {
  it('gives every cell: each range of lot sizes, at both its ends, at each of the seven levels', () => {
    for (const { from, to, letters } of lotRanges) {
      for (const lotSize of [from, to]) {
        const found = inspectionLevels.map((level) => samplingPlan({ lotSize, level }).codeLetter);
        expect({ lotSize, letters: found }).toEqual({ lotSize, letters });
      }
    }
  });

  it('changes letter exactly at the printed boundaries', () => {
    const at = (lotSize: number, level = 'II') => samplingPlan({ lotSize, level }).codeLetter;
    expect([at(8), at(9)]).toEqual(['A', 'B']);
    expect([at(500), at(501)]).toEqual(['H', 'J']);
    expect([at(1200), at(1201)]).toEqual(['J', 'K']);
    expect([at(500000), at(500001)]).toEqual(['P', 'Q']);
    expect([at(10000, 'S-3'), at(10001, 'S-3')]).toEqual(['F', 'F']);
    expect([at(35000, 'S-1'), at(35001, 'S-1')]).toEqual(['C', 'D']);
    expect([at(2, 'III'), at(Number.MAX_SAFE_INTEGER, 'III')]).toEqual(['B', 'R']);
  });

  it('uses general level II unless told otherwise', () => {
    expect(samplingPlan({ lotSize: 1000 }).codeLetter).toBe('J');
    expect(samplingPlan({ lotSize: 1000, level: 'I' }).codeLetter).toBe('G');
  });
});

describe.each(inspectionSeverities)('master table for %s inspection', (severity) => {
  const table = masterTables[severity];
  const expected = printed[severity];

  it('has the printed code letters and sample sizes', () => {
    expect(table.map((row) => row.letter).join(' ')).toBe(expected.letters);
    expect(table.map((row) => row.sampleSize).join(' ')).toBe(expected.sampleSizes);
  });

  it('has every cell as printed, column by column', () => {
    const columns = columnsOf(expected.columns);
    expect(columns.map((c) => c.head)).toEqual(aqlHeads);
    columns.forEach(({ head, cells }, column) => {
      expect({ aql: head, cells: table.map((row) => printedCell(row.cells[column])) }).toEqual({ aql: head, cells });
    });
  });

  it('leads every code letter at every AQL to the first plan the arrows point to, and uses its sample size', () => {
    const letters = expected.letters.split(' ');
    const sizes = expected.sampleSizes.split(' ').map(Number);
    for (const letter of letters.filter((l) => l !== 'S')) {
      for (const { head, cells } of columnsOf(expected.columns)) {
        let row = letters.indexOf(letter);
        while (cells[row] === '↓' || cells[row] === '↑') row += cells[row] === '↓' ? 1 : -1;
        const [ac, re] = cells[row]!.split('/').map(Number);
        const plan = samplingPlan({ ...lotFor(letter), aql: Number(head), severity });
        expect({ letter, aql: head, planLetter: plan.planLetter, planSampleSize: plan.planSampleSize, ac: plan.ac, re: plan.re })
          .toEqual({ letter, aql: head, planLetter: letters[row], planSampleSize: sizes[row], ac, re });
      }
    }
  });

  it('prints Re one above Ac in every plan (ISO 2859-1:1999 has no gap, reduced inspection included)', () => {
    for (const row of table) {
      for (const cell of row.cells) if (cell !== null && typeof cell !== 'string') expect(cell.re).toBe(cell.ac + 1);
    }
  });
});

describe('plans with the arrows followed, as the standard gives them', () => {
  // [lot size, level, severity, AQL] → [code letter, plan letter, n, Ac, Re]
  it.each([
    // The example: level II, lot 501–1200 → J, n = 80; AQL 1.0 → Ac 2, Re 3.
    [1000, 'II', 'normal', 1.0, 'J', 'J', 80, 2, 3],
    [501, 'II', 'normal', 1.0, 'J', 'J', 80, 2, 3],
    [1000, 'II', 'normal', 0.65, 'J', 'J', 80, 1, 2],
    [1000, 'II', 'normal', 0.40, 'J', 'K', 125, 1, 2],
    [1000, 'II', 'normal', 0.25, 'J', 'H', 50, 0, 1],
    [1000, 'II', 'normal', 0.15, 'J', 'J', 80, 0, 1],
    [1000, 'II', 'normal', 0.10, 'J', 'K', 125, 0, 1],
    [1000, 'II', 'normal', 2.5, 'J', 'J', 80, 5, 6],
    [1000, 'II', 'normal', 15, 'J', 'J', 80, 21, 22],
    [1000, 'II', 'normal', 25, 'J', 'H', 50, 21, 22],
    [200, 'II', 'normal', 0.65, 'G', 'F', 20, 0, 1],
    [200, 'II', 'normal', 1.0, 'G', 'H', 50, 1, 2],
    [200, 'II', 'normal', 4.0, 'G', 'G', 32, 3, 4],
    [60, 'II', 'normal', 1.5, 'E', 'D', 8, 0, 1],
    [60, 'II', 'normal', 2.5, 'E', 'F', 20, 1, 2],
    [3000, 'II', 'normal', 0.065, 'K', 'L', 200, 0, 1],
    [3000, 'II', 'normal', 0.15, 'K', 'J', 80, 0, 1],
    [5000, 'II', 'normal', 0.15, 'L', 'M', 315, 1, 2],
    [50000, 'II', 'normal', 0.010, 'N', 'Q', 1250, 0, 1],
    [600000, 'III', 'normal', 0.010, 'R', 'Q', 1250, 0, 1],
    [600000, 'III', 'normal', 0.015, 'R', 'P', 800, 0, 1],
    [600000, 'III', 'normal', 0.65, 'R', 'R', 2000, 21, 22],
    [600000, 'III', 'normal', 1.0, 'R', 'Q', 1250, 21, 22],
    [8, 'II', 'normal', 6.5, 'A', 'A', 2, 0, 1],
    [8, 'II', 'normal', 10, 'A', 'C', 5, 1, 2],
    [8, 'II', 'normal', 15, 'A', 'B', 3, 1, 2],
    [8, 'II', 'normal', 1000, 'A', 'A', 2, 30, 31],
    [15, 'II', 'normal', 1000, 'B', 'B', 3, 44, 45],
    [25, 'II', 'normal', 1000, 'C', 'B', 3, 44, 45],
    [150, 'II', 'normal', 100, 'F', 'E', 13, 21, 22],
    [1000, 'II', 'tightened', 1.0, 'J', 'J', 80, 1, 2],
    [1000, 'II', 'tightened', 0.25, 'J', 'J', 80, 0, 1],
    [1000, 'II', 'tightened', 0.40, 'J', 'L', 200, 1, 2],
    [1000, 'II', 'tightened', 0.65, 'J', 'K', 125, 1, 2],
    [1000, 'II', 'tightened', 6.5, 'J', 'J', 80, 8, 9],
    [1000, 'II', 'tightened', 15, 'J', 'J', 80, 18, 19],
    [1000, 'II', 'tightened', 25, 'J', 'H', 50, 18, 19],
    [8, 'II', 'tightened', 10, 'A', 'A', 2, 0, 1],
    [8, 'II', 'tightened', 15, 'A', 'C', 5, 1, 2],
    [8, 'II', 'tightened', 1000, 'A', 'A', 2, 27, 28],
    [15, 'II', 'tightened', 1000, 'B', 'B', 3, 41, 42],
    [600000, 'III', 'tightened', 0.010, 'R', 'R', 2000, 0, 1],
    [600000, 'III', 'tightened', 0.015, 'R', 'Q', 1250, 0, 1],
    [600000, 'III', 'tightened', 0.025, 'R', 'S', 3150, 1, 2],
    [600000, 'II', 'tightened', 0.025, 'Q', 'S', 3150, 1, 2],
    [1000, 'II', 'reduced', 1.0, 'J', 'J', 32, 1, 2],
    [1000, 'II', 'reduced', 0.65, 'J', 'K', 50, 1, 2],
    [1000, 'II', 'reduced', 0.40, 'J', 'L', 80, 1, 2],
    [1000, 'II', 'reduced', 0.25, 'J', 'H', 20, 0, 1],
    [1000, 'II', 'reduced', 6.5, 'J', 'J', 32, 6, 7],
    [1000, 'II', 'reduced', 10, 'J', 'J', 32, 8, 9],
    [1000, 'II', 'reduced', 25, 'J', 'H', 20, 10, 11],
    [8, 'II', 'reduced', 10, 'A', 'D', 3, 1, 2],
    [12, 'II', 'reduced', 6.5, 'B', 'A', 2, 0, 1],
    [25, 'II', 'reduced', 1000, 'C', 'B', 2, 30, 31],
    [600000, 'III', 'reduced', 0.025, 'R', 'N', 200, 0, 1],
    [600000, 'III', 'reduced', 0.040, 'R', 'R', 800, 1, 2],
    [600000, 'II', 'reduced', 0.025, 'Q', 'N', 200, 0, 1],
  ] as const)('lot %i, level %s, %s, AQL %d → %s, plan %s, n %i, Ac %i, Re %i', (lotSize, level, severity, aql, codeLetter, planLetter, planSampleSize, ac, re) => {
    expect(samplingPlan({ lotSize, level, severity, aql })).toMatchObject({ lotSize, level, severity, aql, codeLetter, planLetter, planSampleSize, ac, re });
  });

  it('uses AQL 1.0 and normal inspection unless told otherwise', () => {
    expect(samplingPlan({ lotSize: 1000 })).toEqual({
      lotSize: 1000, level: 'II', severity: 'normal', aql: 1.0, codeLetter: 'J', planLetter: 'J', planSampleSize: 80, sampleSize: 80, fullInspection: false, ac: 2, re: 3,
    });
  });
});

describe('100 % inspection when the plan\'s sample is the lot size or more', () => {
  it('inspects every item of the lot, keeping the Ac and Re of the plan the arrows led to', () => {
    expect(samplingPlan({ lotSize: 5, aql: 10 })).toMatchObject({ codeLetter: 'A', planLetter: 'C', planSampleSize: 5, sampleSize: 5, fullInspection: true, ac: 1, re: 2 });
    expect(samplingPlan({ lotSize: 20, aql: 0.65 })).toMatchObject({ codeLetter: 'C', planLetter: 'F', planSampleSize: 20, sampleSize: 20, fullInspection: true, ac: 0, re: 1 });
    expect(samplingPlan({ lotSize: 2, aql: 6.5 })).toMatchObject({ codeLetter: 'A', planSampleSize: 2, sampleSize: 2, fullInspection: true });
  });

  it('samples when the plan\'s n is below the lot size', () => {
    expect(samplingPlan({ lotSize: 21, aql: 0.65 })).toMatchObject({ codeLetter: 'C', planLetter: 'F', sampleSize: 20, fullInspection: false });
    expect(samplingPlan({ lotSize: 8, aql: 10 })).toMatchObject({ planSampleSize: 5, sampleSize: 5, fullInspection: false });
  });
});

describe('the lists a form offers', () => {
  it('are the standard\'s levels, severities and preferred AQLs', () => {
    expect(inspectionLevels).toEqual(['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III']);
    expect(inspectionSeverities).toEqual(['normal', 'tightened', 'reduced']);
    expect(aqlValues).toEqual(aqlHeads.map(Number));
  });
});

describe('refusals', () => {
  function refusal(request: Parameters<typeof samplingPlan>[0]): AppError {
    try {
      samplingPlan(request);
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error('not refused');
  }

  it.each([1, 0, -5, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a lot size of %d', (lotSize) => {
    const error = refusal({ lotSize });
    expect(error.code).toBe('sampling-lot-size');
    expect(error.vi).toContain(String(lotSize));
    expect(error.en).toContain('whole number of 2 or more');
  });

  it.each([0.7, 0, 0.01001, 2000, -1])('refuses AQL %d, not in the preferred series', (aql) => {
    const error = refusal({ lotSize: 1000, aql });
    expect(error.code).toBe('sampling-aql');
    expect(error.vi).toContain(`AQL ${aql} không thuộc`);
    expect(error.en).toContain('0.01, 0.015, 0.025');
  });

  it.each(['IV', 'ii', 'S-5', 'G-II', ''])('refuses inspection level "%s"', (level) => {
    const error = refusal({ lotSize: 1000, level });
    expect(error.code).toBe('sampling-level');
    expect(error.en).toContain(`"${level}"`);
    expect(error.vi).toContain('S-1, S-2, S-3, S-4, I, II, III');
  });

  it.each(['strict', 'Normal', 'tight', ''])('refuses severity "%s"', (severity) => {
    const error = refusal({ lotSize: 1000, severity });
    expect(error.code).toBe('sampling-severity');
    expect(error.vi).toContain(`"${severity}"`);
    expect(error.en).toContain('normal, tightened or reduced');
  });
});
