// Field accuracy against the samples' ground truth, as the pipeline test and the benchmark both count it:
// exact match after NFC (and Ð read as Đ, which the samples' truth sometimes writes), character error rate,
// and how often wrong and right values were flagged low-confidence.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageExtraction } from '../../shared/ocr/ocr-types.ts';
import { editDistance } from '../../shared/text/edit-distance.ts';
import { fixturesDir } from './fixtures.ts';

export interface SamplePage {
  name: string;
  imagePath: string;
  edition: string;
  degradation: number;
  entries: { fields: Record<string, string> }[];
}

export const samplesDir = path.join(fixturesDir, 'samples');

/** The sample pages whose scan is in tests/fixtures/samples. */
export function samplePages(): SamplePage[] {
  const files = readdirSync(samplesDir);
  return files.filter((f) => f.endsWith('.json') && files.includes(f.replace('.json', '.jpg'))).sort().map((file) => {
    const truth = JSON.parse(readFileSync(path.join(samplesDir, file), 'utf8')) as Omit<SamplePage, 'name' | 'imagePath'>;
    return { ...truth, name: file.replace('.json', ''), imagePath: path.join(samplesDir, file.replace('.json', '.jpg')) };
  });
}

function comparable(text: string): string {
  return text.normalize('NFC').replace(/\u00d0/g, 'Đ').trim();
}

export interface FieldOutcome {
  page: string;
  edition: string;
  degradation: number;
  key: string;
  exact: boolean;
  lowConfidence: boolean;
  /** character edits from the value read to the truth */
  edits: number;
  truthLength: number;
}

export function fieldOutcomes(page: SamplePage, extraction: PageExtraction): FieldOutcome[] {
  return page.entries.flatMap((entry, index) => Object.entries(entry.fields).map(([key, truth]) => {
    const field = extraction.entries[index]?.fields[key];
    const value = comparable(field?.value ?? '');
    const expected = comparable(truth);
    return {
      page: page.name,
      edition: page.edition,
      degradation: page.degradation,
      key,
      exact: value === expected,
      lowConfidence: field?.lowConfidence ?? true,
      edits: editDistance(value, expected),
      truthLength: [...expected].length,
    };
  }));
}

export interface AccuracySummary {
  fields: number;
  exact: number;
  /** exact / fields */
  exactRate: number;
  /** character error rate: edits over the truth's characters */
  cer: number;
  /** how many wrong values were flagged low-confidence, and their share of the wrong values */
  wrongFlaggedCount: number;
  wrongFlagged: number;
  /** how many right values were flagged low-confidence, and their share of the right values */
  rightFlaggedCount: number;
  rightFlagged: number;
}

export function summarize(outcomes: readonly FieldOutcome[]): AccuracySummary {
  const exact = outcomes.filter((o) => o.exact);
  const wrong = outcomes.filter((o) => !o.exact);
  const chars = outcomes.reduce((sum, o) => sum + o.truthLength, 0);
  const wrongFlaggedCount = wrong.filter((o) => o.lowConfidence).length;
  const rightFlaggedCount = exact.filter((o) => o.lowConfidence).length;
  return {
    fields: outcomes.length,
    exact: exact.length,
    exactRate: outcomes.length === 0 ? 0 : exact.length / outcomes.length,
    cer: chars === 0 ? 0 : outcomes.reduce((sum, o) => sum + o.edits, 0) / chars,
    wrongFlaggedCount,
    wrongFlagged: wrong.length === 0 ? 0 : wrongFlaggedCount / wrong.length,
    rightFlaggedCount,
    rightFlagged: exact.length === 0 ? 0 : rightFlaggedCount / exact.length,
  };
}
