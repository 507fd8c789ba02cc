// What the page pipeline produces, from the engine's words to a page's entries. Boxes are in the pixels
// of the page's display image (deskewed and cropped like the OCR image), so the workspace can point at
// them without knowing how the scan was straightened.
import type { Box, DatePrecision } from '../domain/entry.ts';
import type { LocalizedText } from '../domain/record-kinds.ts';
import type { PlaceRecord } from '../places/place-record.ts';

export interface OcrWord {
  text: string;
  /** 0–100, as the engine gives it */
  confidence: number;
  box: Box;
}

export interface OcrLine {
  words: OcrWord[];
  box: Box;
}

/** The engine's answer for one image (a whole page, or one cell crop read as a single line). */
export interface OcrText {
  text: string;
  /** mean word confidence, 0–100 */
  confidence: number;
  lines: OcrLine[];
}

/** Why a field's value deserves a second look; shown to the clerk, kept with the field. */
export type FieldFlagCode =
  | 'low-confidence'
  | 'not-found'
  | 'corrected-from-list'
  | 'corrected-format'
  | 'not-in-list'
  | 'bad-format'
  | 'unusual-given-name'
  | 'impossible-spelling'
  | 'near-list-entry'
  | 'rare-spelling'
  | 'place-unresolved'
  | 'place-ambiguous'
  | 'out-of-sequence'
  | 'year-off-page';

export interface FieldFlag {
  code: FieldFlagCode;
  message: LocalizedText;
  /** the value as the flag suggests it, where it names one ("Đột quỵ" for "Đột quy") */
  suggestion?: string;
}

export interface ExtractedField {
  /** normalized NFC value after post-correction ('' when nothing was read) */
  value: string;
  /** the text as the engine read it, never altered */
  raw: string;
  /** 0–100: the engine's confidence, lowered by what post-correction found */
  confidence: number;
  box: Box | null;
  lowConfidence: boolean;
  flags: FieldFlag[];
  precision?: DatePrecision;
  place?: PlaceRecord;
}

export interface ExtractedEntry {
  /** 0-based, in reading order */
  index: number;
  box: Box | null;
  fields: Record<string, ExtractedField>;
}

export type PageIssueCode =
  | 'blank-page'
  | 'other-edition'
  | 'turned-upside-down'
  | 'no-table-found'
  | 'low-confidence-page';

export interface PageIssue {
  code: PageIssueCode;
  message: LocalizedText;
  /** other-edition: the edition the page fits (the page may be read as it) */
  edition?: string;
}

export interface PageExtraction {
  /** the page's SHA-256 */
  page: string;
  templateId: string;
  engine: string;
  model: string;
  /** size of the display image the boxes refer to */
  width: number;
  height: number;
  entries: ExtractedEntry[];
  issues: PageIssue[];
  /** mean confidence over the page's fields, 0–100 */
  confidence: number;
  /** milliseconds spent per stage, for the progress estimate and the benchmark */
  timings: { preprocess: number; ocr: number; extract: number };
  fromCache: boolean;
}
