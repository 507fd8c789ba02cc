import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  bundledPlacePackPath,
  createPlacePackStore,
  installedPlacePackPath,
  placePackHash,
} from '../../../electron/services/place-pack-store.ts';
import { canonicalPackBody, comparePackVersions, type PlacePack } from '../../../shared/places/place-pack.ts';
import { useTempDir } from '../../support/temp-dir.ts';

const bundledPath = bundledPlacePackPath();
const bundledText = readFileSync(bundledPath, 'utf8');
const bundled = JSON.parse(bundledText) as PlacePack;

/** The shipped pack, changed by `edit` (on a deep copy) and sealed with a recomputed hash. */
function variant(edit: (pack: PlacePack) => void, options: { rehash?: boolean } = {}): PlacePack {
  const pack = structuredClone(bundled);
  edit(pack);
  if (options.rehash ?? true) pack.contentHash = placePackHash(canonicalPackBody(pack));
  return pack;
}

const withVersion = (version: string) =>
  variant((p) => {
    p.version = version;
  });

const bytesOf = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

/** A version string after the shipped one ("2026.11.23" → "2026.11.23-1", then -2…). */
const later = (n: number) => `${bundled.version.replace(/-\d+$/, '')}-${n + Number(/-(\d+)$/.exec(bundled.version)?.[1] ?? 0)}`;

