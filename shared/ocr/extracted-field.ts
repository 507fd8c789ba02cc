// From what a template found on the page to what the clerk sees: the raw text kept, the value corrected
// from closed lists only, and a field that was not found at all said so rather than left silently empty.
import { todayIso } from '../domain/dates.ts';
import { fieldDefinition, type RecordKind } from '../domain/record-kinds.ts';
import { placeDateOf } from '../places/place-record.ts';
import type { RawField } from './form-extraction.ts';
import type { ExtractedField } from './ocr-types.ts';
import { correctField, type CorrectionContext } from './post-correct.ts';

const notFound = {
  code: 'not-found' as const,
  message: { vi: 'Không tìm thấy nhãn của trường này trên trang.', en: "This field's label was not found on the page." },
};

function toExtractedField(kind: RecordKind, key: string, field: RawField, context: CorrectionContext): ExtractedField {
  if (!field.found) {
    return { value: '', raw: '', confidence: 0, box: field.box, lowConfidence: true, flags: [notFound] };
  }
  const type = fieldDefinition(kind, key)?.type ?? 'text';
  const corrected = correctField(type, field.raw, field.confidence, context);
  return { ...corrected, raw: field.raw, box: field.box };
}

/**
 * An entry's fields, corrected. Places are read last, on the entry's own date (registration, else the
 * event), else on the caller's date (the register's years): a 1994 register names the units of 1994.
 */
export function toExtractedFields(kind: RecordKind, fields: Record<string, RawField>, context: CorrectionContext): Record<string, ExtractedField> {
  const isPlace = (key: string) => fieldDefinition(kind, key)?.type === 'place';
  const result: Record<string, ExtractedField> = {};
  for (const [key, field] of Object.entries(fields)) if (!isPlace(key)) result[key] = toExtractedField(kind, key, field, context);
  const values = Object.fromEntries(Object.entries(result).map(([key, field]) => [key, field.value]));
  const placeDate = placeDateOf(kind, values, { today: context.today ?? todayIso() }) ?? context.placeDate;
  for (const [key, field] of Object.entries(fields)) if (isPlace(key)) result[key] = toExtractedField(kind, key, field, { ...context, placeDate });
  // In the template's order, as the clerk reads the page.
  return Object.fromEntries(Object.keys(fields).map((key) => [key, result[key]!]));
}
