// What is sent of a verified entry: every field with a value or a mark, as stored (NFC), the place as
// resolved (the unit of then and the unit of today, when one is known), the page it was keyed from and
// its book. OCR's confidence and boxes stay on the PC: they are how it was read, not what it says.
import type { Book, Entry, FieldValue } from '../domain/entry.ts';
import type { EntryItem, WireField } from './protocol.ts';

const isSha256 = (text: string | null): text is string => text !== null && /^[0-9a-f]{64}$/.test(text);

function wireField(field: FieldValue): WireField {
  const place = field.place;
  const today = place?.chosenSuccessor ?? (place?.successors.length === 1 ? place.successors[0]!.key : undefined);
  return {
    value: field.value.normalize('NFC'),
    raw: field.raw.normalize('NFC'),
    source: field.source,
    ...(field.mark ? { mark: field.mark } : {}),
    ...(place ? { place: { ...(place.versionKey ? { versionKey: place.versionKey } : {}), ...(today ? { todayKey: today } : {}), packVersion: place.packVersion } } : {}),
  };
}

export function entryPayload(entry: Entry, book: Book, opId: string): EntryItem {
  const fields = Object.fromEntries(Object.entries(entry.fields).filter(([, f]) => f.value !== '' || f.mark !== undefined).map(([key, f]) => [key, wireField(f)]));
  return {
    opId,
    entryId: entry.id,
    revision: entry.revision,
    kind: entry.kind,
    fields,
    pageSha256: isSha256(entry.pageId) ? entry.pageId : null,
    book: { id: book.id, kind: book.kind, communeAsWritten: book.communeAsWritten, volume: book.volume, yearFrom: book.yearFrom, yearTo: book.yearTo },
  };
}
