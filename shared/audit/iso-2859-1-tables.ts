// ISO 2859-1:1999 single sampling, transcribed once: Table 1 (sample size code letters) and the master tables 2-A
// (normal inspection), 2-B (tightened) and 2-C (reduced). ANSI/ASQ Z1.4-2003 prints the same Table I, II-A and II-B.
// Its Table II-C is still MIL-STD-105E's, whose reduced plans leave a gap between Ac and Re (0/2, 1/3, 1/4, 2/5, …):
// ISO 2859-1:1999 replaced those with the plans of 2-C below, where Re is Ac + 1 as everywhere else, and an audit
// here follows ISO's.
//
// Cross-checked, every cell that a source covers:
// - GB/T 2828.1-2012, China's identical adoption of ISO 2859-1:1999, as a public TypeScript module transcribes it:
//   every letter and AQL of 2-A, 2-B and 2-C with the arrows already followed, checked by its authors against a scan
//   of the standard. Every cell agrees once the arrows below are followed.
// - The plain-text rendering of MIL-STD-105E Tables I, II-A and II-B for AQL 0.65 to 15 that NIBS publishes
//   (nibs.org/FMOC/DPW_AC/AC-TABLE.ASC). It agrees but for row A at AQL 10: in II-A it shows ↑, with no plan above
//   row A to lead to, and in II-B part of a ↓ from A to C where ISO prints 0/1, on the 0/1 diagonal that every other
//   row of 2-B has. ISO's cells are the ones below.
// - A public AQL calculator's normal plans with the arrows already followed (AQL 0.065 to 6.5, every letter). It
//   agrees but for L at 0.15, where it gives n = 125 although K's own cell at 0.15 is an arrow; 2-A leads to M.
// - Table 1: the same in four public implementations and a printed chart, and for lots of 51 or more in a Russian
//   GOST copy (garant.ru), whose smaller lots start at B.
// A public Python Z1.4 module disagrees and was set aside: its II-B leaves out the two ↓ after each 0/1, so each Ac
// after them stands two columns left of the standard's, and its II-A has ↑ at E, 2.5 where all the others have ↓.
// Its II-C is MIL-STD-105E's, with the gap.

export const inspectionLevels = ['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III'] as const;
export type InspectionLevel = (typeof inspectionLevels)[number];

export const inspectionSeverities = ['normal', 'tightened', 'reduced'] as const;
export type InspectionSeverity = (typeof inspectionSeverities)[number];

/** The preferred AQLs that head the master tables' columns; those above 10 are in nonconformities per 100 items only. */
export const aqlValues: readonly number[] = [
  0.010, 0.015, 0.025, 0.040, 0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5,
  10, 15, 25, 40, 65, 100, 150, 250, 400, 650, 1000,
];

/** I and O are left out so as not to be read as 1 and 0; S is a row of 2-B only. */
export type CodeLetter = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'J' | 'K' | 'L' | 'M' | 'N' | 'P' | 'Q' | 'R' | 'S';

/** Table 1: lot sizes `from` to `to`, both included, and their code letter at each level, in `inspectionLevels` order. */
export const codeLetterRows: readonly { readonly from: number; readonly to: number; readonly letters: string }[] = [
  { from: 2, to: 8, letters: 'A A A A A A B' },
  { from: 9, to: 15, letters: 'A A A A A B C' },
  { from: 16, to: 25, letters: 'A A B B B C D' },
  { from: 26, to: 50, letters: 'A B B C C D E' },
  { from: 51, to: 90, letters: 'B B C C C E F' },
  { from: 91, to: 150, letters: 'B B C D D F G' },
  { from: 151, to: 280, letters: 'B C D E E G H' },
  { from: 281, to: 500, letters: 'B C D E F H J' },
  { from: 501, to: 1200, letters: 'C C E F G J K' },
  { from: 1201, to: 3200, letters: 'C D E G H K L' },
  { from: 3201, to: 10000, letters: 'C D F G J L M' },
  { from: 10001, to: 35000, letters: 'C D F H K M N' },
  { from: 35001, to: 150000, letters: 'D E G J L N P' },
  { from: 150001, to: 500000, letters: 'D E G J M P Q' },
  { from: 500001, to: Infinity, letters: 'D E H K N Q R' },
];

/** A plan, an arrow to the first plan below or above in the same column, or null where the table prints nothing. */
export type MasterCell = { readonly ac: number; readonly re: number } | '↓' | '↑' | null;

export interface MasterRow {
  readonly letter: CodeLetter;
  readonly sampleSize: number;
  /** One for each AQL, in `aqlValues` order. */
  readonly cells: readonly MasterCell[];
}

