// Turns what a user typed into stored field values: NFC always; `raw` keeps the text as typed (white space
// included), `value` the normalized single-line form. Empty fields are not stored, unless marked: a field
// the register leaves blank or that cannot be read is kept, empty, with its mark.
import type { FieldValue } from './entry.ts';

export type FieldMark = NonNullable<FieldValue['mark']>;
import { cleanText, normalizeFieldValue } from '../text/normalize.ts';

export function typedFieldValues(
  typed: Record<string, string>,
  previous: Record<string, FieldValue> = {},
  marks: Record<string, FieldMark> = {},
): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  for (const [key, mark] of Object.entries(marks)) {
    const before = previous[key];
    fields[key] = before?.mark === mark && before.value === '' ? before : { value: '', raw: '', source: 'typed', mark };
  }
  for (const [key, text] of Object.entries(typed)) {
    if (Object.hasOwn(marks, key)) continue;
    const value = normalizeFieldValue(text);
    if (value === '') continue;
    const before = previous[key];
    const raw = cleanText(text);
    if (before && before.raw === raw) {
      fields[key] = before;
      continue;
    }
    // A value first read by OCR and then changed by a person is a correction, not fresh typing.
    const source = before?.source === 'ocr' || before?.source === 'corrected' ? 'corrected' : 'typed';
    fields[key] = { value, raw, source };
  }
  return fields;
}
