// A register given whole (a file for `sohoa validate`), its numbering checked as the workspace checks a
// book's: numbers used twice in a year, numbers missing. The entries come in reading order, on no page.
import type { YearRange } from './dates.ts';
import type { FieldValue } from './entry.ts';
import { readingKey } from './entry-order.ts';
import { entryName, registrationOf } from './entry-rows.ts';
import type { RecordKind } from './record-kinds.ts';
import { numberingFindings, numberingProblems, type NamedEntry } from './registration-numbers.ts';
import type { Finding } from './validate-entry.ts';

export interface RegisterEntry {
  kind: RecordKind;
  fields: Readonly<Record<string, string>>;
}

/**
 * The numbering findings of each entry, in the entries' order. `bookYears`: the register's years; without
 * them, the years its entries were registered in.
 */
export function registerNumberingFindings(entries: readonly RegisterEntry[], today: string, bookYears?: YearRange): Finding[][] {
  const stored = entries.map((entry) => ({
    kind: entry.kind,
    fields: Object.fromEntries(Object.entries(entry.fields).map(([key, value]): [string, FieldValue] => [key, { value: value.trim(), raw: value, source: 'typed' }])),
  }));
  const registration = stored.map((entry) => registrationOf({ fields: entry.fields, updatedAt: today }));
  const keys = stored.map((_, i) => readingKey('register', null, String(i).padStart(9, '0')));
  const columns = {
    keys,
    numbers: registration.map((r) => r.registrationNumber ?? 0),
    years: registration.map((r) => r.registrationYear ?? 0),
  };
  const years = columns.years.filter((year) => year > 0);
  const range = bookYears ?? (years.length > 0 ? { from: Math.min(...years), to: Math.max(...years) } : null);
  if (range === null) return entries.map(() => []);
  const named = new Map<string, NamedEntry>(keys.map((key, i) => [key, { entryNo: stored[i]!.fields['registration.number']?.value ?? '', name: entryName(stored[i]!) }]));
  return entries.map((_, i) => numberingFindings(numberingProblems(columns, i, range), named));
}