// Written as the standard prints them, a row a code letter: its sample size n, then for each AQL "Ac/Re", ↓ or ↑,
// or "-" where the cell is blank.
const normal = `
       n  0.010 0.015 0.025 0.040 0.065 0.10  0.15  0.25  0.40  0.65  1.0   1.5   2.5   4.0   6.5   10    15    25    40    65    100   150   250   400   650   1000
A      2  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 30/31
B      3  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 30/31 44/45
C      5  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 30/31 44/45 ↑
D      8  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 30/31 44/45 ↑     ↑
E     13  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 30/31 44/45 ↑     ↑     ↑
F     20  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑     ↑     ↑
G     32  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑     ↑     ↑     ↑
H     50  ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
J     80  ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
K    125  ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
L    200  ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
M    315  ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
N    500  ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
P    800  ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
Q   1250  0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
R   2000  ↑     ↑     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
`;

// Row S is there only for the arrows of Q and R at 0.025; the standard prints nothing else in it.
const tightened = `
       n  0.010 0.015 0.025 0.040 0.065 0.10  0.15  0.25  0.40  0.65  1.0   1.5   2.5   4.0   6.5   10    15    25    40    65    100   150   250   400   650   1000
A      2  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 27/28
B      3  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 27/28 41/42
C      5  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 27/28 41/42 ↑
D      8  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 27/28 41/42 ↑     ↑
E     13  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 27/28 41/42 ↑     ↑     ↑
F     20  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑     ↑     ↑     ↑
G     32  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑     ↑     ↑     ↑     ↑
H     50  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
J     80  ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
K    125  ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
L    200  ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
M    315  ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
N    500  ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
P    800  ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
Q   1250  ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
R   2000  0/1   ↑     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
S   3150  -     -     1/2   -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -     -
`;

const reduced = `
       n  0.010 0.015 0.025 0.040 0.065 0.10  0.15  0.25  0.40  0.65  1.0   1.5   2.5   4.0   6.5   10    15    25    40    65    100   150   250   400   650   1000
A      2  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 30/31
B      2  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 30/31
C      2  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     ↓     1/2   2/3   3/4   5/6   6/7   8/9   10/11 14/15 21/22 ↑
D      3  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     ↓     1/2   2/3   3/4   5/6   6/7   8/9   10/11 14/15 21/22 ↑     ↑
E      5  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     ↓     1/2   2/3   3/4   5/6   6/7   8/9   10/11 14/15 21/22 ↑     ↑     ↑
F      8  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     ↓     1/2   2/3   3/4   5/6   6/7   8/9   10/11 ↑     ↑     ↑     ↑     ↑     ↑
G     13  ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     ↓     1/2   2/3   3/4   5/6   6/7   8/9   10/11 ↑     ↑     ↑     ↑     ↑     ↑     ↑
H     20  ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     ↓     1/2   2/3   3/4   5/6   6/7   8/9   10/11 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
J     32  ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     ↓     1/2   2/3   3/4   5/6   6/7   8/9   10/11 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
K     50  ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     ↓     1/2   2/3   3/4   5/6   6/7   8/9   10/11 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
L     80  ↓     ↓     ↓     ↓     0/1   ↑     ↓     ↓     1/2   2/3   3/4   5/6   6/7   8/9   10/11 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
M    125  ↓     ↓     ↓     0/1   ↑     ↓     ↓     1/2   2/3   3/4   5/6   6/7   8/9   10/11 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
N    200  ↓     ↓     0/1   ↑     ↓     ↓     1/2   2/3   3/4   5/6   6/7   8/9   10/11 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
P    315  ↓     0/1   ↑     ↓     ↓     1/2   2/3   3/4   5/6   6/7   8/9   10/11 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
Q    500  0/1   ↑     ↑     ↓     1/2   2/3   3/4   5/6   6/7   8/9   10/11 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
R    800  ↑     ↑     ↑     1/2   2/3   3/4   5/6   6/7   8/9   10/11 ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑     ↑
`;

function parseCell(text: string): MasterCell {
  if (text === '↓' || text === '↑') return text;
  if (text === '-') return null;
  const [ac = Number.NaN, re = Number.NaN] = text.split('/').map(Number);
  return { ac, re };
}

function parseTable(printed: string): readonly MasterRow[] {
  const [, ...rows] = printed.trim().split('\n');
  return rows.map((line) => {
    const [letter, sampleSize, ...cells] = line.trim().split(/\s+/);
    return { letter: letter as CodeLetter, sampleSize: Number(sampleSize), cells: cells.map(parseCell) };
  });
}

/** Tables 2-A, 2-B and 2-C, their rows in the standard's order. */
export const masterTables: Record<InspectionSeverity, readonly MasterRow[]> = {
  normal: parseTable(normal),
  tightened: parseTable(tightened),
  reduced: parseTable(reduced),
};
