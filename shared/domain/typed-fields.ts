// Turns what a user typed into stored field values: NFC always; `raw` keeps the text as typed (white space
// included), `value` the normalized single-line form. Empty fields are not stored, unless marked: a field
// the register leaves blank or that cannot be read is kept, empty, with its mark.
// Where a value came from stays true: a value equal to what OCR read is OCR's (confidence, box), however
// the text got back there (retyped, undone after clearing); only a value that differs is a correction.
import type { Entry, FieldValue } from './entry.ts';
import { cleanText, normalizeFieldValue } from '../text/normalize.ts';

export type FieldMark = NonNullable<FieldValue['mark']>;

export interface TypedFieldOptions {
  /** the fields as OCR read them (Entry.read); without it, a field still OCR's in `previous` stands for its reading */
  read?: Readonly<Record<string, FieldValue>>;
  /** fields a person accepted as OCR read them (Enter on the field): OCR-confirmed */
  confirmed?: ReadonlySet<string>;
}

/** What OCR read for a field, if anything: its kept reading, else the previous value while still OCR's. */
function readingOf(key: string, previous: Readonly<Record<string, FieldValue>>, read: Readonly<Record<string, FieldValue>> | undefined): FieldValue | undefined {
  const kept = read?.[key];
  if (kept) return kept;
  const before = previous[key];
  return before?.source === 'ocr' ? before : undefined;
}

export function typedFieldValues(
  typed: Record<string, string>,
  previous: Readonly<Record<string, FieldValue>> = {},
  marks: Record<string, FieldMark> = {},
  { read, confirmed }: TypedFieldOptions = {},
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
    const reading = readingOf(key, previous, read);
    // The form shows an OCR field by its corrected value, not by the text the engine saw.
    if (reading && value === reading.value) {
      const still = before?.source === 'ocr' && before.value === value ? before : undefined;
      // Put back after a change, it was looked at: as good as accepted.
      const kept = still ?? reading;
      fields[key] = still === undefined || confirmed?.has(key) === true ? { ...kept, confirmed: true } : kept;
      continue;
    }
    const raw = cleanText(text);
    if (before && before.source !== 'ocr' && before.raw === raw) {
      fields[key] = before;
      continue;
    }
    // A value first read by OCR and then changed by a person is a correction, not fresh typing; it keeps
    // the box where OCR read it, so the page can still point at it.
    const corrected = reading !== undefined || before?.source === 'corrected';
    const box = reading?.box ?? before?.box;
    fields[key] = { value, raw, source: corrected ? 'corrected' : 'typed', ...(box ? { box } : {}) };
  }
  return fields;
}

/** What the form shows of a saved entry: the text as written, or for a field OCR read, its corrected value. */
export function typedValues(entry: Pick<Entry, 'fields'> | null): Record<string, string> {
  if (!entry) return {};
  return Object.fromEntries(Object.entries(entry.fields).map(([key, field]) => [key, field.source === 'ocr' ? field.value : field.raw]));
}
