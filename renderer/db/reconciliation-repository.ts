// Where a double-keyed entry's key fields stand (shared/team/reconciliation.ts), read inside the caller's
// transaction (over books, keyings and decisions); null for a book keyed by OCR + verification.
import type { Book, Entry } from '../../shared/domain/entry.ts';
import { keyFieldsOf, keyingPolicyOf } from '../../shared/team/keying-policy.ts';
import { reconcileEntry, type Decision, type EntryReconciliation, type Keying } from '../../shared/team/reconciliation.ts';
import { contextFor, registerYearsOf } from '../../shared/domain/validate-entry.ts';
import type { SohoaDatabase } from './database.ts';

export async function entryReconciliation(db: SohoaDatabase, entry: Entry, book: Book): Promise<EntryReconciliation | null> {
  const policy = keyingPolicyOf(book);
  if (policy.mode !== 'double') return null;
  const keyings = await db.keyings.where('entryId').equals(entry.id).toArray();
  const decisions = await db.decisions.where('entryId').equals(entry.id).toArray();
  return reconcileEntry(
    entry,
    keyFieldsOf(book.kind, policy),
    new Map<string, Keying>(keyings.map((k) => [k.id, k])),
    new Map<string, Decision>(decisions.map((d) => [d.id, d])),
    contextFor(registerYearsOf(book)),
  );
}
