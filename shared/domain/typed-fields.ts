// Turns what a user typed into stored field values: NFC always; `raw` keeps the text as typed (white space
// included), `value` the normalized single-line form. Empty fields are not stored.
import type { FieldValue } from './entry.ts';
import { cleanText, normalizeFieldValue } from '../text/normalize.ts';

export function typedFieldValues(
  typed: Record<string, string>,
  previous: Record<string, FieldValue> = {},
): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  for (const [key, text] of Object.entries(typed)) {
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
