// How a book's entries are keyed: today's flow (OCR, then a person corrects and verifies), or blind double
// keying of its key fields, where a second operator types them from the page without seeing the first
// pass or OCR, and every difference goes to a checker.
import { recordFields, type FieldType, type RecordKind } from '../domain/record-kinds.ts';

export type KeyingPolicy =
  | { mode: 'ocr-verify' }
  | { mode: 'double'; keyFields: string[] };

export const keyingModeLabels = {
  'ocr-verify': { vi: 'OCR + kiểm tra', en: 'OCR + verification' },
  double: { vi: 'Nhập hai lần các trường chính', en: 'Double keying of key fields' },
} as const;

/** Names, dates, personal ID numbers and identity documents, and the registration's number and book. */
const keyTypes: ReadonlySet<FieldType> = new Set(['name', 'date', 'year', 'personalId', 'idDocument']);
const keyRegistration = new Set(['registration.number', 'registration.book']);

export function defaultKeyFields(kind: RecordKind): string[] {
  return recordFields[kind].filter((field) => keyTypes.has(field.type) || keyRegistration.has(field.key)).map((field) => field.key);
}

/** A book's policy: OCR + verification unless it says otherwise. */
export function keyingPolicyOf(book: { keying?: KeyingPolicy }): KeyingPolicy {
  return book.keying ?? { mode: 'ocr-verify' };
}

/** The key fields of a policy, in the kind's field order; unknown keys are dropped. */
export function keyFieldsOf(kind: RecordKind, policy: KeyingPolicy): string[] {
  if (policy.mode !== 'double') return [];
  const chosen = new Set(policy.keyFields);
  return recordFields[kind].filter((field) => chosen.has(field.key)).map((field) => field.key);
}
