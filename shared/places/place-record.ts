// What an entry keeps of a resolved place, beside the text as written: the unit version it resolved to,
// its successors today and the pack version used, with names spelled out so the record still reads
// after the pack is replaced. An unresolved place is kept too: a warning, never a block.
import { parseDate, partialDateToIso, type YearRange } from '../domain/dates.ts';
import type { RecordKind } from '../domain/record-kinds.ts';
import type { PlaceResolution, PlaceResolver } from './place-resolver.ts';
import type { Share } from './place-table.ts';

export type PlaceRecordStatus = 'auto' | 'manual' | 'ambiguous' | 'unresolved';

export interface PlaceRecord {
  status: PlaceRecordStatus;
  /** the unit version resolved to (auto or manual) */
  versionKey?: string;
  /** its full names on the entry's date, "Xã A, Huyện B, Tỉnh C" */
  path?: string;
  /** the date the place was resolved for */
  date: string;
  successors: { key: string; path: string; share: Share }[];
  /** split across several units today: someone must choose which the record's place lies in */
  needsChoice: boolean;
  packVersion: string;
}

export function placeRecordOf(resolution: PlaceResolution, date: string): PlaceRecord {
  const best = resolution.candidates[0]?.place;
  const resolved = resolution.status === 'resolved' && best !== undefined;
  return {
    status: resolved ? 'auto' : resolution.status === 'ambiguous' ? 'ambiguous' : 'unresolved',
    ...(resolved ? { versionKey: best.key, path: best.path } : {}),
    date,
    successors: resolution.successors.map((s) => ({ key: s.place.key, path: s.place.path, share: s.share })),
    needsChoice: resolution.needsChoice,
    packVersion: resolution.packVersion,
  };
}

// The units a clerk names are those of the day the entry was registered; the event's own date comes next.
const dateFields: Record<RecordKind, string[]> = {
  birth: ['registration.date', 'child.birthDate'],
  death: ['registration.date', 'death.date'],
  marriage: ['registration.date'],
};

/** The date to resolve an entry's places on: YYYY-MM-DD, YYYY-MM or YYYY; null when nothing says. */
export function placeDateOf(kind: RecordKind, fields: Record<string, string>, context: { today: string; registerYears?: YearRange }): string | null {
  for (const key of dateFields[kind]) {
    const parsed = parseDate(fields[key] ?? '', context);
    const iso = parsed?.ok ? partialDateToIso(parsed.date) : null;
    if (iso !== null) return iso;
  }
  return context.registerYears ? String(context.registerYears.from) : null;
}

/** Resolves every place field the entry has text in. */
export function resolvePlaceFields(
  resolver: PlaceResolver,
  kind: RecordKind,
  placeKeys: readonly string[],
  fields: Record<string, string>,
  context: { today: string; registerYears?: YearRange },
): Record<string, PlaceRecord> {
  const date = placeDateOf(kind, fields, context);
  if (date === null) return {};
  const records: Record<string, PlaceRecord> = {};
  for (const key of placeKeys) {
    const text = fields[key]?.trim() ?? '';
    if (text !== '') records[key] = placeRecordOf(resolver.resolve(text, { date, today: context.today }), date);
  }
  return records;
}
