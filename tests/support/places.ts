// The shipped place pack and its sources, read once per test file: tests check the resolver against
// the data it was built from, drawn systematically rather than hand-picked.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodePlacePack } from '../../shared/places/place-pack.ts';
import { createPlaceResolver, type PlaceResolver } from '../../shared/places/place-resolver.ts';

export const placesDir = path.join(import.meta.dirname, '..', '..', 'assets', 'places');

let resolver: PlaceResolver | undefined;

export function shippedResolver(): PlaceResolver {
  resolver ??= createPlaceResolver(decodePlacePack(JSON.parse(readFileSync(path.join(placesDir, 'places-pack.json'), 'utf8'))));
  return resolver;
}

/** Without diacritics, as a clerk types on a keyboard with no Vietnamese input method. */
export function withoutMarks(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function readSource<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(placesDir, 'sources', file), 'utf8')) as T;
}

export interface BeforeCommune {
  code: string;
  fullName: string;
  district: { code: string; fullName: string };
  province: { code: string; fullName: string };
}

interface BeforeProvince {
  Code: string;
  FullName: string;
  District: { Code: string; FullName: string; Ward: { Code: string; FullName: string }[] | null }[];
}

export function communesBefore2025(): BeforeCommune[] {
  return readSource<BeforeProvince[]>('units-before-2025-07-01.json').flatMap((p) =>
    p.District.flatMap((d) =>
      (d.Ward ?? []).map((w) => ({
        code: w.Code,
        fullName: w.FullName.trim(),
        district: { code: d.Code, fullName: d.FullName },
        province: { code: p.Code, fullName: p.FullName },
      })),
    ),
  );
}

export interface SplitsFile {
  data: { level1_id: string; level3s: { level3_id: string; name: string; splits: { new_id: string; name: string }[] }[] }[];
}

/** dvhcvn's answer: each old commune code → the codes of its communes after 2025-07-01 */
export function successorsBySplits(): Map<string, string[]> {
  const splits = readSource<SplitsFile>('dvhcvn-2025-splits.json');
  return new Map(splits.data.flatMap((p) => p.level3s.map((c) => [c.level3_id, c.splits.map((s) => s.new_id)] as const)));
}
