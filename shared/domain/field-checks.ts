// Which fields a person must still look at before an entry may be called verified: those OCR was unsure
// of that nobody has accepted, changed or marked since. "Verified" promises that a person compared every
// doubtful reading with the register; a verification that skips some says so in its audit row.
import type { FieldValue } from './entry.ts';
import { recordFields, type RecordKind } from './record-kinds.ts';

/** A reading OCR was unsure of, that no person has accepted, changed or marked. */
export function isUnchecked(field: FieldValue | undefined): boolean {
  return field !== undefined && field.source === 'ocr' && field.lowConfidence === true && field.confirmed !== true && field.mark === undefined;
}

/** The unchecked fields of an entry, in the order the form shows them. */
export function uncheckedFields(kind: RecordKind, fields: Readonly<Record<string, FieldValue>>): string[] {
  return recordFields[kind].map((def) => def.key).filter((key) => isUnchecked(fields[key]));
}
