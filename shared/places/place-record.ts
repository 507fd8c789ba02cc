// What an entry keeps of a resolved place, beside the text as written: the unit version it resolved to,
// its successors today and the pack version used, with names spelled out so the record still reads
// after the pack is replaced. An unresolved place is kept too: a warning, never a block.
// What a person decided is kept as well (the unit meant by an ambiguous name, the unit of today a split
// place lies in), and holds only while the text it was decided for stays as it was.
import { parseDate, partialDateToIso, type YearRange } from '../domain/dates.ts';
import { normalizeFieldValue } from '../text/normalize.ts';
import type { RecordKind } from '../domain/record-kinds.ts';
import type { PlaceResolution, PlaceResolver } from './place-resolver.ts';
import type { Share } from './place-table.ts';

export type PlaceRecordStatus = 'auto' | 'manual' | 'ambiguous' | 'unresolved';

export interface PlaceUnit {
  key: string;
  path: string;
}

export interface PlaceRecord {
  /** manual: a person chose the unit (from the suggestions, or among the units an ambiguous name fits) */
  status: PlaceRecordStatus;
  /** the unit version resolved to (auto or manual) */
  versionKey?: string;
  /** its full names on the entry's date, "Xã A, Huyện B, Tỉnh C" */
  path?: string;
  /** the date the place was resolved for */
  date: string;
  successors: (PlaceUnit & { share: Share })[];
  /** split across several units today: someone must choose which the record's place lies in */
  needsChoice: boolean;
  /** of the successors, the one a person chose the place lies in today */
  chosenSuccessor?: string;
  /** for an ambiguous name: the units it fits equally, for a person to choose among */
  candidates?: PlaceUnit[];
  packVersion: string;
}

/** A person's decision about a place field, made for the text the field had then. */
export interface PlaceChoice {
  text: string;
  /** the unit version meant */
  versionKey?: string;
  /** the unit of today the place lies in, when it was split */
  successorKey?: string;
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
    ...(resolution.status === 'ambiguous' ? { candidates: resolution.candidates.map((c) => ({ key: c.place.key, path: c.place.path })) } : {}),
    packVersion: resolution.packVersion,
  };
}

/** The unit a person chose, on the date; null when the pack does not have it in force then. */
function chosenPlaceRecord(resolver: PlaceResolver, versionKey: string, date: string): PlaceRecord | null {
  const unit = resolver.unitOn(versionKey, date);
  const today = resolver.successorsToday(versionKey);
  if (unit === null || today === null) return null;
  return {
    status: 'manual',
    versionKey,
    path: unit.path,
    date,
    successors: today.successors.map((s) => ({ key: s.place.key, path: s.place.path, share: s.share })),
    needsChoice: today.needsChoice,
    packVersion: resolver.packVersion,
  };
}

/** The field's place with a person's choice applied, if the choice was made for this text and still fits. */
function withChoice(resolver: PlaceResolver, text: string, on: { date: string; today: string }, choice: PlaceChoice | undefined): PlaceRecord {
  const { date } = on;
  const held = choice !== undefined && normalizeFieldValue(choice.text) === normalizeFieldValue(text);
  const chosen = held && choice.versionKey !== undefined ? chosenPlaceRecord(resolver, choice.versionKey, date) : null;
  const record = chosen ?? placeRecordOf(resolver.resolve(text, on), date);
  const successor = held ? choice.successorKey : undefined;
  return record.needsChoice && record.successors.some((s) => s.key === successor) ? { ...record, chosenSuccessor: successor } : record;
}

/** What a person decided about a stored place, to be applied again while its text stays the same. */
export function placeChoiceOf(text: string, record: PlaceRecord | undefined): PlaceChoice | null {
  if (record === undefined || (record.status !== 'manual' && record.chosenSuccessor === undefined)) return null;
  return {
    text,
    ...(record.status === 'manual' && record.versionKey !== undefined ? { versionKey: record.versionKey } : {}),
    ...(record.chosenSuccessor !== undefined ? { successorKey: record.chosenSuccessor } : {}),
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

/** Resolves every place field the entry has text in, applying the choices people made for that text. */
export function resolvePlaceFields(
  resolver: PlaceResolver,
  kind: RecordKind,
  placeKeys: readonly string[],
  fields: Record<string, string>,
  context: { today: string; registerYears?: YearRange },
  choices: Readonly<Record<string, PlaceChoice>> = {},
): Record<string, PlaceRecord> {
  const date = placeDateOf(kind, fields, context);
  if (date === null) return {};
  const records: Record<string, PlaceRecord> = {};
  for (const key of placeKeys) {
    const text = fields[key]?.trim() ?? '';
    if (text !== '') records[key] = withChoice(resolver, text, { date, today: context.today }, choices[key]);
  }
  return records;
}
