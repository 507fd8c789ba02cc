// Reads the place-name sources and curated events under assets/places, builds the table, checks it and
// encodes the pack with its content hash. Used by `npm run places:build` and by the test that keeps the
// committed pack in step with its sources.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { placePackHash } from '../../electron/services/place-pack-store.ts';
import { buildPlaceTable } from '../../shared/places/build/build-place-table.ts';
import {
  curatedEventsSchema,
  mergesSchema,
  reformSchema,
  splitsSchema,
  unitsAfterSchema,
  unitsBeforeSchema,
  type PlaceSources,
} from '../../shared/places/build/source-formats.ts';
import { checkPlaceTable } from '../../shared/places/pack-integrity.ts';
import { canonicalPackBody, encodePlacePack, type PlacePack } from '../../shared/places/place-pack.ts';

// The hashing rule lives with the store that verifies installed packs; re-exported for the build's callers.
export { placePackHash };

export const placesDir = path.resolve(import.meta.dirname, '../../assets/places');
export const packPath = path.join(placesDir, 'places-pack.json');

function read<T extends z.ZodType>(schema: T, file: string): z.infer<T> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path.join(placesDir, file), 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export function readPlaceSources(): PlaceSources {
  return {
    unitsBefore: read(unitsBeforeSchema, 'sources/units-before-2025-07-01.json'),
    unitsAfter: read(unitsAfterSchema, 'sources/units-2026-07-25.json'),
    splits: read(splitsSchema, 'sources/dvhcvn-2025-splits.json'),
    merges: read(mergesSchema, 'sources/dvhcvn-2025-merges.json'),
    curated: [
      ...read(curatedEventsSchema, 'curated/resolutions-2021-2024.json').events,
      ...read(curatedEventsSchema, 'curated/history.json').events,
    ],
    reform: read(reformSchema, 'curated/reform-2025.json'),
  };
}

export interface PlacePackBuild {
  pack: PlacePack;
  notes: string[];
  problems: string[];
}

export function buildPlacePack(): PlacePackBuild {
  const meta = JSON.parse(readFileSync(path.join(placesDir, 'curated/pack.json'), 'utf8')) as {
    version: string;
    attribution: PlacePack['attribution'];
  };
  const { table, notes } = buildPlaceTable(readPlaceSources(), meta.version);
  const body = encodePlacePack(table, meta.attribution);
  return { pack: { ...body, contentHash: placePackHash(canonicalPackBody(body)) }, notes, problems: checkPlaceTable(table) };
}
