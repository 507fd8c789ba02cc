// Every change to an entry writes the entry and its audit row in one transaction: there is never an
// entry change without its history, nor history for a change that did not happen.
import type { AuditRow, Entry } from '../../shared/domain/entry.ts';
import { diffFields } from '../../shared/domain/field-changes.ts';
import type { RecordKind } from '../../shared/domain/record-kinds.ts';
import type { PlaceRecord } from '../../shared/places/place-record.ts';
import { typedFieldValues } from '../../shared/domain/typed-fields.ts';
import type { SohoaDatabase } from './database.ts';
import { newId } from './ids.ts';

export interface SaveEntryInput {
  /** absent for a new entry */
  id?: string;
  bookId: string;
  pageId: string | null;
  kind: RecordKind;
  typed: Record<string, string>;
  /** resolutions of the place fields, kept with them (with the pack version used) */
  places?: Record<string, PlaceRecord>;
}

export async function saveEntry(db: SohoaDatabase, input: SaveEntryInput, actor: string): Promise<Entry> {
  return db.transaction('rw', db.entries, db.audit, async () => {
    const existing = input.id ? await db.entries.get(input.id) : undefined;
    const fields = typedFieldValues(input.typed, existing?.fields);
    for (const [key, place] of Object.entries(input.places ?? {})) {
      const field = fields[key];
      if (field) fields[key] = { ...field, place };
    }
    const changes = diffFields(existing?.fields ?? {}, fields);
    if (existing && changes.length === 0) return existing;

    const now = new Date().toISOString();
    const entry: Entry = {
      id: existing?.id ?? input.id ?? newId(),
      bookId: input.bookId,
      pageId: input.pageId,
      kind: input.kind,
      entryNo: fields['registration.number']?.value ?? '',
      fields,
      status: existing?.status ?? 'draft',
      revision: (existing?.revision ?? 0) + 1,
      updatedAt: now,
      updatedBy: actor,
      warnings: existing?.warnings ?? [],
    };
    const audit: AuditRow = {
      id: newId(),
      at: now,
      actor,
      action: existing ? 'update' : 'create',
      entity: 'entry',
      entityId: entry.id,
      changes,
    };
    await db.entries.put(entry);
    await db.audit.add(audit);
    return entry;
  });
}

export function listEntries(db: SohoaDatabase, bookId: string): Promise<Entry[]> {
  return db.entries.where('bookId').equals(bookId).sortBy('updatedAt');
}

export function entryHistory(db: SohoaDatabase, entryId: string): Promise<AuditRow[]> {
  return db.audit.where('entityId').equals(entryId).sortBy('at');
}
