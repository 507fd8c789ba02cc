// A page as the engine read it, and the step that turns it into what the clerk sees. Reading needs the
// pixels and the engine (the OCR process); correction needs the name lists and the place table (the main
// process, which holds them anyway): the reading is what crosses between the two.
import type { Box } from '../domain/entry.ts';
import type { RawField } from './form-extraction.ts';
import { toExtractedFields } from './extracted-field.ts';
import { fixNumberSequence } from './number-sequence.ts';
import type { PageExtraction, PageIssue } from './ocr-types.ts';
import { lowPageConfidence, pageIssue } from './page-issues.ts';
import { flagYearsOffPage } from './page-years.ts';
import type { CorrectionContext } from './post-correct.ts';
import type { Template } from './template.ts';

export interface EntryReading {
  /** 0-based, in reading order */
  index: number;
  box: Box | null;
  /** by field key, as read: raw text, confidence and box, before any correction */
  fields: Record<string, RawField>;
}

export interface PageReading {
  page: string;
  templateId: string;
  /** size of the display image the boxes refer to */
  width: number;
  height: number;
  entries: EntryReading[];
  issues: PageIssue[];
  /** milliseconds spent per stage */
  timings: { preprocess: number; ocr: number; extract: number };
}

export type CorrectedPage = Omit<PageExtraction, 'engine' | 'model' | 'fromCache'>;

/**
 * Post-correction of every entry; a table's row numbers are mended from their sequence and its years
 * checked against the years its rows were registered in; a page whose fields are mostly unsure is flagged.
 */
export function correctReading(reading: PageReading, template: Template, correction: CorrectionContext): CorrectedPage {
  const corrected = reading.entries.map((entry) => ({ ...entry, fields: toExtractedFields(template.kind, entry.fields, correction) }));
  const entries = template.layout === 'table' ? flagYearsOffPage(template.kind, fixNumberSequence(corrected)) : corrected;
  const fields = entries.flatMap((entry) => Object.values(entry.fields));
  const confidence = fields.length === 0 ? 0 : fields.reduce((sum, field) => sum + field.confidence, 0) / fields.length;
  const issues = fields.length > 0 && confidence < lowPageConfidence
    ? [...reading.issues, pageIssue('low-confidence-page', { confidence: Math.round(confidence) })]
    : reading.issues;
  return { page: reading.page, templateId: reading.templateId, width: reading.width, height: reading.height, entries, issues, confidence, timings: reading.timings };
}
