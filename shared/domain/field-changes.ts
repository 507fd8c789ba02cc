import { placeChoiceOf } from '../places/place-record.ts';
import type { FieldChange, FieldValue } from './entry.ts';

// A place's resolution changes with the pack; what a person chose about it is an edit like any other, and
// so is accepting a doubtful reading as it was read.
const choiceOf = (field: FieldValue) => JSON.stringify(placeChoiceOf(field.value, field.place));

function sameField(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.value === b.value && a.raw === b.raw && a.source === b.source && a.confirmed === b.confirmed && a.mark === b.mark && choiceOf(a) === choiceOf(b);
}

/** The before/after of each field that differs, in a stable order: what an audit row records. */
export function diffFields(
  before: Record<string, FieldValue>,
  after: Record<string, FieldValue>,
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const b = before[field];
    const a = after[field];
    if (!sameField(b, a)) changes.push({ field, before: b ?? null, after: a ?? null });
  }
  return changes;
}
