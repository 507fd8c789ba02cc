// From a page's extraction to the draft entries a clerk will correct: one draft per entry read, in reading
// order, each field as the engine read it (raw) and as post-correction left it (value), with what the
// workspace needs to point at it and to judge it (box, confidence, precision, place).
import type { Book, Entry, FieldValue } from '../domain/entry.ts';
import { fieldDefinition } from '../domain/record-kinds.ts';
import { cleanText, normalizeFieldValue } from '../text/normalize.ts';
import type { ExtractedEntry, ExtractedField, PageExtraction } from './ocr-types.ts';

/** Who the audit log names for what the page pipeline read: not the operator who happened to be working. */
export const ocrActor = 'ocr';

export interface OcrDraft {
  /** the extracted entry it comes from (its reading-order index on the page) */
  index: number;
  entryNo: string;
  fields: Record<string, FieldValue>;
}

function draftField(field: ExtractedField): FieldValue | null {
  // Normalized again here: the value is stored and compared as the typed ones are, whatever the engine did.
  const value = normalizeFieldValue(field.value);
  if (value === '') return null;
  return {
    value,
    raw: cleanText(field.raw),
    source: 'ocr',
    confidence: Math.min(100, Math.max(0, field.confidence)),
    ...(field.lowConfidence ? { lowConfidence: true as const } : {}),
    ...(field.box ? { box: field.box } : {}),
    ...(field.precision ? { precision: field.precision } : {}),
    ...(field.place ? { place: field.place } : {}),
  };
}

/** The fields of one extracted entry that the book's kind records and that hold a value. */
export function draftFields(entry: ExtractedEntry, book: Pick<Book, 'kind'>): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  for (const key of Object.keys(entry.fields).sort()) {
    if (!fieldDefinition(book.kind, key)) continue;
    const field = draftField(entry.fields[key]!);
    if (field) fields[key] = field;
  }
  return fields;
}

/**
 * One draft per extracted entry with at least one value; an entry read as nothing is no entry. A page of
 * another edition gets none: its text was cut by the wrong template, and drafts of it would only be
 * garbage for the clerk to clear. The reading is still kept and shown, with the issue.
 */
export function ocrDrafts(extraction: PageExtraction, book: Pick<Book, 'kind'>): OcrDraft[] {
  if (extraction.issues.some((issue) => issue.code === 'other-edition')) return [];
  const drafts: OcrDraft[] = [];
  for (const entry of [...extraction.entries].sort((a, b) => a.index - b.index)) {
    const fields = draftFields(entry, book);
    if (Object.keys(fields).length === 0) continue;
    drafts.push({ index: entry.index, entryNo: fields['registration.number']?.value ?? '', fields });
  }
  return drafts;
}

/**
 * A draft exactly as OCR made it: no person has saved it since (one revision, by OCR, every field still
 * OCR's). Only such drafts may be replaced by a newer reading of their page; anything a person keyed or
 * corrected is theirs.
 */
export function isUntouchedOcrDraft(entry: Pick<Entry, 'status' | 'revision' | 'updatedBy' | 'fields'>): boolean {
  return entry.status === 'draft' && entry.revision === 1 && entry.updatedBy === ocrActor && Object.values(entry.fields).every((f) => f.source === 'ocr');
}
