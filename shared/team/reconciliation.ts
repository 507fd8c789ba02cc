// Where each key field of an entry stands under double keying: pass A is the entry as its operator left
// it, pass B what the blind keyer typed; equal values are accepted, different ones wait for a checker,
// whose decision keeps both originals.
import type { DateContext } from '../domain/dates.ts';
import type { FieldValue } from '../domain/entry.ts';
import type { RecordKind } from '../domain/record-kinds.ts';
import { normalizeFieldValue } from '../text/normalize.ts';
import { sameKeying, type KeyedValue } from './keying-compare.ts';

/** What the blind pass typed for one field of one entry (the latest keying of that field counts). */
export interface Keying extends KeyedValue {
  /** `${entryId}|${field}`: one per field, typing again replaces it */
  id: string;
  bookId: string;
  batchId: string;
  entryId: string;
  field: string;
  by: string;
  at: string;
}

export type DecisionChoice = 'A' | 'B' | 'typed';

/** A checker's settling of a difference, with both originals. */
export interface Decision {
  /** `${entryId}|${field}` */
  id: string;
  bookId: string;
  batchId: string;
  entryId: string;
  field: string;
  a: KeyedValue;
  b: KeyedValue;
  chosen: KeyedValue;
  choice: DecisionChoice;
  by: string;
  at: string;
}

export type FieldState = 'waiting' | 'agreed' | 'differs' | 'decided';

/** What a field, or a keying, says: its value, or its mark; nothing else of it. */
export function keyedValueOf(keyed: KeyedValue | undefined): KeyedValue {
  if (!keyed) return { value: '' };
  return keyed.mark === undefined ? { value: keyed.value } : { value: '', mark: keyed.mark };
}

export function fieldKey(entryId: string, field: string): string {
  return `${entryId}|${field}`;
}

/**
 * The state of one field: waiting for pass B; agreed; differing, for a checker; decided. A decision stands
 * only while both passes still say what it settled: a pass keyed again reopens the field.
 */
export function fieldState(
  kind: RecordKind,
  field: string,
  passA: FieldValue | undefined,
  keying: Keying | undefined,
  decision: Decision | undefined,
  context: DateContext,
): FieldState {
  if (!keying) return 'waiting';
  const a = keyedValueOf(passA);
  if (decision && sameKeying(kind, field, decision.chosen, a, context) && sameKeying(kind, field, decision.b, keying, context)) return 'decided';
  return sameKeying(kind, field, a, keying, context) ? 'agreed' : 'differs';
}

export interface EntryReconciliation {
  fields: Record<string, FieldState>;
  /** every key field agreed or decided */
  settled: boolean;
  waiting: number;
  differs: number;
}

export function reconcileEntry(
  entry: { id: string; kind: RecordKind; fields: Record<string, FieldValue> },
  keyFields: readonly string[],
  keyings: ReadonlyMap<string, Keying>,
  decisions: ReadonlyMap<string, Decision>,
  context: DateContext,
): EntryReconciliation {
  const fields: Record<string, FieldState> = {};
  let waiting = 0;
  let differs = 0;
  for (const field of keyFields) {
    const key = fieldKey(entry.id, field);
    const state = fieldState(entry.kind, field, entry.fields[field], keyings.get(key), decisions.get(key), context);
    fields[field] = state;
    if (state === 'waiting') waiting++;
    if (state === 'differs') differs++;
  }
  return { fields, settled: waiting === 0 && differs === 0, waiting, differs };
}

/** The entry's field once a decision took `chosen`: null when it says nothing; a person's value, where the page still shows it read. */
export function decidedFieldValue(previous: FieldValue | undefined, chosen: KeyedValue): FieldValue | null {
  if (chosen.mark !== undefined) return { value: '', raw: '', source: 'typed', mark: chosen.mark };
  const value = normalizeFieldValue(chosen.value);
  if (value === '') return null;
  if (previous && previous.mark === undefined && previous.value === value) return previous;
  return { value, raw: value, source: previous?.box || previous?.source === 'ocr' || previous?.source === 'corrected' ? 'corrected' : 'typed', ...(previous?.box ? { box: previous.box } : {}) };
}
