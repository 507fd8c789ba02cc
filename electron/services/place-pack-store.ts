// The place-name pack in use: the one installed in the data folder when it is sound and not older than
// the pack shipped with the app, else the shipped one. A pack from outside is installed only after its
// shape, its content hash and its integrity are checked, and is written atomically, so a refused or
// interrupted install leaves the pack in use as it was.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PlacePackInstalled } from '../../shared/api/app-api.ts';
import { AppError } from '../../shared/api/app-error.ts';
import { checkPlaceTable } from '../../shared/places/pack-integrity.ts';
import { canonicalPackBody, comparePackVersions, decodePlacePack, PlacePackError, type PlacePack } from '../../shared/places/place-pack.ts';
import { createPlaceResolver, type PlaceResolver } from '../../shared/places/place-resolver.ts';
import type { PlaceTable } from '../../shared/places/place-table.ts';
import { writeFileDurably } from './durable-file.ts';

export const placePackFileName = 'places-pack.json';

/** The content hash of a pack: "sha256:<hex>" over canonicalPackBody. The one implementation (the build script uses it too). */
export function placePackHash(body: string): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}

/**
 * The pack shipped with the app. Packaged, electron-builder copies assets/ to resources/assets
 * (extraResources, like tessdata). In development the repository's assets/ is two folders up, both from
 * the sources (electron/services) and from the bundles (dist/electron, dist/node).
 */
export function bundledPlacePackPath(resourcesDir?: string): string {
  const root = resourcesDir ?? path.resolve(import.meta.dirname, '..', '..');
  return path.join(root, 'assets', 'places', placePackFileName);
}

export function installedPlacePackPath(dataDir: string): string {
  return path.join(dataDir, 'places', placePackFileName);
}

export interface PlacePackStoreOptions {
  dataDir: string;
  /** defaults to bundledPlacePackPath() of the development layout */
  bundledPackPath?: string;
}

export interface PlacePackStore {
  /** the pack in use, read once */
  load(): Promise<PlacePack>;
  /** a resolver over the pack in use, built once per pack */
  resolver(): Promise<PlaceResolver>;
  install(bytes: Uint8Array, options?: { allowOlder?: boolean }): Promise<PlacePackInstalled>;
}

interface CheckedPack {
  pack: PlacePack;
  table: PlaceTable;
}

/** A refusal, in both languages, before the pack's version is known (it is not JSON, or not a pack). */
function invalid(reasonVi: string, reasonEn: string): AppError {
  return AppError.of('place-pack-invalid', { reasonVi, reasonEn });
}

/** Everything a pack must pass to be used: JSON, shape and references, content hash, integrity. */
export function checkPlacePack(bytes: Uint8Array): CheckedPack {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw invalid('tệp không phải JSON (UTF-8).', 'the file is not JSON (UTF-8).');
  }
  let table: PlaceTable;
  try {
    table = decodePlacePack(json);
  } catch (error) {
    if (error instanceof PlacePackError) throw invalid(error.vi, error.en);
    throw error;
  }
  // decodePlacePack has checked the shape, so these fields are as the schema says; anything else is dropped.
  const { format, formatVersion, version, contentHash, attribution, events, versions, edges, aliases } = json as PlacePack;
  const pack: PlacePack = { format, formatVersion, version, contentHash, attribution, events, versions, edges, aliases };
  if (placePackHash(canonicalPackBody(pack)) !== contentHash) throw AppError.of('place-pack-hash-mismatch', { version });
  const problems = checkPlaceTable(table);
  if (problems.length > 0) throw AppError.of('place-pack-integrity', { version, count: problems.length, example: problems[0]! });
  return { pack, table };
}

async function readPack(file: string): Promise<CheckedPack> {
  return checkPlacePack(await readFile(file));
}

export function createPlacePackStore(options: PlacePackStoreOptions): PlacePackStore {
  const bundledPath = options.bundledPackPath ?? bundledPlacePackPath();
  const installedPath = installedPlacePackPath(options.dataDir);
  let active: Promise<CheckedPack> | null = null;
  let bundledVersion: string | null = null;
  let resolver: Promise<PlaceResolver> | null = null;
  // Installs run one after another, so each compares against the pack the previous one left in use.
  let installing: Promise<unknown> = Promise.resolve();

  const choose = async (): Promise<CheckedPack> => {
    let bundled: CheckedPack | null = null;
    let bundledError: unknown = null;
    try {
      bundled = await readPack(bundledPath);
      bundledVersion = bundled.pack.version;
    } catch (error) {
      bundledError = error;
    }
    let installed: CheckedPack | null = null;
    try {
      installed = await readPack(installedPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        // Only the pack's own facts are logged: a pack holds no personal data.
        const reason = error instanceof AppError ? error.code : ((error as NodeJS.ErrnoException).code ?? String(error));
        console.warn(`[sohoa] the installed place pack is not sound and is not used (${reason})`);
      }
    }
    if (installed && (bundled === null || comparePackVersions(installed.pack.version, bundled.pack.version) >= 0)) return installed;
    if (bundled) return bundled;
    const detail = bundledError instanceof AppError ? bundledError.en : ((bundledError as NodeJS.ErrnoException | null)?.code ?? String(bundledError));
    throw AppError.of('place-pack-unavailable', { detail });
  };

  const current = (): Promise<CheckedPack> => {
    if (active === null) {
      const choosing = choose();
      active = choosing;
      // A failure is not kept: the next call looks again (the file may have been put back).
      choosing.catch(() => {
        if (active === choosing) active = null;
      });
    }
    return active;
  };

  const install = async (bytes: Uint8Array, allowOlder: boolean): Promise<PlacePackInstalled> => {
    const previous = await current();
    const checked = checkPlacePack(bytes);
    const { version, contentHash } = checked.pack;
    if (comparePackVersions(version, previous.pack.version) < 0) {
      if (!allowOlder) throw AppError.of('place-pack-older', { version, active: previous.pack.version });
      // Older than the shipped pack, it would be passed over at the next start: refuse rather than pretend.
      if (bundledVersion !== null && comparePackVersions(version, bundledVersion) < 0) {
        throw AppError.of('place-pack-older-than-bundled', { version, bundled: bundledVersion });
      }
    }
    // A crash leaves the pack in use or the new one, never half of one (durable-file.ts).
    await writeFileDurably(path.dirname(installedPath), installedPath, bytes);
    active = Promise.resolve(checked);
    resolver = null;
    return { version, contentHash, previousVersion: previous.pack.version };
  };

  return {
    load: async () => (await current()).pack,
    resolver: () => {
      if (resolver === null) {
        const building = current().then(({ table }) => createPlaceResolver(table));
        resolver = building;
        building.catch(() => {
          if (resolver === building) resolver = null;
        });
      }
      return resolver;
    },
    install: (bytes, installOptions = {}) => {
      const run = installing.then(() => install(bytes, installOptions.allowOlder ?? false));
      installing = run.catch(() => undefined);
      return run;
    },
  };
}
