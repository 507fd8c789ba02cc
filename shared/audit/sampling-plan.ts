// The single sampling plan a supervisor audits a lot by (ISO 2859-1:1999): the lot size and inspection level give a
// code letter (Table 1); that letter's row of the master table for the severity in force (2-A, 2-B or 2-C) gives, at
// the AQL, Ac and Re, or an arrow. The standard's arrow rule: use the first plan below (↓) or above (↑) the arrow in
// the same column, with that plan's own sample size, so the plan's letter may differ from the code letter.
// The note under the master tables: where the sample size equals or exceeds the lot size, carry out 100 %
// inspection. Then every item of the lot is inspected, and Ac and Re stay those of the plan the arrows led to: the
// note says nothing else of them, and inspecting every item only makes the count of nonconforming ones exact.
import { AppError } from '../api/app-error.ts';
import {
  aqlValues,
  codeLetterRows,
  inspectionLevels,
  inspectionSeverities,
  masterTables,
  type CodeLetter,
  type InspectionLevel,
  type InspectionSeverity,
  type MasterRow,
} from './iso-2859-1-tables.ts';

export { aqlValues, inspectionLevels, inspectionSeverities };
export type { CodeLetter, InspectionLevel, InspectionSeverity };

export interface SamplingRequest {
  lotSize: number;
  /** In percent nonconforming, or nonconformities per 100 items: one of `aqlValues`; 1.0 unless given. */
  aql?: number;
  /** One of `inspectionLevels`; general level II unless given. */
  level?: string;
  /** One of `inspectionSeverities`; normal unless given. */
  severity?: string;
}

export interface SamplingPlan {
  lotSize: number;
  level: InspectionLevel;
  severity: InspectionSeverity;
  aql: number;
  /** Table 1's letter for the lot size and level. */
  codeLetter: CodeLetter;
  /** The letter whose plan is used: the code letter, or the one an arrow leads to. */
  planLetter: CodeLetter;
  /** n of that plan. */
  planSampleSize: number;
  /** The items to inspect: n, or the whole lot when n is the lot size or more. */
  sampleSize: number;
  fullInspection: boolean;
  /** The lot is accepted with at most Ac nonconforming items in the sample, and not accepted with Re or more. */
  ac: number;
  re: number;
}

function isLevel(level: string): level is InspectionLevel {
  return (inspectionLevels as readonly string[]).includes(level);
}

function isSeverity(severity: string): severity is InspectionSeverity {
  return (inspectionSeverities as readonly string[]).includes(severity);
}

function codeLetter(lotSize: number, level: InspectionLevel): CodeLetter {
  const row = codeLetterRows.find((r) => lotSize >= r.from && lotSize <= r.to);
  return row?.letters.split(' ')[inspectionLevels.indexOf(level)] as CodeLetter;
}

function followArrows(rows: readonly MasterRow[], letter: CodeLetter, column: number): { row: MasterRow; ac: number; re: number } {
  let index = rows.findIndex((row) => row.letter === letter);
  let cell = rows[index]?.cells[column];
  while (cell === '↓' || cell === '↑') {
    index += cell === '↓' ? 1 : -1;
    cell = rows[index]?.cells[column];
  }
  const row = rows[index];
  // Every cell of the transcribed tables leads to a plan (the tests follow each one): this is a damaged table.
  if (row === undefined || cell === undefined || cell === null) throw new Error(`ISO 2859-1: no plan for code letter ${letter} at AQL ${aqlValues[column]}`);
  return { row, ...cell };
}

/** The plan for a lot; refuses a lot size, AQL, level or severity the standard has no plan for. */
export function samplingPlan({ lotSize, aql = 1.0, level = 'II', severity = 'normal' }: SamplingRequest): SamplingPlan {
  if (!Number.isInteger(lotSize) || lotSize < 2) throw AppError.of('sampling-lot-size', { lot: String(lotSize) });
  const column = aqlValues.indexOf(aql);
  if (column < 0) throw AppError.of('sampling-aql', { aql: String(aql), values: aqlValues.join(', ') });
  if (!isLevel(level)) throw AppError.of('sampling-level', { level, levels: inspectionLevels.join(', ') });
  if (!isSeverity(severity)) throw AppError.of('sampling-severity', { severity });
  const letter = codeLetter(lotSize, level);
  const { row, ac, re } = followArrows(masterTables[severity], letter, column);
  const fullInspection = row.sampleSize >= lotSize;
  return {
    lotSize,
    level,
    severity,
    aql,
    codeLetter: letter,
    planLetter: row.letter,
    planSampleSize: row.sampleSize,
    sampleSize: fullInspection ? lotSize : row.sampleSize,
    fullInspection,
    ac,
    re,
  };
}
