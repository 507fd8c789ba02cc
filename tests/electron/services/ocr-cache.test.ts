import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/app-error.ts';
import { OcrCache, type OcrCacheKeyParts } from '../../../electron/services/ocr-cache.ts';

interface Value {
  page: string;
  confidence: number;
  entries: { fields: Record<string, { value: string }> }[];
}

const parts: OcrCacheKeyParts = {
  page: 'a'.repeat(64),
  engine: 'tesseract.js 7.0.0',
  model: 'vie/fast',
  template: 'birth-form-2015',
  pipeline: '1',
};

const value: Value = {
  page: parts.page,
  confidence: 87.5,
  entries: [{ fields: { fullName: { value: 'Nguyễn Thị Hoà' } } }],
};

let dir: string;
let cache: OcrCache<Value>;

beforeEach(async () => {
  dir = path.join(await mkdtemp(path.join(tmpdir(), 'sohoa-ocr-cache-')), 'ocr-cache');
  cache = new OcrCache<Value>(dir);
});

afterEach(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true });
});

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(folder, path.join(e.parentPath, e.name))).sort();
}

describe('OcrCache keys', () => {
  it('is a SHA-256 of all five parts, stable, and different when any part differs', () => {
    const key = cache.key(parts);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cache.key({ ...parts })).toBe(key);
    const keys = new Set([key]);
    for (const name of Object.keys(parts) as (keyof OcrCacheKeyParts)[]) keys.add(cache.key({ ...parts, [name]: `${parts[name]}x` }));
    expect(keys.size).toBe(6);
  });

  it('cannot be made to collide by moving text from one part to the next', () => {
    expect(cache.key({ ...parts, template: 'a|b', pipeline: 'c' })).not.toBe(cache.key({ ...parts, template: 'a', pipeline: 'b|c' }));
  });

  it('refuses a key that is not one of its hashes, so no path outside the cache can be named', async () => {
    await expect(cache.get('../../etc/passwd')).rejects.toBeInstanceOf(AppError);
    await expect(cache.set('x'.repeat(64), value)).rejects.toMatchObject({ code: 'invalid-payload' });
  });
});

describe('OcrCache values', () => {
  it('misses what was never stored, even before its folder exists', async () => {
    expect(await cache.get(cache.key(parts))).toBeNull();
  });

  it('gives back what was stored, after a restart too, and leaves no temporary file', async () => {
    const key = cache.key(parts);
    await cache.set(key, value);
    expect(await cache.get(key)).toEqual(value);
    expect(await new OcrCache<Value>(dir).get(key)).toEqual(value);
    expect(await filesUnder(dir)).toEqual([path.join(key.slice(0, 2), `${key}.json`)]);
  });

  it('replaces a value, and the last of many concurrent writes wins whole', async () => {
    const key = cache.key(parts);
    await cache.set(key, value);
    await Promise.all(Array.from({ length: 20 }, (_, i) => cache.set(key, { ...value, confidence: i })));
    const read = await cache.get(key);
    expect(read?.entries).toEqual(value.entries);
    expect(read?.confidence).toBeGreaterThanOrEqual(0);
    expect(read?.confidence).toBeLessThan(20);
    expect(await filesUnder(dir)).toHaveLength(1);
  });

  it('treats a damaged or foreign file as a miss, never an error', async () => {
    const key = cache.key(parts);
    await cache.set(key, value);
    const file = path.join(dir, key.slice(0, 2), `${key}.json`);
    const body = await readFile(file, 'utf8');
    const damaged = [
      body.slice(0, body.length / 2),
      '',
      '\u0000\u0001\u00ff garbage',
      'null',
      '[1, 2]',
      JSON.stringify({ key: cache.key({ ...parts, page: 'b'.repeat(64) }), value }),
      JSON.stringify({ key }),
    ];
    for (const content of damaged) {
      await writeFile(file, content);
      expect(await cache.get(key)).toBeNull();
    }
    await rm(file);
    await mkdir(file);
    expect(await cache.get(key)).toBeNull();
  });

  it('clears every value and nothing else in the folder', async () => {
    const keys = ['1', '2', '3'].map((pipeline) => cache.key({ ...parts, pipeline }));
    for (const key of keys) await cache.set(key, value);
    await writeFile(path.join(dir, 'keep.txt'), 'not the cache\'s');
    await mkdir(path.join(dir, 'notes'));
    await cache.clear();
    for (const key of keys) expect(await cache.get(key)).toBeNull();
    expect((await readdir(dir)).sort()).toEqual(['keep.txt', 'notes']);
    await cache.set(keys[0]!, value);
    expect(await cache.get(keys[0]!)).toEqual(value);
  });

  it('clears a cache whose folder does not exist yet', async () => {
    await expect(cache.clear()).resolves.toBeUndefined();
  });

  it('fails a write it cannot finish, and leaves no temporary file behind', async () => {
    const key = cache.key(parts);
    // A folder where the value's file should go: the temporary file is written, the rename fails.
    const file = path.join(dir, key.slice(0, 2), `${key}.json`);
    await mkdir(file, { recursive: true });
    await writeFile(path.join(file, 'inside'), 'in the way');
    await expect(cache.set(key, value)).rejects.toThrow();
    expect(await filesUnder(dir)).toEqual([path.join(key.slice(0, 2), `${key}.json`, 'inside')]);
  });
});