describe('place pack store', () => {
  const tempDir = useTempDir();

  it('hashes as the shipped pack was hashed', () => {
    expect(placePackHash(canonicalPackBody(bundled))).toBe(bundled.contentHash);
  });

  it('finds the shipped pack in the repository in development and under resources/assets once packaged', () => {
    expect(bundledPath).toBe(path.resolve('assets', 'places', 'places-pack.json'));
    // electron-builder.yml copies assets/ (minus places/sources and *.md) to resources/assets.
    expect(bundledPlacePackPath('/opt/SoHoa/resources')).toBe(path.join('/opt/SoHoa/resources', 'assets', 'places', 'places-pack.json'));
    const builder = readFileSync('electron-builder.yml', 'utf8');
    expect(builder).toMatch(/- from: assets\n\s+to: assets\n/);
    expect(builder).toContain('"!places/sources/**"');
    expect(builder).not.toMatch(/places-pack/);
  });

  it('loads the shipped pack when nothing is installed, and builds a resolver from it', async () => {
    const store = createPlacePackStore({ dataDir: await tempDir() });
    const pack = await store.load();
    expect(pack.version).toBe(bundled.version);
    expect(pack.contentHash).toBe(bundled.contentHash);
    expect(await store.load()).toBe(pack);
    const resolver = await store.resolver();
    expect(resolver.packVersion).toBe(bundled.version);
    expect(await store.resolver()).toBe(resolver);
  });

  it('installs a newer valid pack atomically, and a new store instance keeps using it', async () => {
    const dataDir = await tempDir();
    const store = createPlacePackStore({ dataDir });
    const oldResolver = await store.resolver();
    const newer = withVersion(later(1));
    const installed = await store.install(bytesOf(newer));
    expect(installed).toEqual({ version: later(1), contentHash: newer.contentHash, previousVersion: bundled.version });
    expect((await store.load()).version).toBe(later(1));
    const newResolver = await store.resolver();
    expect(newResolver).not.toBe(oldResolver);
    expect(newResolver.packVersion).toBe(later(1));
    // Only the pack is left in the folder: no temporary file.
    expect(await readdir(path.join(dataDir, 'places'))).toEqual(['places-pack.json']);

    const again = createPlacePackStore({ dataDir });
    expect((await again.load()).version).toBe(later(1));
    expect((await again.resolver()).resolve('xã Bình Chánh, huyện Bình Chánh, TP Hồ Chí Minh', { date: '1990-05-01' }).packVersion).toBe(later(1));
  });

  it('passes over an installed pack older than the shipped one (an app update brought a newer pack)', async () => {
    const dataDir = await tempDir();
    const older = withVersion('2000.01.01');
    await createPlacePackStore({ dataDir }).install(bytesOf(withVersion(later(1))));
    await writeFile(installedPlacePackPath(dataDir), JSON.stringify(older));
    expect((await createPlacePackStore({ dataDir }).load()).version).toBe(bundled.version);
  });

  it('passes over an installed pack that was damaged on disk', async () => {
    const dataDir = await tempDir();
    await createPlacePackStore({ dataDir }).install(bytesOf(withVersion(later(1))));
    await writeFile(installedPlacePackPath(dataDir), '{"format":"sohoa-places"');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect((await createPlacePackStore({ dataDir }).load()).version).toBe(bundled.version);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('place-pack-invalid'));
    } finally {
      warn.mockRestore();
    }
  });

  describe('refuses a pack that is not sound, and keeps the installed one in use', () => {
    const firstVersion = later(2);
    const first = withVersion(firstVersion);

    const refusals: [string, () => Uint8Array, string, RegExp][] = [
      ['not JSON', () => bytesOf('this is not a pack'), 'place-pack-invalid', /không phải JSON/],
      ['not UTF-8', () => new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]), 'place-pack-invalid', /không phải JSON/],
      ['JSON of another shape', () => bytesOf({ format: 'sohoa-places', versions: 'none' }), 'place-pack-invalid', /không đúng định dạng/],
      [
        'broken references',
        () =>
          bytesOf(
            variant((p) => {
              p.edges[0]![1] = p.versions.length + 5;
            }),
          ),
        'place-pack-invalid',
        /tham chiếu hỏng/,
      ],
      [
        'a name tampered with after hashing',
        () =>
          bytesOf(
            variant(
              (p) => {
                p.versions[0]![4] = `${p.versions[0]![4]} (sửa)`;
              },
              { rehash: false },
            ),
          ),
        'place-pack-hash-mismatch',
        /contentHash/,
      ],
      [
        'a lineage edge to a version whose validTo is wrong (hash recomputed, so only integrity fails)',
        () =>
          bytesOf(
            variant((p) => {
              p.version = later(3);
              const [from] = p.edges[0]!;
              // The predecessor now ends a day late: the edge's event no longer meets it.
              p.versions[from]![8] = '2025-07-02';
            }),
          ),
        'place-pack-integrity',
        /predecessor does not end on/,
      ],
      ['an older version', () => bytesOf(withVersion(later(1))), 'place-pack-older', new RegExp(`cũ hơn bảng đang dùng \\(${firstVersion}\\)`)],
    ];

    it.each(refusals)('%s', async (_name, bytes, code, message) => {
      const dataDir = await tempDir();
      const store = createPlacePackStore({ dataDir });
      await store.install(bytesOf(first));
      const onDisk = await readFile(installedPlacePackPath(dataDir), 'utf8');

      const error = await store.install(bytes()).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code, name: 'AppError' });
      const { vi, en } = error as { vi: string; en: string };
      expect(vi).toMatch(message);
      expect(en).toMatch(/not installed/);
      expect(vi).not.toBe(en);

      expect((await store.load()).version).toBe(firstVersion);
      expect((await store.resolver()).packVersion).toBe(firstVersion);
      // Compared as text: a deep comparison of 1.6 MB of bytes is needlessly slow.
      expect(await readFile(installedPlacePackPath(dataDir), 'utf8')).toBe(onDisk);
      expect(await readdir(path.join(dataDir, 'places'))).toEqual(['places-pack.json']);
      expect((await createPlacePackStore({ dataDir }).load()).version).toBe(firstVersion);
    });
  });

  it('goes back to an older pack when allowed, but never below the shipped one', async () => {
    const dataDir = await tempDir();
    const store = createPlacePackStore({ dataDir });
    await store.install(bytesOf(withVersion(later(2))));
    const back = await store.install(bytesOf(withVersion(later(1))), { allowOlder: true });
    expect(back).toMatchObject({ version: later(1), previousVersion: later(2) });
    expect((await createPlacePackStore({ dataDir }).load()).version).toBe(later(1));

    const ancient = withVersion('2000.01.01');
    expect(comparePackVersions(ancient.version, bundled.version)).toBeLessThan(0);
    await expect(store.install(bytesOf(ancient), { allowOlder: true })).rejects.toMatchObject({ code: 'place-pack-older-than-bundled' });
    expect((await store.load()).version).toBe(later(1));
  });

  it('reports a missing shipped pack in both languages', async () => {
    const dir = await tempDir();
    const store = createPlacePackStore({ dataDir: dir, bundledPackPath: path.join(dir, 'nowhere.json') });
    await expect(store.load()).rejects.toMatchObject({ code: 'place-pack-unavailable', vi: expect.stringContaining('ENOENT') as unknown });
  });
});
