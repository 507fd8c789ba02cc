// From what a template found on the page to what the clerk sees: the raw text kept, the value corrected
// from closed lists only, and a field that was not found at all said so rather than left silently empty.
import { todayIso } from '../domain/dates.ts';
import { fieldDefinition, type FieldType, type RecordKind } from '../domain/record-kinds.ts';
import { parseSex, type Sex } from '../domain/sex.ts';
import { placeDateOf } from '../places/place-record.ts';
import type { RawField } from './form-extraction.ts';
import type { ExtractedField } from './ocr-types.ts';
import { correctField, type CorrectionContext, type FieldContext } from './post-correct.ts';

const notFound = {
  code: 'not-found' as const,
  message: { vi: 'Không tìm thấy nhãn của trường này trên trang.', en: "This field's label was not found on the page." },
};

function toExtractedField(type: FieldType, field: RawField, context: CorrectionContext, about: FieldContext): ExtractedField {
  if (!field.found) {
    return { value: '', raw: '', confidence: 0, box: field.box, lowConfidence: true, flags: [notFound] };
  }
  const corrected = correctField(type, field.raw, field.confidence, context, about);
  return { ...corrected, raw: field.raw, box: field.box };
}

// The people whose sex their role says; a child's and a deceased person's is a field of the entry.
const sexOfRole: Readonly<Record<string, Sex>> = { father: 'male', husband: 'male', mother: 'female', wife: 'female' };

/**
 * An entry's fields, corrected. Names are read after the sexes, whose bearers' names are then counted
 * among the names of their sex. Places are read last, on the entry's own date (registration, else the
 * event), else on the caller's date (the register's years): a 1994 register names the units of 1994.
 */
export function toExtractedFields(kind: RecordKind, fields: Record<string, RawField>, context: CorrectionContext): Record<string, ExtractedField> {
  const typeOf = (key: string): FieldType => fieldDefinition(kind, key)?.type ?? 'text';
  const result: Record<string, ExtractedField> = {};
  const correct = (which: (type: FieldType) => boolean, about: (key: string) => FieldContext, within = context) => {
    for (const [key, field] of Object.entries(fields)) if (which(typeOf(key))) result[key] = toExtractedField(typeOf(key), field, within, about(key));
  };
  correct((type) => type !== 'name' && type !== 'place', (key) => ({ key }));
  const sexOf = (key: string): Sex | null => {
    const role = key.split('.')[0]!;
    const written = result[`${role}.sex`]?.value;
    return sexOfRole[role] ?? (written === undefined ? null : parseSex(written));
  };
  correct((type) => type === 'name', (key) => ({ key, sex: sexOf(key) }));
  const values = Object.fromEntries(Object.entries(result).map(([key, field]) => [key, field.value]));
  const placeDate = placeDateOf(kind, values, { today: context.today ?? todayIso() }) ?? context.placeDate;
  correct((type) => type === 'place', (key) => ({ key }), { ...context, placeDate });
  // In the template's order, as the clerk reads the page.
  return Object.fromEntries(Object.keys(fields).map((key) => [key, result[key]!]));
}
