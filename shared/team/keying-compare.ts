// Two keyings of one field agree when they say the same thing, not when they are the same characters:
// both are normalised as Vietnamese (NFC, tone-mark placement, spacing), case is ignored where it carries
// no meaning, and dates are compared as the dates they stand for (12/3/1987 = 12/03/1987).
import { parseDate, type DateContext } from '../domain/dates.ts';
import type { FieldMark } from '../domain/typed-fields.ts';
import { fieldDefinition, type FieldType, type RecordKind } from '../domain/record-kinds.ts';
import { normalizeFieldValue } from '../text/normalize.ts';
import { toToneStyle } from '../text/tone-style.ts';

/** What one pass keyed for a field: text, or a mark that the register leaves it blank or it cannot be read. */
export interface KeyedValue {
  value: string;
  mark?: FieldMark;
}

/** Types whose case means nothing: names, places, lists (a free-text note, a document number keep theirs). */
const caseInsensitive: ReadonlySet<FieldType> = new Set(['name', 'place', 'ethnicity', 'nationality', 'sex']);

/** The form two keyings are compared in. */
export function comparableForm(kind: RecordKind, field: string, keyed: KeyedValue, context: DateContext): string {
  if (keyed.mark !== undefined) return `#${keyed.mark}`;
  const text = normalizeFieldValue(keyed.value);
  const type = fieldDefinition(kind, field)?.type;
  if (type === 'date') {
    const parsed = parseDate(text, context);
    if (parsed?.ok) return `date:${parsed.display}`;
  }
  const styled = toToneStyle(text, 'old');
  return type !== undefined && caseInsensitive.has(type) ? styled.toLocaleLowerCase('vi') : styled;
}

export function sameKeying(kind: RecordKind, field: string, a: KeyedValue, b: KeyedValue, context: DateContext): boolean {
  return comparableForm(kind, field, a, context) === comparableForm(kind, field, b, context);
}
